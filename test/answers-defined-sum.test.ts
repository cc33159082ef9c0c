// A line its footnote defines as a list of the release's own lines, by their labels in quotes: at a date the
// release gives it for none, its figure is the sum of those lines, each cited; where a part is missing, or
// the definition says more than a list, it declines. "Including" may begin a list of some parts only: the
// parts must add up to the line where the release prints both, else no sum. (r15: "footnote-11 total cash at Dec-23" had declined.)
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const release = (footnote: string, printed = '$412.0 million') =>
  inlineEngine([
    '# Synthetic Ledger Reports Second Quarter 2026 Results',
    '',
    'Synthetic Ledger today reported results for the second quarter ended June 30, 2026.',
    '',
    `Total liquidity<sup>1</sup> was ${printed} as of June 30, 2026.`,
    '',
    `<sup>1</sup> ${footnote}`,
    '',
    '| ($ in thousands) | December 31, 2025 | June 30, 2026 |',
    '|---|---|---|',
    '| Cash and cash equivalents | 250,000 | 300,000 |',
    '| Short-term investments | 90,000 | 112,000 |',
    '| Total current assets | 500,000 | 560,000 |',
  ]);

const LIST = 'Including "Cash and cash equivalents" and "Short-term investments".';

describe('a line defined as a list of lines', () => {
  it('at a date the release gives it for none, is the sum of its parts, each cited', () => {
    const a = release(LIST).ask('total liquidity as of December 31, 2025', 'ds-1');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('$340.0 million');
    expect(a.text).toContain('Short-term investments: $90.0 million');
    expect(a.citations.length).toBeGreaterThanOrEqual(3);
  });

  it('at the date it is printed for, is the printed figure', () => {
    expect(release(LIST).ask('total liquidity as of June 30, 2026', 'ds-2').text).toContain('$412.0 million');
  });

  it('a definition that says more than a list of lines is no sum', () => {
    const a = release('Including "Cash and cash equivalents", "Short-term investments" and undrawn credit facilities.').ask('total liquidity as of December 31, 2025', 'ds-3');
    expect(a.status).not.toBe('answer');
    expect(a.text).not.toContain('$340');
  });

  it('a listed name that is no line of the release is no sum', () => {
    const a = release('Including "Cash and cash equivalents" and "Marketable securities".').ask('total liquidity as of December 31, 2025', 'ds-4');
    expect(a.status).not.toBe('answer');
  });

  it('parts that fall short of the printed figure were some parts only: no sum', () => {
    const a = release(LIST, '$450.0 million').ask('total liquidity as of December 31, 2025', 'ds-5');
    expect(a.status).not.toBe('answer');
    expect(a.text).not.toContain('$340');
  });
});
