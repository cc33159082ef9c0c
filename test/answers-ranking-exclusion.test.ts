// A ranking that leaves lines out (r27-137): "largest revenue line (not the segment totals)" ranks the lines
// at the finest level, never the segment totals by a breakdown that "segment" cued; "other than X",
// "not X", "not counting X" rank without X (and the lines under it), never X's sum or difference; a line
// left out that is none of those ranked declines, naming it. On an inline release of two segments.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';
import { larkspur } from './support/larkspur.js';

let engine: Engine;
let n = 0;
beforeAll(() => {
  engine = inlineEngine(larkspur(
    '| **Lending services** | **220,000** | **255,000** |',
    '| Interest income | 200,000 | 230,000 |',
    '| Late fees | 20,000 | 25,000 |',
    '| **Advisory services** | **150,000** | **170,000** |',
    '| Referral fees | 120,000 | 140,000 |',
    '| Other advisory fees | 30,000 | 30,000 |',
    '| **Total revenues** | **370,000** | **425,000** |',
    '| Net income | 80,000 | 120,000 |',
  ), 'larkspur-2026q1.md');
});

const ask = (q: string) => engine.ask(q, `ranking-exclusion-${n++}`);

describe('a ranking with lines left out', () => {
  it.each(['largest single revenue line (not the segment totals)', 'biggest revenue line excluding the subtotals', 'which revenue line was largest, ex segment totals'])('"%s" ranks the finest lines, no segment total', (q) => {
    const a = ask(q);
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toMatch(/largest first:\n- Interest income: \$230\.0 million/);
    expect(a.text).not.toContain('Lending services');
    expect(a.text).not.toContain('$255.0 million');
  });

  it.each(['largest revenue line other than interest income', 'biggest revenue line, not interest income', 'largest revenue line ex interest income'])('"%s" ranks without it, never its sum', (q) => {
    const a = ask(q);
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toMatch(/largest first, leaving out interest income:\n- Referral fees: \$140\.0 million/);
    expect(a.text).not.toContain('$230.0 million');
    expect(a.text).not.toContain('$195.0 million');
  });

  it('"not counting" a segment ranks without its lines', () => {
    const a = ask('which revenue line was largest, not counting lending services');
    expect(a.text).toContain('leaving out lending services');
    expect(a.text).toContain('Referral fees: $140.0 million');
    expect(a.text).not.toContain('Interest income');
    expect(a.text).not.toContain('Late fees');
  });

  it('a line left out that is none of those ranked declines, naming it', () => {
    const a = ask('largest revenue line excluding net income');
    expect(a.status).toBe('unknown');
    expect(a.text).toContain('Net income is none of the lines I would rank here');
  });

  it('a line taken out of a sum by its full name is that line, never a part going by one of its words', () => {
    const a = ask('total revenues excluding net income');
    expect(a.status).toBe('unknown');
    expect(a.text).not.toContain('interest income');
  });
});
