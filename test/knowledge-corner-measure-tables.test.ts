// Two fixed-width tables under one section heading that names no measure ("SEGMENT RESULTS"), each headed in its label
// column ("Net sales | FY26 | FY25", then "Segment profit | ..."), a line of units under the headers. The second
// table had no title, so its rows read as nothing's ("Parts ()"), and a share of net sales took the segment's profit
// line over the net sales total. Its rows now measure what its corner names, and no profit line is a share of sales.
// Synthetic release, inline.
// (The sales table is still named by the section heading above it: only a table with no title of its own takes its corner.)
import { describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import { inlineEngine } from './support/inline.js';

const TEXT = [
  'SYNTHETIC TOOLS PLC',
  'PRELIMINARY RESULTS FOR THE 52 WEEKS TO 28 JUNE 2026',
  '',
  'Synthetic Tools plc reports its results for the 52 weeks to 28 June 2026 (FY26), compared with the 52 weeks',
  'to 29 June 2025 (FY25). All figures are in sterling.',
  '',
  'SEGMENT RESULTS',
  '',
  'Net sales                                   FY26        FY25      Change',
  '                                              £m          £m           %',
  'Machines                                 1,204.0     1,150.2         4.7',
  'Parts                                      610.5       580.1         5.2',
  'Total net sales                          1,814.5     1,730.3         4.9',
  '',
  'Segment profit                              FY26        FY25      Change',
  '                                              £m          £m           %',
  'Machines                                   150.2       141.0         6.5',
  'Parts                                       98.7        90.3         9.3',
  'Total segment profit                       248.9       231.3         7.6',
];

describe('a fixed-width table named by its corner under a heading of no measure', () => {
  const engine = inlineEngine(TEXT, 'corner.txt');
  it('reads the second table\'s rows as its corner\'s measure', () => {
    const profit = engine.ask('Parts segment profit in FY26', 'corner-1');
    expect(profit.status).toBe('answer');
    expect(profit.text).toContain('£98.7 million');
    expect(profit.citations[0]?.line).toBe(18);
    expect(profit.text).not.toMatch(/Parts \(\)/);
  });
  it('gives no profit line as a share of net sales', () => {
    const share = engine.ask('What share of total net sales came from Parts segment profit?', 'corner-2');
    expect(share.text).not.toContain('5.4%');
    expect(share.status).not.toBe('answer');
  });
  it('still gives a statement\'s line as a share of its top line (the lines\' labels name their statement)', () => {
    const sga = sharedEngine('eval/hl25/docs/harborpine-q3fy26.html').ask('What share of net sales was SG&A in Q3?', 'corner-3');
    expect(sga.status).toBe('answer');
    expect(sga.text).toContain('27.4%');
    // (A line alone under a table titled by its own name is that measure, no part of another.)
    const margin = sharedEngine('eval/hl36/docs/tessaro-q3-2026.md').ask('Transaction margin dollars as a share of total net revenue in Q3', 'corner-5');
    expect(margin.text).toContain('53.2%');
  });
  // (The sales table keeps its section's title, so "Machines" fits both tables' lines: asked which, never given the profit line's 8.3%.)
  it('never gives a segment\'s profit line as its share of sales', () => {
    const share = engine.ask('Machines as a share of total net sales in FY26', 'corner-4');
    expect(share.text).not.toContain('8.3%');
    expect(share.text).toContain('£1,204.0 million');
  });
});
