// A fixed-width segment table whose body opens with a section line right under the column headers
// ("Net sales" above its segments, then "Segment operating income" above theirs): that line is the first
// section, not the table's title, so the second section's reconciling line ("Unallocated corporate
// costs") is not filed under the first section's name. Synthetic, inline.
import { beforeAll, describe, expect, it } from 'vitest';
import { inlineEngine, inlineRelease } from './support/inline.js';

const LINES = [
  'ORRIN CONTROLS REPORTS SECOND QUARTER 2031 RESULTS',
  '',
  'Orrin Controls today reported results for the second quarter of 2031.',
  '',
  '',
  'SEGMENT RESULTS',
  '(In millions)',
  '',
  '                                     Three Months Ended June 30,',
  '                                        2031            2030',
  '',
  'Net sales',
  '  Valves                             $ 400.0         $ 380.0',
  '  Pumps                                200.0           190.0',
  '    Total net sales                  $ 600.0         $ 570.0',
  '',
  'Segment operating income',
  '  Valves                             $  60.0         $  55.0',
  '  Pumps                                 20.0            21.0',
  '  Unallocated corporate costs          (12.0)          (11.0)',
  '    Total operating income           $  68.0         $  65.0',
];

describe('a fixed-width table whose body opens with a section line', () => {
  let release: ReturnType<typeof inlineRelease>;
  beforeAll(() => {
    release = inlineRelease(LINES, 'orrin.txt');
  });
  it('reads the section line as a row, and names no line after it', () => {
    const costs = release.facts.filter((f) => f.metric === 'unallocated_corporate_costs');
    expect(costs.length).toBe(2);
    for (const f of costs) expect(f.statement).not.toBe('Net sales');
    expect(release.facts.some((f) => f.metric === 'segment_operating_income.valves' && f.value.toString() === '60')).toBe(true);
    expect(release.facts.some((f) => f.metric === 'net_sales.valves' && f.value.toString() === '400')).toBe(true);
  });
  it('answers a segment\'s line of each section', () => {
    const engine = inlineEngine(LINES, 'orrin.txt');
    expect(engine.ask('pumps segment operating income in Q2 2031', 'a').text).toContain('$20.0 million');
    expect(engine.ask('unallocated corporate costs Q2 2031', 'b').text).not.toMatch(/net sales/i);
  });
});
