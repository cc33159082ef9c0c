// "margin on that?" after a part's line with no margin of its own: declined naming it, as "and the margin?" is. The
// pointer ("on that", "on it", "there") had kept the question from that rule, so the group's adjusted operating
// margin was answered for a segment's profit (hl30 pellworth-03, once its segment table was read). Synthetic release.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const RELEASE = [
  '# Synthetic Tamsin Stores plc Reports Second Quarter 2025 Results', '',
  'Synthetic Tamsin Stores plc today reported results for the second quarter ended June 30, 2025.', '',
  '| £m | Q2 2025 | Q2 2024 |', '|---|---:|---:|', '| Revenue | 1,000 | 900 |', '| Adjusted operating profit | 60 | 50 |',
  '| Adjusted operating margin (%) | 6.0 | 5.6 |', '| Grocery adjusted operating profit | 40 | 35 |',
];

let n = 0;
describe('a ratio asked of the line just shown, with a pointer', () => {
  it.each(['margin on that?', 'margin on it?', "what's the margin there", 'and the margin?'])('%s', (follow) => {
    const engine = inlineEngine(RELEASE, 'synthetic-tamsin-2025q2.md');
    const thread = `rate-pointer-${n++}`;
    expect(engine.ask('grocery adjusted operating profit?', thread).text).toContain('£40');
    const a = engine.ask(follow, thread);
    expect(a.text).not.toContain('6.0%');
    expect(a.status).toBe('unknown');
  });
});
