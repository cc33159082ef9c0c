// Quarters across releases whose statement columns are headed by end dates only, under a caption line
// ("Three months ended:"): each column is that quarter, never a balance date, so a year-ago column answers
// the quarter asked and flows are never named "as of". Derived figures (a sum over quarters, a gap to
// guidance) come from the figures as printed, in thousands, and are rounded once. The releases are
// synthetic (an invented company, marked so in line 1), written inline.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildEngine } from '../src/bot.js';
import { groupByIssuer } from '../src/knowledge/companies.js';
import { inlineRelease } from './support/inline.js';

/** One quarter's release: revenue of this quarter, the one before and a year before, in thousands, and a guide for the next. */
function release(q: number, ends: [string, string, string], revenue: [string, string, string], guide: string): string[] {
  return [
    'SYNTHETIC — invented issuer, for testing',
    `# Wrenfield Analytics Reports Q${q} 2025 Results`,
    `Wrenfield Analytics, Inc. (NASDAQ: WRNF) today announced results for its quarter ended ${ends[0]}.`,
    '## Outlook',
    `For the next quarter, Wrenfield Analytics expects total revenue of ${guide}.`,
    '## Condensed Statements of Operations',
    '',
    'Three months ended:',
    '',
    `| (in thousands) | ${ends.join(' | ')} |`,
    '|---|---:|---:|---:|',
    `| Total revenue | ${revenue.join(' | ')} |`,
    '| Net income | 4,821 | 3,210 | 1,105 |',
    '## Balance Sheet',
    '',
    `| (in thousands) | ${ends[0]} | December 31, 2024 |`,
    '|---|---:|---:|',
    '| Cash and equivalents | 250,114 | 231,902 |',
  ];
}

const q2 = release(2, ['June 30, 2025', 'March 31, 2025', 'June 30, 2024'], ['61,918', '58,486', '50,905'], '$62.0 million to $64.0 million');
const q3 = release(3, ['September 30, 2025', 'June 30, 2025', 'September 30, 2024'], ['65,025', '61,918', '53,140'], '$66.0 million to $68.0 million');
let engine: ReturnType<typeof buildEngine>;
beforeAll(() => {
  engine = buildEngine(groupByIssuer([inlineRelease(q2, 'wrnf-2025q2.md'), inlineRelease(q3, 'wrnf-2025q3.md')]));
});
let n = 0;
const ask = (q: string) => engine.ask(q, `c${n++}`);

describe('a column headed only by its end date under "Three months ended:"', () => {
  it('is the quarter that ends on that date: a year-ago column answers the quarter asked', () => {
    const a = ask('revenue in Q3 2024');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('$53.1 million in Q3 2024');
    expect(a.citations.map((c) => c.quote)).toContain('| Total revenue | 65,025 | 61,918 | 53,140 |');
  });

  it('gives each quarter its change from a year earlier, from the year-ago columns', () => {
    const a = ask('revenue growth yoy for each quarter of 2025');
    expect(a.text).toContain('Q2 2025 $61.9 million, up 21.6% from $50.9 million in Q2 2024');
    expect(a.text).toContain('Q3 2025 $65.0 million, up 22.4% from $53.1 million in Q3 2024');
  });

  it('names a flow by its quarter, never by a balance date, while a balance sheet column stays a date', () => {
    expect(ask('net income in Q2 2025').text).not.toMatch(/as of/);
    expect(ask('cash and equivalents at June 30, 2025').text).toContain('as of June 30, 2025');
  });
});

describe('figures derived along quarters, from the figures as printed', () => {
  it('adds the quarters in thousands and rounds the sum once', () => {
    // 58,486 + 61,918 + 65,025 = 185,429 thousand: $185.4 million (the rounded quarters add up to $185.5 million).
    const a = ask('total revenue over Q1 2025, Q2 2025 and Q3 2025 added up');
    expect(a.text).toContain('$185.4 million');
    expect(a.text).toContain('58,486 + 61,918 + 65,025');
  });

  it('sets guidance against the actual in thousands: the gap is not rounded to the guide\'s tenth of a million', () => {
    // 65,025 thousand against $62.0–64.0 million: 1,025 thousand above the top, 2,025 thousand (3.2%) above the midpoint.
    const a = ask('did they beat Q3 2025 revenue guidance');
    expect(a.text).toContain('$1.03 million above the top of the range: $2.03 million (3.2%) above the midpoint of $63.0 million');
  });
});

describe('along the quarters of a thread or a year', () => {
  it('answers "growth from the first to the last?" after a series with the one change between its ends, both cited', () => {
    engine.ask('revenue each quarter', 'ends');
    const a = engine.ask('growth from the first to the last?', 'ends');
    // (65,025 − 50,905) ÷ 50,905 = 27.7%
    expect(a.text).toContain('was $65.0 million in Q3 2025, up 27.7% from $50.9 million in Q2 2024');
    expect(a.citations.map((c) => c.quote).sort()).toEqual(['| Total revenue | 61,918 | 58,486 | 50,905 |', '| Total revenue | 65,025 | 61,918 | 53,140 |']);
  });

  it('reads "QoQ growth over 2025" as the changes along the quarters of 2025, not the fiscal year', () => {
    const a = ask('qoq revenue growth over 2025');
    expect(a.text).toContain('Q2 2025 $61.9 million, up 5.9% from Q1 2025; Q3 2025 $65.0 million, up 5.0% from Q2 2025');
    expect(a.text).not.toMatch(/FY2025|2024/);
  });
});
