// A standard measure named ("book value per share", "total assets", "net debt", "basic EPS", "cost of revenue",
// "interest income") is answered with the line that means it, under whatever wording the release prints it
// ("Interest earned"), never with a line that only shares a word with it ("Basic earnings per share" for book value
// per share, "Debt" for net debt, "Net finance costs" for cost of revenue, "Net Interest Income" for interest
// income): where the release prints no such line, the bot declines naming the measure (refiners/standard-measures.ts).
import { describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import { inlineEngine } from './support/inline.js';

const ask = (doc: string, q: string) => sharedEngine(doc).ask(q, `sm-${q}`);
const HANBIT = 'eval/hl32/docs/hanbit-3q26.txt';
const KESTREL = 'eval/hl31/docs/kestrel-h1fy26.htm';
const LMV = 'eval/hl28/docs/lmv-fy26q3.html';
const THISTLEBROOK = 'eval/hl29/docs/thistlebrook-h1-2026.md';
const BWI = 'eval/hl28/docs/bwi-2025q2.txt';
const LAURENTIDE = 'eval/hl30/docs/laurentide-3q26.html';
const DECCAN = 'eval/hl30/docs/deccan-q2fy27.md';

describe('a measure the release does not print is declined, naming it', () => {
  it.each([
    [HANBIT, 'book value per share?', 'book value per share'],
    [KESTREL, 'book value per share?', 'book value per share'],
    [LMV, 'total assets?', 'total assets'],
    [THISTLEBROOK, 'total liabilities?', 'total liabilities'],
    [BWI, 'net debt?', 'net debt'],
    [LMV, 'basic EPS yoy change?', 'basic eps'],
    [BWI, 'basic EPS yoy change?', 'basic eps'],
    [BWI, 'revenue minus cost of revenue?', 'cost of revenue'],
    [HANBIT, 'revenue minus cost of revenue?', 'cost of revenue'],
    [LAURENTIDE, 'cost of sales?', 'cost of sales'],
  ])('%s: %s', (doc, q, named) => {
    const a = ask(doc, q);
    expect(a.status).toBe('unknown');
    expect(a.text).toContain(`doesn't give "${named}"`);
    expect(a.citations ?? []).toHaveLength(0);
  });

  it('the other basis printed is named: diluted EPS where basic is asked', () => {
    expect(ask(BWI, 'basic EPS yoy change?').text).toContain('"Diluted earnings per share" is another line');
  });
});

describe('a measure printed under another standard wording is that line', () => {
  it('Deccan: interest income is "Interest earned", not net interest income', () => {
    const a = ask(DECCAN, 'interest income?');
    expect(a.text).toContain('Interest earned (₹ crore) was ₹9,842 crore');
    expect(a.citations?.[0]?.line).toBe(24);
  });
  it('Nordvik: net debt is its "Net interest-bearing debt"', () => {
    expect(ask('eval/hl31/docs/nordvik-q3-2026.md', 'net debt?').text).toContain('NOK 5,318 million');
  });
  it('Thistlebrook: cost of revenue is its "Cost of sales"', () => {
    expect(ask(THISTLEBROOK, 'revenue minus cost of revenue?').text).toContain('Revenue minus cost of sales is £251.7 million');
  });
  it('the measures printed as such are answered', () => {
    expect(ask(THISTLEBROOK, 'net debt?').text).toContain('Net debt was £188.5 million');
    expect(ask(BWI, 'total assets?').text).toContain('Total assets were $14.7 billion');
    expect(ask(LMV, 'cost of sales?').text).toContain('Total cost of revenue was $65.5 million');
  });
});

describe('an invented release: each measure asked of lines that only share its words', () => {
  const engine = inlineEngine([
    '# Synthetic Wren Industries Reports Second Quarter 2026 Results',
    '',
    'Synthetic Wren Industries today reported results for the second quarter ended June 30, 2026.',
    '',
    '| ($ in millions, except per share) | Q2 2026 | Q2 2025 |',
    '|---|---|---|',
    '| Revenue | 500.0 | 450.0 |',
    '| Selling costs | 80.0 | 75.0 |',
    '| Operating income | 120.0 | 100.0 |',
    '| Interest and other income, net | 4.0 | 3.0 |',
    '| Net income | 90.0 | 80.0 |',
    '| Diluted earnings per share | 1.10 | 0.95 |',
    '| Net cash provided by operating activities | 130.0 | 110.0 |',
  ]);
  it.each([
    ['basic eps?', 'basic eps'],
    ['cost of sales?', 'cost of sales'],
    ['free cash flow?', 'free cash flow'],
    ['interest income?', 'interest income'],
    ['net debt?', 'net debt'],
  ])('%s', (q, named) => {
    const a = engine.ask(q, `wren-${q}`);
    expect(a.status).toBe('unknown');
    expect(a.text).toContain(`doesn't give "${named}"`);
  });
  it('operating cash flow is the operating activities line', () => {
    expect(engine.ask('operating cash flow?', 'wren-ocf').text).toContain('$130.0 million');
  });
});
