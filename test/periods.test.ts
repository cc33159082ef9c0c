// The period grammar's corpus, in the manner of Duckling: phrases and the period each must resolve to,
// against a fixed reference, the release's own quarter (Q1 2024). Each example is data; the test runs
// them all, on the phrase as typed, after normalise() (what the engine parses) and inside a question.
//
// `bug` marks an example the grammar gets wrong today: it runs as an expected failure (test.fails), so
// the suite stays green while the gap is on record (QFIN_SHOW_KNOWN_BUGS=1 runs them as ordinary tests), and turns red the day the grammar is fixed, when
// the mark should go.
import { describe, expect, it } from 'vitest';
import { findPeriods, resolveRef } from '../src/intents/periods.js';
import { normalise } from '../src/intents/text.js';
import { periodKey, quarter } from '../src/knowledge/period.js';

const RELEASE = quarter(2024, 1);
/** QFIN_SHOW_KNOWN_BUGS=1 runs the known-bug examples as ordinary tests, to see what they give today. */
const SHOW_BUGS = process.env.QFIN_SHOW_KNOWN_BUGS === '1';

/** A resolved period by its key ('2023Q4', '2023-12-31'), or 'unsupported'. */
type Resolved = string;

interface Example {
  text: string;
  /** What the phrase must resolve to, left to right; [] for no period at all. */
  want: Resolved[];
  /** Why the grammar gets it wrong today (runs as test.fails). */
  bug?: string;
}

const POSITIVE: Example[] = [
  // quarter and year, the ways analysts write them
  { text: 'Q1 2024', want: ['2024Q1'] },
  { text: 'q1 2024', want: ['2024Q1'] },
  { text: '1Q24', want: ['2024Q1'] },
  { text: '1Q 2024', want: ['2024Q1'] },
  { text: "1Q'24", want: ['2024Q1'] },
  { text: "Q1'24", want: ['2024Q1'] },
  { text: 'Q1’24', want: ['2024Q1'] },
  { text: "Q1 '24", want: ['2024Q1'] },
  { text: 'Q1-24', want: ['2024Q1'] },
  { text: 'Q1/24', want: ['2024Q1'] },
  { text: 'Q1 24', want: ['2024Q1'] },
  { text: 'Q1 FY24', want: ['2024Q1'] },
  { text: '2024 Q1', want: ['2024Q1'] },
  { text: '2024Q1', want: ['2024Q1'] },
  { text: '2024-Q1', want: ['2024Q1'] },
  { text: 'FY2024 Q1', want: ['2024Q1'] },
  { text: 'FY24 Q1', want: ['2024Q1'], bug: 'the year-quarter rule (named "2024 Q1, 2024Q1, FY24 Q1") takes only four-digit years: "FY24" becomes FY2024 and "Q1" a bare quarter' },
  { text: 'Q1', want: ['2024Q1'] },
  { text: '1Q', want: ['2024Q1'] },
  // a quarter without a year is the latest one up to the release's
  { text: 'Q4', want: ['2023Q4'] },
  { text: 'Q2', want: ['2023Q2'] },
  { text: 'the fourth quarter', want: ['2023Q4'] },
  { text: 'second quarter', want: ['2023Q2'] },
  { text: 'Q4 2023', want: ['2023Q4'] },
  { text: "Q4'23", want: ['2023Q4'] },
  { text: '4Q23', want: ['2023Q4'] },
  { text: '3Q 2023', want: ['2023Q3'] },
  { text: "Q1 '23", want: ['2023Q1'] },
  { text: 'Q1 2023', want: ['2023Q1'] },
  { text: 'quarter 4 2023', want: ['2023Q4'] },
  { text: 'quarter one', want: ['2024Q1'] },
  // ordinal quarters
  { text: 'first quarter', want: ['2024Q1'] },
  { text: 'the first quarter', want: ['2024Q1'] },
  { text: '1st quarter', want: ['2024Q1'] },
  { text: 'first quarter of 2024', want: ['2024Q1'] },
  { text: 'first quarter 2024', want: ['2024Q1'] },
  { text: 'first fiscal quarter of 2024', want: ['2024Q1'] },
  { text: 'first quarter of fiscal 2024', want: ['2024Q1'] },
  { text: 'fourth quarter of 2023', want: ['2023Q4'] },
  { text: '4th quarter 2023', want: ['2023Q4'] },
  { text: 'the first quarter of 2023', want: ['2023Q1'] },
  // relative to the release's quarter
  { text: 'this quarter', want: ['2024Q1'] },
  { text: 'the current quarter', want: ['2024Q1'] },
  { text: 'the latest quarter', want: ['2024Q1'] },
  { text: 'the most recent quarter', want: ['2024Q1'] },
  { text: 'the reported period', want: ['2024Q1'] },
  { text: 'last quarter', want: ['2023Q4'] },
  { text: 'the prior quarter', want: ['2023Q4'] },
  { text: 'previous quarter', want: ['2023Q4'] },
  { text: 'preceding quarter', want: ['2023Q4'] },
  { text: 'a quarter ago', want: ['2023Q4'] },
  { text: 'a quarter earlier', want: ['2023Q4'] },
  { text: 'the quarter before', want: ['2023Q4'] },
  { text: "last quarter's", want: ['2023Q4'] },
  { text: 'a year ago', want: ['2023Q1'] },
  { text: 'a year earlier', want: ['2023Q1'] },
  { text: 'a year before', want: ['2023Q1'] },
  { text: 'same period last year', want: ['2023Q1'] },
  { text: 'the same quarter last year', want: ['2023Q1'] },
  { text: 'the same period of last year', want: ['2023Q1'] },
  { text: 'the same quarter of the prior year', want: ['2023Q1'] },
  { text: 'prior-year quarter', want: ['2023Q1'] },
  { text: 'the prior year period', want: ['2023Q1'] },
  { text: 'year-ago quarter', want: ['2023Q1'] },
  { text: 'year earlier', want: ['2023Q1'], bug: 'only "a year earlier" is a rule; the bare "year earlier" (as in "the year-earlier quarter") names no period' },
  { text: 'the year-earlier quarter', want: ['2023Q1'], bug: 'no rule for "year-earlier"' },
  {
    text: 'the same period of 2023',
    want: ['2023Q1'],
    bug: 'the release\'s own wording ("compared to RMB3,599.2 million in the same period of 2023"): "of 2023" is read as FY2023, so the engine declines "What was total net revenue in the same period of 2023?"',
  },
  // balance-sheet dates
  { text: 'year end', want: ['2023-12-31'] },
  { text: 'year-end', want: ['2023-12-31'] },
  { text: 'at year end', want: ['2023-12-31'] },
  { text: 'year-end 2023', want: ['2023-12-31'] },
  { text: 'fiscal year end', want: ['2023-12-31'] },
  { text: 'end of last year', want: ['2023-12-31'] },
  { text: 'end of the prior year', want: ['2023-12-31'] },
  { text: 'end of 2023', want: ['2023-12-31'] },
  { text: 'Dec 31 2023', want: ['2023-12-31'] },
  { text: 'Dec. 31, 2023', want: ['2023-12-31'] },
  { text: 'December 31, 2023', want: ['2023-12-31'] },
  { text: '31 December 2023', want: ['2023-12-31'] },
  { text: '31 Dec 2023', want: ['2023-12-31'] },
  { text: 'as of March 31', want: ['2024-03-31'] },
  { text: 'as of March 31, 2024', want: ['2024-03-31'] },
  { text: 'March 31st, 2024', want: ['2024-03-31'] },
  { text: 'as of March 31, 2023', want: ['2023-03-31'] },
  { text: 'end of the quarter', want: ['2024-03-31'] },
  { text: 'at the end of the period', want: ['2024-03-31'] },
  { text: 'quarter-end', want: ['2024-03-31'] },
  { text: 'quarter end', want: ['2024-03-31'] },
  { text: 'period end', want: ['2024-03-31'] },
  {
    text: 'as of December 31',
    want: ['2023-12-31'],
    bug: 'a date without a year takes the release\'s year, so "December 31" becomes 2024-12-31, a date after the release; it should be the latest such date on or before the release\'s quarter end',
  },
  { text: 'end of Q4 2023', want: ['2023-12-31'], bug: 'the quarter-year rule takes "Q4 2023" first (a duration), so the quarter-end rule never sees "end of Q4 2023"' },
  { text: 'end of Q1', want: ['2024-03-31'], bug: 'the bare-quarter rule takes "Q1" first (a duration), so the quarter-end rule never sees "end of Q1"' },
  { text: 'end of last quarter', want: ['2023-12-31'], bug: 'resolves to the prior quarter as a duration (2023Q4), not its balance-sheet date' },
  { text: '2023-12-31', want: ['2023-12-31'], bug: 'no rule for ISO dates' },
  // the release's own period phrase
  { text: 'the three months ended March 31, 2024', want: ['2024Q1'], bug: '"three months ended <date>" is read as the instant March 31, 2024, not the quarter' },
  { text: 'the three months ended March 31, 2023', want: ['2023Q1'], bug: '"three months ended <date>" is read as the instant March 31, 2023, not the quarter Q1 2023' },
  // combinations
  { text: 'Q1 2024 vs Q1 2023', want: ['2024Q1', '2023Q1'] },
  { text: 'Q4 2023 and Q1 2024', want: ['2023Q4', '2024Q1'] },
  { text: 'March 31, 2024 versus December 31, 2023', want: ['2024-03-31', '2023-12-31'] },
  { text: 'Q1 of 2023', want: ['2023Q1'], bug: 'read as two periods: bare "Q1" (Q1 2024) and "of 2023" (FY2023); the engine answers "What was revenue in Q1 of 2023?" with Q1 2024 revenue' },
  { text: 'the first quarter of last year', want: ['2023Q1'], bug: 'read as two periods: "first quarter" (Q1 2024) and "last year" (a year ago, Q1 2023); the engine answers with both' },
  { text: 'the last quarter of 2023', want: ['2023Q4'], bug: 'read as "last quarter" (prior quarter) plus "of 2023" (FY2023)' },
];

/**
 * Periods a quarterly release does not print (full years, halves, nine months): each resolves to its
 * own span (periodKey "12M-2023-12-31"), never to a quarter or a date, so the engine can say the
 * release does not give it (and a Q4 release that prints the full year can answer). Without a year,
 * the latest such span ended by the release's quarter.
 */
const SPANS: Example[] = [
  { text: 'FY2023', want: ['12M-2023-12-31'] },
  { text: 'FY23', want: ['12M-2023-12-31'] },
  { text: 'FY 2023', want: ['12M-2023-12-31'] },
  { text: 'fiscal year 2023', want: ['12M-2023-12-31'] },
  { text: 'fiscal 2023', want: ['12M-2023-12-31'] },
  { text: 'full year', want: ['12M-2023-12-31'] },
  { text: 'full-year 2023', want: ['12M-2023-12-31'] },
  { text: 'the whole year', want: ['12M-2023-12-31'] },
  { text: 'twelve months', want: ['12M-2023-12-31'] },
  { text: 'in 2023', want: ['12M-2023-12-31'] },
  { text: 'during 2023', want: ['12M-2023-12-31'] },
  { text: 'for 2024', want: ['12M-2024-12-31'] },
  // a bare year is the year
  { text: '2023', want: ['12M-2023-12-31'] },
  { text: '2024 revenue', want: ['12M-2024-12-31'] },
  { text: 'H1 2024', want: ['6M-2024-06-30'] },
  { text: '1H24', want: ['6M-2024-06-30'] },
  { text: '1H 2024', want: ['6M-2024-06-30'] },
  { text: 'first half of 2024', want: ['6M-2024-06-30'] },
  { text: 'half year 2024', want: ['6M-2024-06-30'] },
  { text: 'first half', want: ['6M-2023-06-30'] },
  { text: 'six months', want: ['6M-2023-06-30'] },
  { text: 'H2', want: ['6M-2023-12-31'] },
  { text: 'H2 2023', want: ['6M-2023-12-31'] },
  { text: 'second half of 2023', want: ['6M-2023-12-31'] },
  { text: 'nine months', want: ['9M-2023-09-30'] },
  { text: '9M24', want: ['9M-2024-09-30'] },
  // Year to date at the end of a first quarter is that quarter.
  { text: 'year to date', want: ['2024Q1'] },
  { text: 'year-to-date', want: ['2024Q1'] },
  { text: 'YTD', want: ['2024Q1'] },
  // The releases' own "<span> ended <date>" phrases.
  {
    text: 'the year ended December 31, 2023',
    want: ['12M-2023-12-31'],
    bug: 'the year-end rule takes "year ended" (an instant) and the date rule "December 31, 2023" (another), so the full-year rule\'s "year ended December 31, 2023" branch never matches; the engine then answers "net income for the year ended December 31, 2023" with the Q4 2023 figure, twice',
  },
  { text: 'the twelve months ended December 31, 2023', want: ['12M-2023-12-31'], bug: 'the date rule runs before the span rules and takes "December 31, 2023": read as the instant 2023-12-31' },
  { text: 'six months ended June 30, 2024', want: ['6M-2024-06-30'], bug: 'the date rule runs before the half-year rule and takes "June 30, 2024": read as the instant 2024-06-30 (the engine then speaks of Q2 2024)' },
  { text: 'nine months ended September 30, 2023', want: ['9M-2023-09-30'], bug: 'the date rule runs before the nine-month rule and takes "September 30, 2023": read as the instant 2023-09-30 (the engine then speaks of Q3 2023)' },
];

/** Periods no release reports: unsupported, with a reason. */
const UNSUPPORTED: Example[] = [
  { text: 'TTM', want: ['unsupported'] },
  { text: 'LTM', want: ['unsupported'] },
  { text: 'trailing twelve months', want: ['unsupported'], bug: 'the full-year rule (earlier) takes "twelve months", so the trailing-twelve-months rule never sees it: read as FY2023' },
  { text: 'last twelve months', want: ['unsupported'], bug: 'the full-year rule (earlier) takes "twelve months": read as FY2023' },
  { text: 'the last 12 months', want: ['unsupported'], bug: 'read as FY2023 ("12 months"); "last 12 months" is a trailing period' },
];

/** Not periods at all: numbers, metric names, impossible quarters and dates. */
const NEGATIVE: Example[] = [
  { text: 'Q5', want: [] },
  { text: 'Q0', want: [] },
  { text: 'March 32', want: [] },
  { text: '90 day+', want: [] },
  { text: '90+ dpd', want: [] },
  { text: '90 day+ delinquency rate', want: [] },
  { text: '30-day', want: [] },
  { text: '30-day collection rate', want: [] },
  { text: 'Day-1', want: [] },
  { text: 'day-1 delinquency rate', want: [] },
  { text: 'D1', want: [] },
  { text: 'RMB 4,153', want: [] },
  { text: 'RMB4,153.2 million', want: [] },
  { text: 'RMB 2,024 million', want: [] },
  { text: 'RMB 6m', want: [] },
  { text: '3.35%', want: [] },
  { text: '10.10 months', want: [] },
  { text: '17,524,872 loans', want: [] },
  { text: '159 financial institutional partners', want: [] },
  { text: 'net income per ADS', want: [] },
  { text: 'quarterly revenue', want: [] },
  // "annual growth" is year-over-year growth, not a period (periods.ts, by design).
  { text: 'annual', want: [] },
  { text: 'annual growth', want: [] },
  { text: 'US$9m', want: [], bug: 'the nine-month rule reads "9m" (nine million) as nine months: 9M-2023-09-30' },
  { text: 'February 30, 2024', want: [], bug: 'the date rule accepts any day up to 31 in any month: gives the impossible date 2024-02-30' },
  { text: 'April 31', want: [], bug: 'the date rule accepts any day up to 31 in any month: gives the impossible date 2024-04-31' },
];

const resolveAll = (text: string): Resolved[] =>
  findPeriods(text, RELEASE).map((ref) => {
    if (ref.kind === 'unsupported') return 'unsupported';
    const p = resolveRef(ref, RELEASE);
    return p ? periodKey(p) : 'unresolved';
  });

function run(examples: Example[]) {
  for (const ex of examples) {
    const name = `${JSON.stringify(ex.text)} → ${ex.want.length ? ex.want.join(', ') : 'no period'}${ex.bug ? ` [known bug: ${ex.bug}]` : ''}`;
    const check = () => {
      expect(resolveAll(ex.text), 'as typed').toEqual(ex.want);
      expect(resolveAll(normalise(ex.text)), 'normalised').toEqual(ex.want);
      expect(resolveAll(normalise(`What was total net revenue, ${ex.text}?`)), 'in a question').toEqual(ex.want);
    };
    if (ex.bug && !SHOW_BUGS) it.fails(name, check);
    else it(name, check);
  }
}

describe('period grammar, against the release quarter Q1 2024', () => {
  describe('positive examples resolve to their period', () => run(POSITIVE));
  describe('full years, halves and nine months resolve to their own span, never to a quarter or a date', () => run(SPANS));
  describe('trailing periods are unsupported', () => run(UNSUPPORTED));
  describe('negative examples name no period', () => run(NEGATIVE));

  it('an unsupported period says why', () => {
    const [ref] = findPeriods('TTM', RELEASE);
    expect(ref?.kind).toBe('unsupported');
    expect(ref?.kind === 'unsupported' && ref.reason).toMatch(/TTM/i);
  });

  it('relative references follow the anchor they are resolved against', () => {
    const [prior] = findPeriods('prior quarter', RELEASE);
    const [ago] = findPeriods('a year ago', RELEASE);
    const q4 = quarter(2023, 4);
    expect(periodKey(resolveRef(prior!, q4)!)).toBe('2023Q3');
    expect(periodKey(resolveRef(ago!, q4)!)).toBe('2022Q4');
    // Against a balance-sheet date, the prior quarter is the prior quarter's end.
    expect(periodKey(resolveRef(prior!, { kind: 'instant', date: '2024-03-31' })!)).toBe('2023-12-31');
  });

  it('each phrase is reported with the text it was read from', () => {
    const refs = findPeriods('revenue in q1 2024 vs the prior quarter', RELEASE);
    expect(refs.map((r) => r.text)).toEqual(['q1 2024', 'the prior quarter']);
  });
});
