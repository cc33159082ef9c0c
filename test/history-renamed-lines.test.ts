// One history per line (src/knowledge/history.ts): a label's footnote marks and word forms are no part of
// its identity (lineKey), and a line a later release prints under another name is the same line only
// when the figures say so beyond doubt (the one later line under the same parent printing the same,
// non-zero figure for every period both releases give); anything less stays two lines. A quarterly history
// lists quarters, never the full year; a balance's lists quarter ends. The two releases are synthetic: an
// invented company, written here.
import { describe, expect, it } from 'vitest';
import { buildEngine } from '../src/bot.js';
import type { Answer, Engine } from '../src/intents/answer.js';
import { lineKey } from '../src/knowledge/history.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import { writeTmp } from './knowledge-helpers.js';

describe('a label\'s footnote marks are no part of its line', () => {
  it.each([
    'Net income (1)',
    'Net income(1)',
    'Net income ( 1 )',
    'Net income (1 )',
    'Net income (12)',
    'Net income (a)',
    'Net income (B)',
    'Net income<sup>12</sup>',
    'Net income<sup>(1)</sup>',
    'Net income*',
    'Net income**',
    'Net income*1',
    'Net income*12',
    'Net income**12',
    'Net income1',
    'Net income12',
    'Net incomes',
    'NET INCOME',
  ])('%j is the line "Net income"', (label) => {
    expect(lineKey('statements_of_operations.net_income', label)).toBe(lineKey('statements_of_operations.net_income', 'Net income'));
  });

  it('a mark between two words still parts them ("Adjusted<sup>1</sup>EBITDA" is "Adjusted EBITDA")', () => {
    expect(lineKey('ops.adjusted_ebitda', 'Adjusted<sup>1</sup>EBITDA')).toBe(lineKey('ops.adjusted_ebitda', 'Adjusted EBITDA'));
    expect(lineKey('ops.adjusted_ebitda', 'Adjusted<sup>1</sup>EBITDA')).not.toBe(lineKey('ops.adjusted_ebitda', 'AdjustedEBITDA'));
  });

  it.each([
    ['Net income (123)', 'three digits in parentheses are a figure, not a mark'],
    ['Net income (ab)', 'two letters in parentheses are a word'],
    ['Net income123', 'three digits glued to a word are part of it'],
    ['Net loss', 'another word'],
  ])('%j is another line: %s', (label) => {
    expect(lineKey('statements_of_operations.net_income', label)).not.toBe(lineKey('statements_of_operations.net_income', 'Net income'));
  });

  it('the same label is the same line within a section, whatever the line\'s own id, and another line in another section', () => {
    expect(lineKey('statements_of_operations.net_income_1', 'Net income')).toBe(lineKey('statements_of_operations.net_income', 'Net income (1)'));
    expect(lineKey('segment_results.net_income', 'Net income')).not.toBe(lineKey('statements_of_operations.net_income', 'Net income'));
    expect(lineKey('net_income', 'Net income')).not.toBe(lineKey('statements_of_operations.net_income', 'Net income'));
  });
});

type Row = [string, ...string[]];
const table = (heads: string[], rows: Row[]) => `| US$'000 | ${heads.join(' | ')} |
|---|${heads.map(() => '---').join('|')}|
${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}
`;
const release = (quarter: string, date: string, body: string) => `<!-- Synthetic release for tests: an invented company, invented figures. -->

# Dorado Credit Inc. Reports ${quarter} Results

**NEW YORK, ${date}** — Dorado Credit Inc. (NYSE: DRDO) today reported results for the quarter.

${body}`;

// The Q4 2023 release names its lines one way; the Q1 2024 release (a five-quarter table) renames some.
// Shared periods: Q3 2023 and Q4 2023. The earlier release's highlights state two figures again, one rounded
// ("US$0.9 million"): a line is linked by its table figures, which the rounded one does not replace. A ratio the
// earlier release prints has the digits of a per-share amount the later one prints. The Q1 2024 release guides the next quarter by looser names.
const Q4_2023 = release('Fourth Quarter and Full Year 2023', 'February 20, 2024', `## Highlights

- Lending fees were US$0.9 million in the fourth quarter of 2023, compared to US$0.8 million in the fourth quarter of 2022.
- Custody fees were US$60 thousand in the fourth quarter of 2023.
- Lending fees increased by 12.5% year over year, primarily due to higher loan volumes.
- Cash and cash equivalents were US$6.0 million as of December 31, 2023, compared to US$5.8 million as of September 30, 2023.

## Condensed statements of operations

${table(['Q4 2022', 'Q3 2023', 'Q4 2023'], [
  ['Lending fees', '800', '880', '900'],
  ['Service fees', '200', '290', '300'],
  ['Custody fees', '50', '58', '60'],
  ['Other fees', '30', '58', '60'],
  ['**Total revenues**', '**1,080**', '**1,286**', '**1,320**'],
  ['Marketing expenses', '(100)', '(115)', '(120)'],
  ['Staff costs', '(150)', '(115)', '(120)'],
  ['Other costs', '-', '-', '-'],
  ['**Total expenses**', '**(250)**', '**(230)**', '**(240)**'],
  ['**Net income**', '**830**', '**1,056**', '**1,080**'],
])}
## Key ratios

(in percent)

| Ratio | Q4 2022 | Q3 2023 | Q4 2023 |
|---|---|---|---|
| Credit cost ratio | 0.50 | 0.55 | 0.58 |

## Full year

${table(['FY2022', 'FY2023'], [['Lending fees', '3,000', '3,500'], ['Net income', '3,100', '3,900']])}
## Condensed balance sheets

${table(['December 31, 2022', 'December 31, 2023'], [['Cash and cash equivalents', '5,000', '6,000'], ['Loans receivable', '9,000', '9,500'], ['**Total assets**', '**14,000**', '**15,500**']])}`);

const Q1_2024 = release('First Quarter 2024', 'May 20, 2024', `## Condensed statements of operations

${table(['Q1 2023', 'Q2 2023', 'Q3 2023', 'Q4 2023', 'Q1 2024'], [
  ['Loan fees', '850', '860', '880', '900', '950'],
  ['Platform fees', '210', '280', '295', '300', '320'],
  ['Safekeeping fees', '40', '45', '58', '60', '55'],
  ['Other fees', '20', '25', '58', '60', '70'],
  ['**Total revenue**', '**1,120**', '**1,210**', '**1,291**', '**1,320**', '**1,395**'],
  ['Advertising', '(90)', '(100)', '(115)', '(120)', '(130)'],
  ['Personnel', '(140)', '(130)', '(115)', '(120)', '(125)'],
  ['Sundry costs', '-', '-', '-', '-', '(10)'],
  ['**Total expenses**', '**(230)**', '**(230)**', '**(230)**', '**(240)**', '**(265)**'],
  ['**Net income**', '**890**', '**980**', '**1,061**', '**1,080**', '**1,130**'],
])}
## Per share data

| US$ | Q1 2023 | Q2 2023 | Q3 2023 | Q4 2023 | Q1 2024 |
|---|---|---|---|---|---|
| Dividend per share | 0.52 | 0.53 | 0.55 | 0.58 | 0.60 |

## Operating data

| US$'000 | Q3 2023 | Q4 2023 |
|---|---|---|
| Referral income | 58 | 60 |

## Other data

| US$'000 | December 31, 2023 | March 31, 2024 |
|---|---|---|
| Net loans receivable | 9,200 | 9,600 |

## Business Outlook

For the second quarter of 2024, the Company expects net revenue to be between US$1.40 million and US$1.45 million, group net income of between US$1.10 million and US$1.15 million, net loan fees of about US$1.0 million, consolidated advertising of about US$140 thousand and total personnel of about 1,200 employees.

## Condensed balance sheets

${table(['December 31, 2023', 'March 31, 2024'], [['Cash and cash equivalents', '6,000', '6,400'], ['Loans receivable', '9,500', '9,900'], ['**Total assets**', '**15,500**', '**16,300**']])}`);

// Loaded by the first question, inside a test (not in a hook): a load that fails is that test's failure,
// which a mutation run counts, where a failing hook would leave the file with no tests run.
let engine: Engine | undefined;
const load = () => (engine ??= buildEngine(loadKnowledge([writeTmp('dorado-2023q4.md', Q4_2023), writeTmp('dorado-2024q1.md', Q1_2024)], () => {}).companies));
let n = 0;
const ask = (q: string): Answer => load().ask(q, `renamed-${n++}`);
const LINKED = (earlier: string, later: string) => `(the Q4 2023 release's “${earlier}”, linked to “${later}” by the figures both releases print)`;

describe('a line renamed by a later release', () => {
  it('is one line when the one later line under the same total prints the same figures for both shared quarters', () => {
    expect(ask('loan fees in Q4 2022').text).toBe(`Loan fees were $800 thousand in Q4 2022 ${LINKED('Lending fees', 'Loan fees')}.`);
    // Asked by its earlier name, it is the one line, under its latest name.
    expect(ask('lending fees in Q4 2023').text).toBe('Loan fees were $900 thousand in Q4 2023.');
    // "Total revenues" and "Total revenue" are one total (one line by their words), so their parts are matched under it.
    expect(ask('total revenue in Q4 2022').text).toBe('Total revenue was $1.08 million in Q4 2022.');
  });

  it('keeps the earlier release\'s reason for the line\'s change, found by the line\'s latest name', () => {
    expect(ask('why did loan fees increase in Q4 2023?').text).toBe('The release\'s reason for the change in Loan fees:\n“Lending fees increased by 12.5% year over year, primarily due to higher loan volumes.” (line 11)');
  });

  it('is one line when the other later lines it matches are one the earlier release prints itself or one under another total (neither is a candidate)', () => {
    // "Other fees" prints 58 and 60 too, but the Q4 2023 release has its own "Other fees".
    expect(ask('safekeeping fees in Q4 2022').text).toBe(`Safekeeping fees were $50 thousand in Q4 2022 ${LINKED('Custody fees', 'Safekeeping fees')}.`);
    expect(ask('other fees in Q4 2022').text).toBe('Other fees were $30 thousand in Q4 2022.');
    // "Referral income" prints 58 and 60 as well, but under no total: not a candidate for a part of revenue.
    expect(ask('referral income in Q4 2023').text).toBe('Referral income was $60 thousand in Q4 2023.');
  });

  it('stays two lines when one shared quarter differs, though the other matches', () => {
    expect(ask('platform fees in Q4 2022').text).toMatch(/^The release doesn't give Platform fees for Q4 2022 /);
    expect(ask('service fees in Q4 2022').text).toBe('Service fees were $200 thousand in Q4 2022.');
  });

  it('stays two lines when two later lines print the same figures: never a guess', () => {
    expect(ask('advertising in Q4 2022').text).toMatch(/^The release doesn't give Advertising for Q4 2022 /);
    expect(ask('personnel in Q4 2022').text).toMatch(/^The release doesn't give Personnel for Q4 2022 /);
    expect(ask('marketing expenses in Q4 2022').text).toBe('Marketing expenses were $100 thousand in Q4 2022 (an expense, printed in parentheses in the release).');
  });

  it('stays two lines when the same digits are of another kind: a ratio in percent is no dollar amount per share', () => {
    expect(ask('dividend per share in Q4 2022').text).toMatch(/^The release doesn't give Dividend per share for Q4 2022 /);
    expect(ask('credit cost ratio in Q4 2022').text).toBe('Credit cost ratio was 0.50% in Q4 2022.');
    expect(ask('dividend per share in Q3 2023').text).toBe('Dividend per share was $0.55 in Q3 2023.');
  });

  it('stays two lines when the figures both print are nil', () => {
    expect(ask('sundry costs in Q4 2022').text).toMatch(/^The release doesn't give Sundry costs for Q4 2022 /);
  });
});

describe('a history lists the periods of its kind', () => {
  it('asked for every quarter: a flow\'s three-month figures only, never the full year its release also prints', () => {
    expect(ask('loan fees each quarter').text).toBe(`Loan fees, Q4 2022–Q1 2024 (6 quarters): Q4 2022 $800 thousand ${LINKED('Lending fees', 'Loan fees')}; Q1 2023 $850 thousand; Q2 2023 $860 thousand; Q3 2023 $880 thousand; Q4 2023 $900 thousand; Q1 2024 $950 thousand.`);
    expect(ask('net income each quarter').text).toMatch(/^Net income, Q4 2022–Q1 2024 \(6 quarters\): Q4 2022 \$830 thousand; Q1 2023 \$890 thousand; Q2 2023 \$980 thousand; Q3 2023 \$1\.06 million .*; Q4 2023 \$1\.08 million; Q1 2024 \$1\.13 million\.$/);
    expect(ask('credit cost ratio each quarter').text).toBe('Credit cost ratio, Q4 2022–Q4 2023 (3 quarters): Q4 2022 0.50%; Q3 2023 0.55%; Q4 2023 0.58%.');
  });

  it('asked for every quarter end: a balance\'s, with the one only its release\'s highlights state', () => {
    expect(ask('cash and cash equivalents each quarter').text).toBe('Cash and cash equivalents, December 31, 2022–March 31, 2024 (4 quarter ends): December 31, 2022 $5.0 million; September 30, 2023 $5.8 million; December 31, 2023 $6.0 million; March 31, 2024 $6.4 million.');
  });

  it('a flow\'s quarters, oldest first, never the full year a release also prints', () => {
    const a = ask('loan fees since Q4 2022');
    expect(a.text).toBe(`Loan fees, Q4 2022–Q1 2024 (6 quarters): Q4 2022 $800 thousand ${LINKED('Lending fees', 'Loan fees')}; Q1 2023 $850 thousand; Q2 2023 $860 thousand; Q3 2023 $880 thousand; Q4 2023 $900 thousand; Q1 2024 $950 thousand.`);
    expect(a.text).not.toMatch(/FY|3,500|3\.5 million/);
  });

  it('a balance\'s quarter ends, oldest first, with one only its own release\'s highlights state (September 30, 2023)', () => {
    const a = ask('cash and cash equivalents since Q4 2022');
    expect(a.text.split('\n')[0]).toBe('Cash and cash equivalents, December 31, 2022–March 31, 2024 (4 quarter ends): December 31, 2022 $5.0 million; September 30, 2023 $5.8 million; December 31, 2023 $6.0 million; March 31, 2024 $6.4 million.');
    expect(a.text.split('\n')[1]).toBe("The releases loaded don't give Cash and cash equivalents for March 31, 2023 and June 30, 2023.");
  });
});

describe('guidance that names a line loosely is that line\'s', () => {
  it.each([
    ['revenue guidance for Q2 2024', 'For Q2 2024, the company expects Total revenue between $1.40 million and $1.45 million.'],
    ['net income guidance', 'For Q2 2024, the company expects Net income between $1.10 million and $1.15 million.'],
    ['what is the outlook for advertising', 'For Q2 2024, the company expects Advertising of $140 thousand.'],
  ])('"net revenue", "group net income", "consolidated advertising": qualifiers aside, the line\'s words (%s)', (q, text) => {
    expect(ask(q).text).toBe(text);
  });

  it('"net loan fees" is the line the latest release calls "Loan fees" (the Q4 2023 release\'s "Lending fees")', () => {
    expect(ask('loan fees guidance').text).toBe('For Q2 2024, the company expects Loan fees of $1.0 million.');
  });

  it('a reported line is never folded into another reported line of the same name but for a qualifier ("Net loans receivable", "Loans receivable")', () => {
    expect(ask('net loans receivable at March 31, 2024').text).toBe('Net loans receivable was $9.6 million as of March 31, 2024.');
    expect(ask('net loans receivable at December 31, 2023').text).toBe('Net loans receivable was $9.2 million as of December 31, 2023.');
    expect(ask('loans receivable at March 31, 2024').text).toBe('Loans receivable was $9.9 million as of March 31, 2024.');
  });

  it('"total personnel" counted in employees is not the "Personnel" expense', () => {
    expect(ask('personnel guidance').text).toMatch(/^The release gives no guidance for Personnel; it guides .*total personnel for Q2 2024\.$/);
  });
});
