// A segment printed in two tables ("Rail Freight" under revenue and under operating profit) is named by the words
// that set one line apart, wherever the question says them ("why was X operating profit up?", "operating profit of X",
// "X's operating profit"): that line alone, never the group's line beside it. Named alone, or with both tables'
// words, it stays a question naming both lines.
import { beforeAll, describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const SEGMENTS = [
  '# Synthetic Corvane Group reports half-year results',
  '',
  'Results for the six months ended June 30, 2026. All figures in € millions.',
  '',
  '### Revenue by division',
  '',
  '| In € millions | H1 2026 | H1 2025 |',
  '|:---|---:|---:|',
  '| Ports & Logistics | 812.4 | 790.1 |',
  '| Rail Freight | 455.0 | 470.2 |',
  '| **Group** | **1,267.4** | **1,260.3** |',
  '',
  '### Operating profit by division',
  '',
  '| In € millions | H1 2026 | H1 2025 |',
  '|:---|---:|---:|',
  '| Ports & Logistics | 121.7 | 110.3 |',
  '| Rail Freight | 38.2 | 44.9 |',
  '| **Group** | **159.9** | **155.2** |',
];

describe("a segment's line set apart by the words the question says", () => {
  let engine: ReturnType<typeof inlineEngine>;
  beforeAll(() => {
    engine = inlineEngine(SEGMENTS);
  });
  let n = 0;
  const ask = (q: string) => engine.ask(q, `apart-${n++}`);

  it.each(['operating profit of rail freight', "rail freight's operating profit in H1 2026", 'rail freight change in operating profit'])('%s: the operating-profit line alone', (q) => {
    const a = ask(q);
    expect(a.status).toBe('answer');
    expect(a.text).toContain('€38.2 million');
    expect(a.text).not.toMatch(/455\.0|159\.9/);
  });

  it('a reason asked of it is asked of that line', () => {
    const a = ask('why was ports & logistics operating profit up?');
    expect(a.text).not.toContain('fits 2 lines');
    expect(a.text).toContain('Ports & Logistics (Operating profit by division)');
    expect(a.text).not.toContain('Group');
  });

  it.each(['rail freight?', 'rail freight revenue or operating profit, which one fell more?'])('%s: both lines named, no figure chosen', (q) => {
    const a = ask(q);
    expect(a.status).not.toBe('answer');
  });
});

// "segment" beside a segment's own name says whose line it is, no breakdown of that line (hl34: "Flow Control
// segment op income" declined with "doesn't break operating income Flow Control down into lines").
describe('the word "segment" beside a segment named', () => {
  let engine: ReturnType<typeof inlineEngine>;
  beforeAll(() => {
    engine = inlineEngine(SEGMENTS);
  });
  let n = 0;
  const ask = (q: string) => engine.ask(q, `segment-word-${n++}`);

  it.each(['rail freight segment operating profit', 'operating profit of the rail freight segment in H1 2026', 'rail freight segment operating profit yoy'])('%s: that line', (q) => {
    const a = ask(q);
    expect(a.status).toBe('answer');
    expect(a.text).toContain('€38.2 million');
    expect(a.text).not.toMatch(/455\.0|159\.9/);
  });

});
