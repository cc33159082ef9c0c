// A total the sentence arrives at ("final dividend of 9.0 cents per share, taking total FY26 dividends to 15.0
// cents per share"): the total was read as no figure, so "total dividends" had no answer and a question asking
// for it beside the final dividend got the final dividend alone. The clause "taking/bringing X to Y" now names
// the figure after it; the year in X is its period, no word of its name. Synthetic release, two wordings.
// Cents are the dollar's hundredths, printed to the cent ("15.0 cents" is A$0.15, never A$0.150, a precision no one
// printed), and the arithmetic on them shows the same figures as the answer does.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const release = (sentence: string) => [
  '# Synthetic Quoll Ridge Mining Ltd: Full Year Results for the Year Ended 30 June 2026 (FY26)',
  '',
  'All figures are in Australian dollars (A$).',
  '',
  `- ${sentence}`,
  '',
  '| | FY26 | FY25 |',
  '|---|---:|---:|',
  '| Gold sold (koz) | 410 | 392 |',
];

describe('a total a clause takes a figure to', () => {
  it.each([
    ['Final dividend of 9.0 cents per share, taking total FY26 dividends to 15.0 cents per share.', 'total dividends FY26'],
    ['Final dividend of 9.0 cents per share, bringing the total dividend for FY26 to 15.0 cents per share.', 'total dividend FY26'],
  ])('reads the total: %s', (sentence, q) => {
    const a = inlineEngine(release(sentence)).ask(q, 't');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('A$0.15 in the 12 months ended June 30, 2026');
    expect(a.text).not.toMatch(/0\.150|0\.090/);
  });

  it('works out the interim part in the same figures as it answers them', () => {
    const engine = inlineEngine(release('Final dividend of 9.0 cents per share, taking total FY26 dividends to 15.0 cents per share.'));
    const a = engine.ask('total dividends less final dividend', 't');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('(A$0.15) were A$0.06 more than final dividend in the FY26 (A$0.09)');
    expect(a.text).toContain('= 0.15 − 0.09');
  });
});
