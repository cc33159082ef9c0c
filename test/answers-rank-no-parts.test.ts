// A ranking of parts of a line the release gives as one figure ("which operation had the lowest AISC?"): the bot
// answered with the line's total, the ranking left out. It now declines; a line with parts is still ranked, and a
// question choosing between periods ("which was higher, ... FY26 or FY25") is still a change. Synthetic release.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const LINES = [
  '# Synthetic Quoll Ridge Mining Ltd: Full Year Results for the Year Ended 30 June 2026 (FY26)',
  '',
  'All figures are in Australian dollars (A$).',
  '',
  '| | FY26 | FY25 |',
  '|---|---:|---:|',
  '| Gold sold (koz) | 410 | 392 |',
  '| All-in sustaining cost (A$/oz) | 1,912 | 1,838 |',
];

describe('a ranking of parts a line does not have', () => {
  it.each(['which operation had the lowest all-in sustaining cost in FY26', 'which site had the highest all-in sustaining cost in FY26?'])('declines, never the total: %s', (q) => {
    const a = inlineEngine(LINES).ask(q, 'r');
    expect(a.status).not.toBe('answer');
    expect(a.text).not.toContain('1,912');
  });
  // A ranking by growth ("grew fastest") is of parts too: never the total's own change (hl53's "which operating cost line grew fastest YoY?").
  const COSTS = ['# Synthetic Condor Air Third Quarter 2026 Results', '', 'Synthetic Condor Air today reported results for the third quarter ended September 30, 2026.', '',
    '| US$ millions | 3Q26 | 3Q25 |', '|:--|--:|--:|', '| Total operating revenues | 2,140 | 1,980 |', '| Total operating expenses | 1,905 | 1,820 |'];
  it.each(['which operating cost line grew fastest yoy?', 'which operating expense item rose the fastest year over year'])('declines a ranking by growth, never the total: %s', (q) => {
    const a = inlineEngine(COSTS).ask(q, 'g');
    expect(a.status).not.toBe('answer');
    expect(a.text).not.toContain('1,905');
  });
  it('the line itself, and a choice between periods, still answer', () => {
    const e = inlineEngine(LINES);
    expect(e.ask('all-in sustaining cost FY26', 'v').text).toContain('1,912');
    expect(e.ask('which was higher, all-in sustaining cost in FY26 or FY25?', 'c').text).toContain('1,838');
  });
});
