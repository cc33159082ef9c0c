// Whose profit: "profit to owners" / "profit to NCI" were read as a ratio, profit for the period ÷ the holder's line
// (1.03x, 31.33x), where the statement splits its profit "Attributable to:" owners and non-controlling interests; and
// "net profit" was answered with the profit before AT1 coupons and minorities where the release says "net profit"
// only of "Net profit attributable to shareholders". A holder after "to" names a share; a release's own use of a term
// names its line. Synthetic issuers.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const split = inlineEngine([
  '# Synthetic Tamarind Logistica S.A. reports first half 2026 results', '',
  'Synthetic Tamarind Logistica S.A. today reported results for the quarter ended June 30, 2026.', '',
  'Consolidated statement of profit or loss', '', '(R$ thousands)', '',
  '| | 2Q26 | 2Q25 | 1H26 | 1H25 |', '|---|---:|---:|---:|---:|',
  '| Revenue | 520,400 | 480,100 | 1,010,300 | 940,700 |',
  '| Profit before income tax | 80,300 | 70,100 | 150,200 | 131,000 |',
  '| Income tax | (20,100) | (17,500) | (37,600) | (32,700) |',
  '| Profit for the period | 60,200 | 52,600 | 112,600 | 98,300 |',
  '| Attributable to: | | | | |',
  '| Owners of the parent | 57,900 | 50,800 | 108,100 | 94,900 |',
  '| Non-controlling interests | 2,300 | 1,800 | 4,500 | 3,400 |',
]);
const bank = inlineEngine([
  '# Synthetic Birchwell Bank reports third quarter 2026 results', '',
  'Synthetic Birchwell Bank today reported results for the quarter ended September 30, 2026. Net profit attributable to shareholders of EUR 412 m in 3Q26.', '',
  'Income statement', '', '(EUR millions)', '',
  '| | 3Q26 | 3Q25 |', '|---|---:|---:|',
  '| Total income | 1,500 | 1,400 |',
  '| Profit before tax | 580 | 520 |',
  '| Income tax expense | (150) | (135) |',
  '| Profit for the period | 430 | 385 |',
  '| AT1 coupons | (12) | (12) |',
  '| Non-controlling interests | (6) | (5) |',
  '| Net profit attributable to shareholders | 412 | 368 |',
]);
let n = 0;

describe('a holder after "to" names its share of the profit, never a ratio', () => {
  it.each([
    ['profit to owners 2Q26', '57.9 million'],
    ['earnings to shareholders 1H26', '108.1 million'],
    ['net income attributable to the owners 2Q25', '50.8 million'],
    ['profit to NCI 1H26', '4.50 million'],
    ['minority interest profit 2Q26', '2.30 million'],
    ["minorities' share of profit 1H25", '3.40 million'],
  ])('%s → %s', (q, figure) => {
    const a = split.ask(q, `hold-${n++}`);
    expect(a.status).toBe('answer');
    expect(a.text).toContain(figure);
    expect(a.text).not.toMatch(/ratio|\dx\b/);
  });
  it('a divisor that is no holder is still a ratio', () => {
    expect(split.ask('profit to revenue 2Q26', `hold-${n++}`).text).toMatch(/ratio of profit for the period to revenue/i);
  });
  it('a holder line that is a deduction is not divided by', () => {
    const a = bank.ask('net profit to NCI 3Q26', `hold-${n++}`);
    expect(a.text).not.toMatch(/ratio|x \(/);
  });
});

describe("a bottom-line name the release says only of the owners' share names that line", () => {
  it.each([
    ['net profit 3Q26?', '412.0 million'],
    ['net profit a year ago', '368.0 million'],
  ])('%s → %s, the line the release calls net profit', (q, figure) => {
    const a = bank.ask(q, `own-${n++}`);
    expect(a.status).toBe('answer');
    expect(a.text).toContain(figure);
    expect(a.citations[0]!.quote).toMatch(/Net profit attributable to shareholders/);
  });
  it('its own line is still its own: "profit for the period" is the profit before coupons and minorities', () => {
    expect(bank.ask('profit for the period 3Q26', `own-${n++}`).text).toContain('430.0 million');
  });
});
