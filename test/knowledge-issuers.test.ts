// Invented issuers' documents laid out unlike the seed: a Nordic interim report (months as column
// headers, quarter and half-year columns ending on one date, a change column after each pair, decimal
// comma and space thousands, SEK), and a US bank (tab tables, "(Dollars in thousands)" above each table,
// a "$" in a ratio table's cell, a dateline date before the quarter's figures, bank shorthand). The
// documents are synthetic and written for these tests, in other words than the examination documents.
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../src/intents/engine.js';
import { buildRelease } from '../src/knowledge/build.js';
import { parseReleaseText } from '../src/knowledge/document.js';
import { KnowledgeBase } from '../src/knowledge/kb.js';
import { toPointStyle, usesDecimalComma } from '../src/knowledge/number-style.js';
import { periodKey } from '../src/knowledge/period.js';
import type { Release } from '../src/knowledge/release.js';

const load = (name: string, lines: string[]) => buildRelease(parseReleaseText(name, lines.join('\n')));
const facts = (r: Release, metric: string, role = 'value') => r.facts.filter((f) => f.metric === metric && f.role === role);
const at = (r: Release, metric: string, period: string, role = 'value') => facts(r, metric, role).filter((f) => periodKey(f.period) === period);

const NORDIC = [
  '# Fjordlund Industri ASA – Interim report January–September 2025',
  '',
  '- Revenue increased by 7% to NOK 2 204,8 m (2 060,5).',
  '- The board proposes no dividend; the average number of shares was 88,4 million.',
  '',
  '## Key figures',
  '',
  '| NOK m | Jul–Sep 2025 | Jul–Sep 2024 | Change, % | Jan–Sep 2025 | Jan–Sep 2024 | Change, % | Jan–Dec 2024 |',
  '|---|---:|---:|---:|---:|---:|---:|---:|',
  '| Revenue | 2 204,8 | 2 060,5 | 7 | 6 310,2 | 6 002,9 | 5 | 8 150,4 |',
  '| EBITDA | 301,7 | 288,0 | 5 | 861,5 | 840,2 | 3 | 1 120,9 |',
  '| EBITDA margin, % | 13,7 | 14,0 |  | 13,7 | 14,0 |  | 13,8 |',
  '| Net debt/EBITDA, times | 1,9 | 2,1 |  | 1,9 | 2,1 |  | 2,0 |',
];

describe('a Nordic interim report: month-range columns, decimal comma, space thousands', () => {
  let r!: ReturnType<typeof load>;
  beforeAll(() => {
    r = load('fjordlund.md', NORDIC);
  });

  it('tells the quarter, the nine months and the year apart, though two end on one date', () => {
    expect(r.skipped).toEqual([]);
    expect(at(r, 'revenue', '2025Q3')[0]?.value.toString()).toBe('2204.8');
    expect(at(r, 'revenue', '9M-2025-09-30')[0]?.value.toString()).toBe('6310.2');
    expect(at(r, 'revenue', '12M-2024-12-31')[0]?.value.toString()).toBe('8150.4');
    expect(at(r, 'revenue', '2025Q3')[0]?.unit).toMatchObject({ kind: 'money', currency: 'NOK', scale: 1e6 });
  });

  it("files each change column as the change of the pair to its left, never the nine months' as the quarter's", () => {
    const changes = facts(r, 'revenue', 'change').filter((f) => f.source === 'table');
    expect(changes.map((f) => `${periodKey(f.period)}:${f.value}`).sort()).toEqual(['2025Q3:7', '9M-2025-09-30:5']);
  });

  it('reads a label ending ", %" as a rate and ", times" as a multiple, never as an amount in NOK', () => {
    expect(at(r, 'ebitda_margin', '2025Q3')[0]?.unit).toEqual({ kind: 'percent' });
    expect(at(r, 'net_debt_ebitda_times', '2025Q3')[0]?.unit).toMatchObject({ kind: 'count', noun: 'times' });
  });

  it('reads the prose figures with their currency and scale, and cites the line as printed', () => {
    const [f] = at(r, 'revenue', '2025Q3').filter((x) => x.source === 'narrative');
    expect(f?.unit).toMatchObject({ kind: 'money', currency: 'NOK', scale: 1e6 });
    expect(f?.value.toString()).toBe('2204.8');
    expect(f?.citation.quote).toContain('2 204,8');
  });

  it("cites each table cell as the document prints it, space thousands and decimal comma", () => {
    const cells = (f: Release['facts'][number] | undefined) => f?.citation.cells?.map((c) => c.printed);
    expect(cells(at(r, 'revenue', '9M-2025-09-30').find((f) => f.source === 'table'))).toEqual(['6 310,2']);
    expect(cells(at(r, 'ebitda_margin', '2025Q3')[0])).toEqual(['13,7']);
  });

  it('answers the quarter and the nine months from their own columns', () => {
    const engine = createEngine(new KnowledgeBase([r]));
    expect(engine.ask('revenue Q3 2025', 'n1').text).toContain('2,204.8');
    expect(engine.ask('revenue Jan-Sep 2025', 'n2').text).toContain('6,310.2');
  });
});

describe('the decimal comma is read only where the document writes it', () => {
  it('tells a decimal-comma document from a point one', () => {
    expect(usesDecimalComma(NORDIC)).toBe(true);
    expect(usesDecimalComma(['Revenue was $1,204.5 million, up 4.5%, and margin 13.3% (12.9%).', '| Revenue | 1,204 | 1,100 |'])).toBe(false);
    // A few commas before two digits in a point document ("1,25") do not turn it.
    expect(usesDecimalComma(['Rates of 1,25 and 2,50 appear', 'Revenue 4.5% 3.2% 1.1% 7.7%'])).toBe(false);
  });

  it('rewrites numbers in place, same length, and leaves dates and thousands groups of three alone', () => {
    expect(toPointStyle('| Revenue | 2 204,8 | -1 977,9 | 13,7 |')).toBe('| Revenue | 2,204.8 | -1,977.9 | 13.7 |');
    expect(toPointStyle('On 6 May 2026 the backlog was NOK 9 845 m')).toBe('On 6 May 2026 the backlog was NOK 9,845 m');
    expect(toPointStyle('Dividend NOK 2,60 per share')).toBe('Dividend NOK 2.60 per share');
  });
});

const BANK = [
  '# Stillwater Financial Corp. Reports Second Quarter 2026 Results',
  '',
  '**HARTFORD, Conn., July 21, 2026** — Stillwater Financial Corp. (NASDAQ: SWFC) today reported net income of $31.2 million, or $0.94 per diluted share, for the second quarter of 2026, compared with $29.8 million for the first quarter of 2026.',
  '',
  '## Consolidated Statements of Income',
  '',
  '(Dollars in thousands, except per share data)',
  '',
  '\tThree Months Ended',
  '\tJune 30, 2026\tMarch 31, 2026\tJune 30, 2025',
  'Net interest income\t98,410\t96,005\t90,120',
  'Net income\t31,204\t29,811\t27,530',
  'Diluted earnings per share\t0.94\t0.90\t0.83',
  '',
  '## Selected Balance Sheet Data',
  '',
  '(Dollars in thousands)',
  '',
  '\tJune 30, 2026\tMarch 31, 2026\tJune 30, 2025',
  'Total loans\t9,120,400\t9,004,150\t8,650,300',
  'Total deposits\t10,880,120\t10,702,500\t10,250,900',
  '',
  '## Ratios',
  '',
  '\tThree Months Ended',
  '\tJune 30, 2026\tMarch 31, 2026\tJune 30, 2025',
  'Net interest margin\t3.18%\t3.12%\t3.02%',
  'Common equity tier 1 capital ratio\t12.1%\t12.0%\t11.7%',
  'Tangible book value per share\t$27.40\t$26.95\t$25.10',
];

describe('a bank: a unit note in words above each table, a "$" in a ratio cell, a dateline', () => {
  let r!: ReturnType<typeof load>;
  beforeAll(() => {
    r = load('stillwater.md', BANK);
  });

  it('reads every table: "(Dollars in thousands)" is a unit note, and a "$" cell is a figure', () => {
    expect(r.skipped).toEqual([]);
    expect(at(r, 'total_deposits', '2026-06-30')[0]?.unit).toMatchObject({ kind: 'money', currency: 'USD', scale: 1e3 });
    expect(at(r, 'net_interest_income', '2026Q2')[0]?.unit).toMatchObject({ kind: 'money', scale: 1e3 });
    expect(at(r, 'tangible_book_value_per_share', '2026Q2')[0]?.unit).toMatchObject({ kind: 'per_share', currency: 'USD' });
  });

  it("never dates a figure by the dateline: the release's day is no period of its figures", () => {
    const prose = facts(r, 'net_income').filter((f) => f.source === 'narrative');
    expect(prose.map((f) => periodKey(f.period)).sort()).toEqual(['2026Q1', '2026Q2']);
  });

  it('answers bank shorthand (NIM, NII, CET1) from the lines the release prints', () => {
    const engine = createEngine(new KnowledgeBase([r]));
    expect(engine.ask('NIM Q2', 'b1').text).toContain('3.18%');
    expect(engine.ask('NII QoQ', 'b2').text).toMatch(/98[.,]4/);
    expect(engine.ask('CET1 at end of March', 'b3').text).toContain('12.0%');
  });
});

const OUTLOOK = [
  '# Larchmont Goods Reports Second Quarter 2026 Results; Raises Full-Year Outlook',
  '',
  '- Diluted EPS was $0.88; adjusted diluted EPS was $1.02.',
  '- Raises full-year 2026 adjusted diluted EPS outlook to $3.90 to $4.00.',
  '',
  '## Outlook',
  '',
  'For the full year 2026, the Company now expects adjusted diluted EPS of $3.90 to $4.00 (previously $3.70 to $3.85). For the third quarter of 2026, the Company expects adjusted diluted EPS of $0.95 to $1.01.',
  '',
  '(In millions, except per share amounts)',
  '',
  '| | Three Months Ended June 30, 2026 | Three Months Ended June 30, 2025 |',
  '|---|---|---|',
  '| Net sales | 812.4 | 790.1 |',
  '| Diluted earnings per share | 0.88 | 0.80 |',
];

describe('guidance for the year and the next quarter of one line, in one paragraph', () => {
  let r!: ReturnType<typeof load>;
  let engine!: ReturnType<typeof createEngine>;
  beforeAll(() => {
    r = load('larchmont.md', OUTLOOK);
    engine = createEngine(new KnowledgeBase([r]));
  });

  it("pairs each range's ends within its own period: never the quarter's low with the year's high", () => {
    const a = engine.ask('Q3 adjusted diluted EPS guidance', 'g1');
    expect(a.text).toContain('between $0.95 and $1.01');
    expect(a.text).not.toContain('$4.00');
  });

  it('reads "adj EPS" as the adjusted figure, a headline verb as no part of its name, and says a range stated twice once', () => {
    const a = engine.ask('FY26 adj EPS guide?', 'g2');
    expect(a.text.match(/between \$3\.90 and \$4\.00/g)).toHaveLength(1);
    expect(r.facts.some((f) => /raises/i.test(f.metric))).toBe(false);
  });

  it('keeps the outlook a revision replaces ("previously ...") as a statement, never a metric', () => {
    expect(r.facts.filter((f) => f.value.toString() === '3.7')).toEqual([]);
  });

  it('declines GAAP guidance where only the adjusted figure is guided, naming what is', () => {
    const a = engine.ask('EPS guidance FY26', 'g3');
    expect(a.status).toBe('unknown');
    expect(a.text).toContain('adjusted diluted EPS');
  });
});

const PLAIN_TEXT = [
  'CORRIDAN TOOL CORP. REPORTS SECOND QUARTER 2026 RESULTS',
  '',
  'DAYTON, OH -- July 30, 2026 -- Corridan Tool Corp. (NYSE: CRDN) today reported results for the',
  'second quarter ended June 30, 2026.',
  '',
  'SECOND QUARTER HIGHLIGHTS',
  '  * Net sales of $140.2 million, up 4.0% from $134.8 million a year ago.',
  '  * Gross margin of 33.1%, up 90 basis points, on pricing and',
  '    a better mix.',
  '  * Diluted EPS of $0.61, compared with $0.55 in the prior-year quarter.',
  '',
  '"We priced ahead of costs," said Dana Morrow, President and CEO. "Orders held up."',
  '',
  'OUTLOOK',
  'The Company now expects full-year 2026 diluted EPS of $2.30 to',
  '$2.45, reflecting pricing and a better mix.',
];

describe('a plain-text release: bullets, an officer abbreviated, a range wrapped over two lines', () => {
  let r!: ReturnType<typeof load>;
  let engine!: ReturnType<typeof createEngine>;
  beforeAll(() => {
    r = load('corridan.txt', PLAIN_TEXT);
    engine = createEngine(new KnowledgeBase([r]));
  });

  it('reads each "*" bullet as a block of its own: the marker is no word of a name', () => {
    expect(r.facts.some((f) => /\*/.test(f.label))).toBe(false);
    expect(r.facts.find((f) => f.metric === 'gross_margin')?.value.toString()).toBe('33.1');
  });

  it('reads "Diluted EPS of $0.61" as an amount per share', () => {
    expect(r.facts.find((f) => f.label === 'Diluted EPS' && f.role === 'value')?.unit).toMatchObject({ kind: 'per_share', basis: 'share' });
  });

  it('gives the words of the "President and CEO" as the CEO\'s', () => {
    const a = engine.ask('what did the CEO say?', 't1');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('priced ahead of costs');
  });

  it('pairs the ends of a range wrapped onto the next line', () => {
    const a = engine.ask('FY26 diluted EPS guidance', 't2');
    expect(a.text).toContain('between $2.30 and $2.45');
  });
});

describe('a dividend per share stated in prose', () => {
  let r!: ReturnType<typeof load>;
  let engine!: ReturnType<typeof createEngine>;
  beforeAll(() => {
    r = load('dividend.md', ['# Pellham Corp. Reports Third Quarter 2026 Results', '', 'On October 20, 2026 the Board declared a quarterly cash dividend of $0.36 per share.', '', 'The Annual General Meeting resolved a dividend of $1.10 per share for the 2025 financial year.']);
    engine = createEngine(new KnowledgeBase([r]));
  });

  it('names it by what was declared or resolved, per share, and answers "per share" but not "per ADS"', () => {
    // Declared after the quarter ended: of the day it was declared, never the third quarter's dividend (hl11 class 5).
    expect(r.facts.filter((f) => f.metric === 'dividend').map((f) => `${periodKey(f.period)}:${f.value}`).sort()).toEqual(['12M-2025-12-31:1.1', '2026-10-20:0.36']);
    // (Asked for the quarter, the dividend declared after it is given with its own date, said to fall after the quarter: value.ts's declared path.)
    expect(engine.ask('dividend per share Q3 2026', 'd1').text).toContain('dates it October 20, 2026, after the period asked ends');
    expect(engine.ask('dividend per ADS Q3 2026', 'd2').status).toBe('unknown');
  });
});

describe('a threshold in prose ("$100,000 or more") counts something; it is no figure of its own', () => {
  let r!: ReturnType<typeof load>;
  beforeAll(() => {
    r = load('threshold.md', ['# Tarnow Software Reports Second Quarter 2026 Results', '', 'Results for the second quarter ended June 30, 2026.', '', '- Customers: 1,204 customers contributed ARR of $100,000 or more, up from 1,010.', '- Net revenue retention was 112%, with 86 customers at $1 million+.']);
  });

  it('keeps the count and leaves the threshold out, by name', () => {
    expect(r.facts.some((f) => f.value.toString() === '100000')).toBe(false);
    expect(r.facts.some((f) => f.value.toString() === '1204')).toBe(true);
    expect(r.nonFigures.some((n) => /threshold/.test(n.reason))).toBe(true);
  });
});
