// Other issuers' layouts and typography: a unit in a table's corner cell ("€ millions", "in ₹ crore"),
// a row label's own unit ("(thousands)", "(%)", "(bps)", "(€ per month)"), financial years over two
// calendar years ("Q1 2026/27"), day-first dates ("31.12.2025", "three months to 31 March 2026"),
// glued quarter names ("2Q2026") and "4Q FY27" as one period. The documents are synthetic (made-up
// issuers and figures), written in other forms than the examination documents that showed each class.
import { beforeAll, describe, expect, it } from 'vitest';
import { figure } from '../src/intents/format.js';
import { buildRelease } from '../src/knowledge/build.js';
import { parseReleaseText } from '../src/knowledge/document.js';
import { KnowledgeBase } from '../src/knowledge/kb.js';
import { createEngine } from '../src/intents/engine.js';
import { findPeriods } from '../src/knowledge/period-grammar.js';
import { periodKey, periodLabel, type Period } from '../src/knowledge/period.js';
import type { Release } from '../src/knowledge/release.js';

const fact = (r: Release, metric: string, period: string, role = 'value') => r.facts.find((f) => f.metric === metric && periodKey(f.period) === period && f.role === role);
const load = (lines: string[]) => buildRelease(parseReleaseText('synthetic.md', lines.join('\n')));

describe("a table's unit in its corner cell", () => {
  it.each([
    ['€ millions', 'EUR', 1e6],
    ['in ₹ crore', 'INR', 1e7],
    ["US$'000", 'USD', 1e3],
    ['CHF m', 'CHF', 1e6],
  ])('"%s" gives the table its currency and scale', (corner, currency, scale) => {
    const r = load([
      '# Synthetic Holdings reports first quarter 2026 results',
      '',
      `| ${corner} | Q1 2026 | Q1 2025 |`,
      '|---|---|---|',
      '| Revenue | 1,204.5 | 1,100.0 |',
      '| Operating profit | 210.0 | 190.5 |',
    ]);
    expect(r.skipped).toEqual([]);
    expect(fact(r, 'revenue', '2026Q1')?.unit).toMatchObject({ kind: 'money', currency, scale });
  });

  it('shows an amount the release prints in crore in crore, not 10 million times its figure in millions', () => {
    const r = load(['# Synthetic Mills results for Q1 2026', '', '| (₹ in crore) | Q1 2026 | Q1 2025 |', '|---|---|---|', '| Revenue from operations | 2,345.60 | 2,100.05 |']);
    expect(figure(fact(r, 'revenue_from_operations', '2026Q1')!)).toBe('₹2,345.60 crore');
  });
});

describe("a row label's own unit", () => {
  let r!: ReturnType<typeof load>;
  beforeAll(() => {
    r = load([
    '# Synthetic Networks reports first quarter 2026 results',
    '',
    '(EUR million, unless otherwise stated)',
    '',
    '| | Q1 2026 | Q1 2025 |',
    '|---|---|---|',
    '| Revenue | 640 | 600 |',
    '| Mobile subscribers (thousands) | 8,120 | 7,900 |',
    '| Churn (monthly, %) | 1.4 | 1.6 |',
    '| Cost of risk (bps) | 22 | 25 |',
    '| Average revenue per user (€ per month) | 18.35 | 17.90 |',
    '| Employees | 4,410 | 4,380 |',
  ]);
  });

  it('reads a count "(thousands)" in thousands and shows it so, never 1,000 times too small', () => {
    const subs = fact(r, 'mobile_subscribers_thousands', '2026Q1')!;
    expect(subs.unit).toMatchObject({ kind: 'count', scale: 1e3 });
    expect(figure(subs)).toBe('8,120 thousand subscribers');
  });

  it('reads "(%)" as a rate, a per-customer amount in its own currency at no scale, and a head count as a count', () => {
    // (Named without the unit its label states: "Churn (monthly, %)" is churn.)
    expect(fact(r, 'churn', '2026Q1')?.unit).toEqual({ kind: 'percent' });
    expect(fact(r, 'average_revenue_per_user_per_month', '2026Q1')?.unit).toEqual({ kind: 'money', currency: 'EUR', scale: 1 });
    expect(fact(r, 'employees', '2026Q1')?.unit).toEqual({ kind: 'count', scale: 1, noun: 'employees' });
    expect(fact(r, 'revenue', '2026Q1')?.unit).toEqual({ kind: 'money', currency: 'EUR', scale: 1e6 });
  });

  it('leaves a rate in basis points out by name rather than read it as an amount', () => {
    expect(r.facts.some((f) => /cost_of_risk/.test(f.metric))).toBe(false);
    expect(r.tables[0]!.lines.find((l) => /Cost of risk/.test(l.label))?.exclusion).toMatch(/basis points/);
  });
});

describe('financial years over two calendar years, and day-first dates', () => {
  let r!: ReturnType<typeof load>;
  beforeAll(() => {
    r = load([
    '# Synthetic Utilities plc — Q1 2026/27 trading statement',
    '',
    'Synthetic Utilities plc reports its first quarter of the 2026/27 financial year, the three months to 30 June 2026.',
    '',
    '| £m | Q1 2026/27 | Q1 2025/26 | H1 2025/26 | FY 2025/26 |',
    '|---|---|---|---|---|',
    '| Revenue | 455 | 430 | 861 | 1,702 |',
  ]);
  });

  it('reads the columns as the issuer names them, the quarter ending June 30 of the first year', () => {
    expect(periodKey(r.quarter)).toBe('FY2027Q1');
    expect(r.quarter.kind === 'duration' && r.quarter.end).toBe('2026-06-30');
    expect(periodLabel(r.quarter)).toBe('Q1 2026/27');
    expect(fact(r, 'revenue', 'FY2026-6M')?.value.toString()).toBe('861');
    expect(fact(r, 'revenue', 'FY2026')?.value.toString()).toBe('1702');
  });

  it('reads a question\'s "Q1 26/27" and "FY 2025/26" as the same periods', () => {
    const keys = (text: string) => findPeriods(text, r.quarter).map((p) => (p.kind === 'period' ? periodKey(p.period) : p.kind));
    expect(keys('revenue Q1 26/27')).toEqual(['FY2027Q1']);
    expect(keys('revenue for FY 2025/26')).toEqual(['FY2026']);
  });

  it('reads "H1" or "the nine months" unnamed as the issuer\'s latest, not the calendar half-year', () => {
    const q3: Period = { kind: 'duration', end: '2026-12-31', months: 3, fiscal: { year: 2027, quarter: 3, split: true } };
    const [h1] = findPeriods('H1', q3);
    expect(h1?.kind === 'period' && periodKey(h1.period)).toBe('FY2027-6M');
    expect(h1?.kind === 'period' && h1.period.kind === 'duration' && h1.period.end).toBe('2026-09-30');
    const [nine] = findPeriods('9M', q3);
    expect(nine?.kind === 'period' && periodKey(nine.period)).toBe('FY2027-9M');
    const [lastYear] = findPeriods('the second quarter of last year', q3);
    expect(lastYear?.kind === 'period' && periodKey(lastYear.period)).toBe('FY2026Q2');
  });

  it('reads a numeric date whose first number is no month as day first, and never makes a date of month 31', () => {
    const [date] = findPeriods('net debt at 30/09/26', { kind: 'duration', end: '2026-12-31', months: 3 });
    expect(date?.kind === 'period' && date.period).toEqual({ kind: 'instant', date: '2026-09-30' });
  });

  it.each([
    ['Quarter ended 31.12.2025', '2025Q4'],
    ['Nine months ended 31.12.2025', '9M-2025-12-31'],
    ['the three months to 31 March 2026', '2026Q1'],
    ['Half year ended 30 September 2025', '6M-2025-09-30'],
    ['as at 31.03.2026', '2026-03-31'],
    ['4Q FY27', '2027Q4'],
    ['2Q2026', '2026Q2'],
  ])('"%s" is one period: %s', (text, key) => {
    const refs = findPeriods(text, { kind: 'duration', end: '2026-06-30', months: 3 });
    expect(refs.map((p) => (p.kind === 'period' ? periodKey(p.period) : p.kind))).toEqual([key]);
  });

  it('reads a table whose headers are glued quarter names and day-first dates', () => {
    const g = load(['# Synthetic Bank results', '', '(In EUR millions)', '', '| | 2Q2026 | 2Q2025 | Half year ended 30.06.2026 |', '|---|---|---|---|', '| Net interest income | 1,010 | 990 | 2,001 |']);
    expect(g.skipped).toEqual([]);
    expect(fact(g, 'net_interest_income', '2026Q2')?.value.toString()).toBe('1010');
    expect(fact(g, 'net_interest_income', '6M-2026-06-30')?.value.toString()).toBe('2001');
  });
});

describe('plain-text tables as wire services set them', () => {
  const TEXT = [
    'SYNTHETIC DOCUMENT -- Osprey Devices, Inc. is fictional.',
    '',
    'OSPREY DEVICES REPORTS SECOND QUARTER 2026 RESULTS',
    '',
    '    "We shipped every order on time this quarter," said the Chief',
    'Executive Officer.  "Margins were our best in five years."',
    '',
    '                     OSPREY DEVICES, INC.',
    '         CONDENSED STATEMENTS OF OPERATIONS (Unaudited)',
    '              (In thousands, except per share data)',
    '',
    '                                    Quarter Ended',
    '                              ----------------------------',
    '                                  Jul. 4,       Jun. 28,',
    '                                     2026           2025',
    '                              -----------    -----------',
    'Net revenue                    $   88,410     $   80,125',
    'Cost of revenue                    40,300         38,900',
    '                              -----------    -----------',
    'Gross profit                       48,110         41,225',
    '                              ===========    ===========',
    '',
    '                    REVENUE BY REGION (Unaudited)',
    '                          (In thousands)',
    '',
    '                                    Quarter Ended',
    '                                  Jul. 4,       Jun. 28,',
    '                                     2026           2025',
    'Americas                           50,410         46,125',
    'Rest of world                      38,000         34,000',
    '                              -----------    -----------',
    'Total net revenue                  88,410         80,125',
  ];
  let r!: ReturnType<typeof buildRelease>;
  beforeAll(() => {
    r = buildRelease(parseReleaseText('synthetic.txt', TEXT.join('\n')));
  });

  it('gives each date under a spanning "Quarter Ended" its own column, and rules under figures are no rows', () => {
    expect(r.skipped).toEqual([]);
    expect(fact(r, 'net_revenue', 'FY2026Q2')?.value.toString()).toBe('88410');
    expect(fact(r, 'net_revenue', 'FY2025Q2')?.value.toString()).toBe('80125');
    expect(fact(r, 'gross_profit', 'FY2026Q2')?.citation.line).toBe(20);
  });

  it('keeps a quotation ending in a closing quote out of the table header, and starts a new table at a centred title', () => {
    expect(r.tables).toHaveLength(2);
    expect(r.tables[0]!.columns.map((c) => c.header)).toEqual(['Quarter Ended Jul. 4, 2026', 'Quarter Ended Jun. 28, 2025']);
    expect(fact(r, 'americas', 'FY2026Q2')?.citation.line).toBe(29);
  });
});

describe('tables whose columns are segments or regions', () => {
  let r!: ReturnType<typeof load>;
  beforeAll(() => {
    r = load([
    '# Synthetic Pumps AG — first quarter 2026',
    '',
    '## By division',
    '',
    '(CHF million, unless otherwise stated)',
    '',
    '| Q1 2026 | Water | Energy | Industry | Group |',
    '|---|---:|---:|---:|---:|',
    '| Sales | 410 | 305 | 212 | 927 |',
    '| Operating margin (%) | 14.1 | 9.8 | 11.0 | 12.0 |',
    '| Headcount (31 Mar 2026) | 3,100 | 2,050 | 1,420 | 6,570 |',
    '',
    '## Business lines — quarter ended 31.03.2026',
    '',
    '(CHF million)',
    '',
    '| Particulars | Service | Projects | Total |',
    '|---|---|---|---|',
    '| Order intake – Q1 2026 | 520 | 480 | 1,000 |',
    '| Order intake – Q1 2025 | 500 | 430 | 930 |',
    '',
    '## Outlook 2026',
    '',
    '| (CHF million) | Previous outlook | Revised outlook |',
    '|---|---|---|',
    '| Sales for FY2026 | 3,600 | 3,700 |',
  ]);
  });

  it("reads each segment's figure as a line of its own, for the period the corner cell names; the whole keeps the row's name", () => {
    expect(fact(r, 'water_sales', '2026Q1')?.value.toString()).toBe('410');
    expect(fact(r, 'sales', '2026Q1')?.value.toString()).toBe('927');
    expect(fact(r, 'energy_operating_margin', '2026Q1')?.unit).toEqual({ kind: 'percent' });
    expect(fact(r, 'industry_sales', '2026Q1')?.citation.line).toBe(9);
  });

  it('gives a row that names its own date that date, and a row naming its period that period', () => {
    expect(fact(r, 'industry_headcount', '2026-03-31')?.unit).toMatchObject({ kind: 'count', scale: 1 });
    expect(fact(r, 'service_order_intake', '2025Q1')?.value.toString()).toBe('500');
    expect(fact(r, 'service_order_intake', '2025Q1')?.citation.line).toBe(20);
    expect(fact(r, 'total_order_intake', '2026Q1')?.value.toString()).toBe('1000');
  });

  it('never reads a forecast table as segments: it is guidance, the revised outlook guided and the previous one no figure', () => {
    expect(r.facts.some((f) => /outlook/.test(f.metric))).toBe(false);
    expect(r.skipped).toEqual([]);
    const guided = r.facts.filter((f) => f.role === 'low' || f.role === 'high');
    expect(guided.map((f) => [f.metric, f.value.toString(), f.unit, f.period])).toEqual(
      ['low', 'high'].map(() => ['sales', '3700', { kind: 'money', currency: 'CHF', scale: 1e6 }, { kind: 'duration', months: 12, end: '2026-12-31' }]),
    );
  });
});

describe('a quarter named "fiscal"', () => {
  let fiscal!: ReturnType<typeof load>;
  beforeAll(() => {
    fiscal = load([
    '# Synthetic Outdoor Co. reports fiscal fourth quarter 2025 results',
    '',
    'Synthetic Outdoor Co. today reported results for its fiscal fourth quarter of 2025, the thirteen weeks ended September 27, 2025.',
    '',
    '(In millions)',
    '',
    '| | Thirteen Weeks Ended September 27, 2025 | Thirteen Weeks Ended September 28, 2024 |',
    '|---|---|---|',
    '| Net sales | 512.0 | 480.5 |',
  ]);
  });
  const keys = (text: string) => findPeriods(text, fiscal.quarter).map((p) => (p.kind === 'period' ? periodKey(p.period) : p.kind));

  it('is the issuer\'s own quarter of that name, whatever words say it', () => {
    expect(keys('net sales in fiscal Q3 2025')).toEqual(['FY2025Q3']);
    expect(keys('the third quarter of fiscal 2025')).toEqual(['FY2025Q3']);
    expect(keys('fiscal 2025 Q4')).toEqual(['FY2025Q4']);
  });

  it('finds nothing for a fiscal quarter the release does not report, never the quarter ending near its calendar namesake', () => {
    const kb = new KnowledgeBase([fiscal]);
    const asked = (text: string) => (findPeriods(text, fiscal.quarter)[0] as { period: Period }).period;
    expect(kb.all('net_sales', asked('fiscal Q3 2025'))).toEqual([]);
    expect(kb.all('net_sales', asked('fiscal Q4 2025'))[0]?.value.toString()).toBe('512');
    // (Each release reads a question's fiscal quarter by its own year: a calendar-year company's fiscal Q1 is January–March.)
    const own = load(['# Synthetic Corp Q1 2026 results', '', '(In millions)', '', '| | Three Months Ended March 31, 2026 |', '|---|---|', '| Revenue | 80.1 |']);
    const calendar = new KnowledgeBase([own]);
    const ownAsked = (findPeriods('fiscal Q1 2026', own.quarter)[0] as { period: Period }).period;
    expect(calendar.all('revenue', ownAsked)[0]?.value.toString()).toBe('80.1');
  });
});

describe('the issuer and the title, from documents laid out unlike the seed', () => {
  it('reads a title in an HTML heading that states a figure, a ticker on a European exchange and the name\'s first word', () => {
    const html = buildRelease(
      parseReleaseText(
        'synthetic.htm',
        [
          '<html><body>',
          '<h2>Vosberg Verzekeringen reports net profit of EUR 212 million for the second quarter of 2026</h2>',
          '<p>UTRECHT, 6 August 2026 – Vosberg Verzekeringen N.V. (Euronext Brussels: VOSB) today published its results.</p>',
          '<p>In EUR millions</p>',
          '<table><tr><th></th><th>2Q2026</th><th>2Q2025</th></tr><tr><td>Net profit</td><td>212</td><td>198</td></tr></table>',
          '</body></html>',
        ].join('\n'),
      ),
    );
    expect(html.title).toMatch(/^Vosberg Verzekeringen reports net profit/);
    expect(html.issuer).toMatchObject({ ticker: 'VOSB', exchange: 'Euronext Brussels' });
    expect(html.issuer.names).toContain('Vosberg');
  });

  it('reads a wrapped title in capitals as the title, and a legal name with no ticker as the issuer', () => {
    const text = buildRelease(
      parseReleaseText(
        'synthetic.txt',
        [
          '          HALDEN MARINE CO., LTD. REPORTS FIRST QUARTER 2026 RESULTS;',
          '              CONFIRMS FULL-YEAR OUTLOOK',
          '',
          '    Halden Marine Co., Ltd. today reported revenue of $402.5 million for the first quarter of 2026, compared with $380.1 million a year earlier.',
        ].join('\n'),
      ),
    );
    expect(text.title).toMatch(/^HALDEN MARINE CO\., LTD\. REPORTS FIRST QUARTER 2026 RESULTS; CONFIRMS/);
    expect(text.issuer.names).toEqual(expect.arrayContaining(['Halden Marine Co., Ltd.', 'Halden Marine', 'Halden']));
  });
});

describe('a change the release states coarser than its figures give', () => {
  const release = (stated: string) =>
    load([
      '# Synthetic Holdings reports first quarter 2026 results',
      '',
      `- Revenue was $430.8 million, an increase of ${stated} from the first quarter of 2025.`,
      '',
      '(in thousands)',
      '',
      '| | Q1 2026 | Q1 2025 |',
      '|---|---|---|',
      '| Revenue | 430,828 | 351,774 |',
    ]);
  const ask = (stated: string) => createEngine(new KnowledgeBase([release(stated)])).ask('revenue growth yoy', `c-${stated}`);

  it('a whole-number rate ("22%") is computed from the figures, its rounding said as printed, never "22.0%"', () => {
    const a = ask('22%');
    expect(a.text).toContain('up 22.5% year over year');
    expect(a.text).toContain('the release rounds it to 22%');
    expect(a.text).not.toContain('22.0%');
  });

  it('a rate stated to a tenth is the release\'s own, as before', () => {
    expect(ask('22.5%').text).toContain('up 22.5% year over year as the release states it');
  });
});
