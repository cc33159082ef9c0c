// A word asking another figure than the line it names was dropped and the line answered: "equity ratio" with total
// equity (its change column "+290" taken for a rate of it), "CET1 requirement" with the CET1 ratio, "net store
// openings" with the stores opened (the closings printed beside them). Each now declines, or answers the line the
// release names so ("Ratio of equity ... to total assets" is the equity ratio). Synthetic issuers.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const sheet = (ratio: boolean) => inlineEngine([
  '# Synthetic Hokuto Machinery Co., Ltd. Consolidated Financial Results for the First Half of FY2026', '',
  'Results for the six months ended September 30, 2026.', '',
  '### Condensed Consolidated Statement of Financial Position', '',
  '| (¥100 million) | March 31, 2026 | September 30, 2026 | Change |', '|---|---:|---:|---:|',
  '| Total assets | 9,100 | 9,400 | +300 |',
  '| Total liabilities | 3,900 | 4,000 | +100 |',
  '| Equity attributable to owners of the parent | 5,050 | 5,240 | +190 |',
  '| Non-controlling interests | 150 | 160 | +10 |',
  '| Total equity | 5,200 | 5,400 | +200 |',
  ...(ratio ? ['| Ratio of equity attributable to owners of the parent to total assets | 55.5% | 55.7% | +0.2pt |'] : []),
]);
const bank = inlineEngine([
  '# Synthetic Oakhurst Bank reports third quarter 2026 results', '',
  'Synthetic Oakhurst Bank today reported results for the quarter ended September 30, 2026.', '',
  '- Common Equity Tier 1 (CET1) ratio of 14.1% (30 June 2026: 13.9%), well above the 10.5% requirement.',
]);
const shops = inlineEngine([
  '# Synthetic Fernley Outfitters reports third quarter fiscal 2026 results', '',
  'Synthetic Fernley Outfitters today reported results for the quarter ended October 31, 2026.', '',
  'Net sales for the third quarter increased 4.1% to $310.2 million. Net income was $21.4 million.', '',
  'During the third quarter the Company opened 9 stores and closed 3 stores, ending the quarter with 250 stores.',
]);
let n = 0;

describe('a ratio asked by name is never the amount it is named after', () => {
  it.each(['equity ratio at end of September', 'what is the equity ratio', 'total assets ratio'])('%s, no such line → declined, no amount', (q) => {
    const a = sheet(false).ask(q, `of-${n++}`);
    expect(a.status).not.toBe('answer');
    expect(a.text).not.toMatch(/billion|5,400|540\.0/);
  });
  it('the amount itself is read and answered', () => {
    expect(sheet(false).ask('total equity at end of September', `of-${n++}`).text).toContain('¥540.0 billion');
  });
  it('the ratio to total assets the release prints is the equity ratio', () => {
    const a = sheet(true).ask('equity ratio at end of September', `of-${n++}`);
    expect(a.status).toBe('answer');
    expect(a.text).toContain('55.7%');
  });
});

describe('a threshold of a measure is not the measure', () => {
  it.each(['CET1 requirement', 'CET1 ratio minimum requirement?', 'CET1 headroom over the requirement'])('%s → declined, never 14.1%', (q) => {
    const a = bank.ask(q, `of-${n++}`);
    expect(a.status).not.toBe('answer');
    expect(a.text).not.toContain('14.1%');
  });
  it('the ratio itself still answers', () => {
    expect(bank.ask('CET1 ratio', `of-${n++}`).text).toContain('14.1%');
  });
});

describe('"net" of a gross flow whose opposite the release prints is not the gross flow', () => {
  it.each(['net store openings in Q3', 'net stores opened this quarter'])('%s → declined, never the 9 opened', (q) => {
    const a = shops.ask(q, `of-${n++}`);
    expect(a.status).not.toBe('answer');
    expect(a.text).not.toMatch(/\b9 stores\b/);
  });
  it('the gross flow asked is answered', () => {
    expect(shops.ask('stores opened in Q3', `of-${n++}`).text).toContain('9 stores');
  });
});
