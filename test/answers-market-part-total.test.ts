// A name the section's market qualified ("Transaction volume" under "Business Highlights (China Market)") is
// found by its own words only where no line has them, nor a total of them: beside "Total transaction volume"
// the bare name asks the whole, never the market's part (hunt28 h28-b02 had the China figure for "transaction volume?").
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const engine = () =>
  inlineEngine([
    '## Synthetic Lending Group Announces Second Quarter 2024 Unaudited Financial Results',
    '',
    '(RMB in billions, except percentages)',
    '',
    '| Three months ended / as of | June 30, 2024 | June 30, 2023 | YoY change |',
    '| --- | --- | --- | --- |',
    '| Total transaction volume | 48.7 | 47.3 | 3.0% |',
    '| Transaction volume – China Mainland | 46.4 | 45.5 | 2.0% |',
    '| Transaction volume – International | 2.3 | 1.8 | 27.8% |',
    '',
    '### Second Quarter 2024 Business Highlights (China Market)',
    '',
    '- Transaction volume in the second quarter of 2024 was RMB46.4 billion, up 2.0% on the same period of 2023.',
    '- Unique borrowers in the second quarter of 2024 were 1.8 million, a 21.7% decrease from the same period of 2023.',
  ]);

describe("a market's part is no answer to the whole's name", () => {
  it('"transaction volume?" is the total, not the China part', () => {
    const a = engine().ask('transaction volume?', 'mp-1');
    expect(a.text).not.toContain('46.4');
    expect(a.text).not.toContain('46,400');
  });

  it('the market named still finds its part', () => {
    expect(engine().ask('transaction volume in the china market?', 'mp-2').text).toMatch(/46[.,]4/);
  });
});
