// A cost per thing printed in its market's currency in a release reporting in another ("Copper C1 cash cost (US$/lb)" in
// an A$ release) is that line's own unit: asked in no currency, it is answered as printed, its currency said, never
// refused as "a figure in USD" (hl48-175), in a table or in a guidance table. A line whose name says another currency
// than the one asked is still declined. The issuer and figures are made up.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const RELEASE = [
  'WOMBAT COPPER LIMITED',
  'QUARTERLY ACTIVITIES REPORT FOR THE QUARTER ENDED 30 SEPTEMBER 2026',
  '',
  'Revenue for the quarter was A$412.5 million, up 8.1% on the June quarter.',
  '',
  'PRODUCTION AND COSTS',
  '                                        Sep-26 qtr    Jun-26 qtr',
  '-----------------------------------------------------------------',
  'Copper production (kt)                        31.2          29.8',
  'Copper C1 cash cost (US$/lb)                  1.92          2.08',
  'Revenue (A$ million)                         412.5         381.6',
  '',
  'FY27 GUIDANCE',
  '                                   Units         FY27 guidance',
  'Copper production                     kt             120 - 130',
  'Copper C1 cash cost                US$/lb           1.85 - 2.05',
  '',
  'Production is expected to be weighted to the second half.',
];

describe('a cost per thing in its market currency', () => {
  const engine = inlineEngine(RELEASE, 'wombat-sep26.txt');
  it('answers the table line as printed, in US$', () => {
    expect(engine.ask('C1 cost for copper this quarter?', 'a').text).toMatch(/US\$1\.92/);
  });
  it('answers its guidance as printed, in US$', () => {
    expect(engine.ask('C1 cash cost guidance', 'b').text).toMatch(/US\$1\.85 and US\$2\.05/);
  });
  it('reads a guided count in its unit, never as money', () => {
    expect(engine.ask('copper production guidance', 'c').text).toMatch(/120 kt and 130 kt/);
  });
});
