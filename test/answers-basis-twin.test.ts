// A basis word ("adjusted", "non-GAAP") turns a name to its twin on that basis, never to another line on that
// basis that merely shares a word: "adjusted operating profit" is no adjusted net profit, "adjusted operating
// expenses" no adjusted operating profit. Where the release has no such twin the question is declined. Pins the stem test in
// refiners/grouping.ts (twin), which sees "adjusted" as "non-gaap". Synthetic releases.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const release = (rows: string[]) => [
  '# Synthetic Harbour Tools plc Reports First Quarter 2026 Results',
  '',
  'Synthetic Harbour Tools plc today reported results for the first quarter ended March 31, 2026.',
  '',
  '| GBP million | Q1 2026 | Q1 2025 |',
  '|---|---:|---:|',
  '| Revenue | 640.0 | 610.0 |',
  ...rows,
];

describe('a basis word keeps the rest of the name', () => {
  it('adjusted operating profit never lands on adjusted net profit', () => {
    const engine = inlineEngine(release(['| Operating profit | 88.0 | 80.0 |', '| Net profit | 61.0 | 55.0 |', '| Adjusted net profit | 73.4 | 66.2 |']));
    const a = engine.ask('What was adjusted operating profit in Q1 2026?', 'twin-1');
    expect(a.text).not.toContain('73.4');
  });
  it('adjusted operating expenses never land on adjusted operating profit', () => {
    const engine = inlineEngine(release(['| Operating expenses | 410.0 | 400.0 |', '| Operating profit | 88.0 | 80.0 |', '| Adjusted operating profit | 97.1 | 90.3 |']));
    const a = engine.ask('What were adjusted operating expenses in Q1 2026?', 'twin-2');
    expect(a.text).not.toContain('97.1');
  });
});
