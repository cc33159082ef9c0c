// The period grammar's corpus, in the manner of Duckling: phrases and the period each must resolve to,
// against a fixed reference, the release's own quarter (Q1 2024). Each example is data; the test runs
// them all, on the phrase as typed, after normalise() (what the engine parses) and inside a question.
//
import { describe, expect, it } from 'vitest';
import { findPeriods } from '../src/knowledge/period-grammar.js';
import { resolveRef } from '../src/knowledge/period-resolvers.js';
import { normalise } from '../src/intents/text.js';
import { periodKey, quarter, type Period } from '../src/knowledge/period.js';

const RELEASE = quarter(2024, 1);

/** A resolved period by its key ('2023Q4', '2023-12-31'), or 'unsupported'. */
type Resolved = string;

interface Example {
  text: string;
  /** What the phrase must resolve to, left to right; [] for no period at all. */
  want: Resolved[];
  /** Why the grammar gets it wrong today (runs as test.fails). */
}

const POSITIVE: Example[] = [
  // analysts' shorthand: month-year, year end, numeric months ended, last year's quarter, end of a bare quarter
  { text: 'Dec-23', want: ['2023-12-31'] },
  { text: '31-Mar-2024', want: ['2024-03-31'] },
  { text: '31-Dec-23', want: ['2023-12-31'] },
  { text: 'Mar-31-2024', want: ['2024-03-31'] },
  // Month-day-yy as US analysts type it: the day, never the year 2031 ("Mar-31" read as a month-year before).
  { text: 'Mar-31-24', want: ['2024-03-31'] },
  { text: 'Dec-31-23', want: ['2023-12-31'] },
  { text: 'dec q vs sep q', want: ['2023Q4', '2023Q3'] },
  // "at Mar-31": a number after a hyphen that is no plausible year is the month's day (was March 2031).
  { text: 'at Mar-31', want: ['2024-03-31'] },
  { text: 'Sep-30', want: ['2023-09-30'] },
  { text: 'Dec-19', want: ['2019-12-31'] },
  { text: 'cash at Sep-30-23', want: ['2023-09-30'] },
  { text: '31-Mar-24', want: ['2024-03-31'] },
  // A two-digit year after an apostrophe: "Jun 30 '24" is June 30, 2024 (it was the June 30 before the release).
  { text: "Jun 30 '24", want: ['2024-06-30'] },
  { text: "Dec 31 '23", want: ['2023-12-31'] },
  { text: "31 Mar '24", want: ['2024-03-31'] },
  // A third number after month and day is the year, cut to two digits: never left unread for this year's day.
  { text: 'june 28 03', want: ['2003-06-28'] },
  { text: 'vs July 3, 04?', want: ['2004-07-03'] },
  { text: '30-Jun-2023', want: ['2023-06-30'] },
  { text: "Jun'24", want: ['2024-06-30'] },
  { text: 'Mar-23', want: ['2023-03-31'] },
  { text: 'Mar 24', want: ['2024-03-31'] },
  // month and year glued, as typed in a hurry: "mar24", "dec23"; a day glued after the month, "dec31"
  { text: 'mar24', want: ['2024-03-31'] },
  { text: 'short term loans on BS mar24', want: ['2024-03-31'] },
  { text: 'dec23', want: ['2023-12-31'] },
  { text: 'as of dec31', want: ['2023-12-31'] },
  { text: 'as of march2024', want: ['2024-03-31'] },
  { text: 'Dec 23', want: ['2023-12-31'] },
  { text: 'Sep/23', want: ['2023-09-30'] },
  { text: 'YE23', want: ['2023-12-31'] },
  { text: 'YE 2023', want: ['2023-12-31'] },
  { text: "FYE'23", want: ['2023-12-31'] },
  { text: 'the three months ended 3/31/23', want: ['2023Q1'] },
  { text: "last year's Q1", want: ['2023Q1'] },
  { text: "the prior year's first quarter", want: ['2023Q1'] },
  { text: 'end of 1q', want: ['2024-03-31'] },
  // "end" before a bare quarter without "of": its last day, never a word of a line's name
  { text: 'total liabs end Q1', want: ['2024-03-31'] },
  { text: 'end-q4', want: ['2023-12-31'] },
  // a month's end said as analysts say it; the year end without a year; a span "to" a date; a year before its quarter
  { text: 'march-end 2024', want: ['2024-03-31'] },
  { text: 'Dec-end 23', want: ['2023-12-31'] },
  { text: 'end-March', want: ['2024-03-31'] },
  { text: 'september end', want: ['2023-09-30'] },
  { text: 'at fiscal YE', want: ['2023-12-31'] },
  { text: 'YE', want: ['2023-12-31'] },
  { text: 'three months to 3/31/2023', want: ['2023Q1'] },
  { text: 'the quarter to December 31, 2023', want: ['2023Q4'] },
  // a quarter named by its last month and year, as column headers and analysts write it (never the month alone)
  { text: 'Dec 2023 Qtr', want: ['2023Q4'] },
  { text: 'September 2023 quarter', want: ['2023Q3'] },
  { text: "dec-23 qtr", want: ['2023Q4'] },
  { text: "the Mar'24 quarter", want: ['2024Q1'] },
  { text: '2023 first quarter', want: ['2023Q1'] },
  { text: '2023 fourth quarter', want: ['2023Q4'] },
  { text: 'vs last Q', want: ['2023Q4'] },
  // quarter and year, the ways analysts write them
  { text: 'Q1 2024', want: ['2024Q1'] },
  { text: 'q1 2024', want: ['2024Q1'] },
  { text: '1Q24', want: ['2024Q1'] },
  { text: '1Q 2024', want: ['2024Q1'] },
  { text: '3Q-23', want: ['2023Q3'] },
  { text: '3T26', want: ['2026Q3'] },
  { text: '2T-2026', want: ['2026Q2'] },
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
  // written as one word, as Indian releases head their columns, or with "F" for "FY" (the release dates the name)
  { text: 'Q1FY24', want: ['2024Q1'] },
  { text: 'Q1 F2024', want: ['2024Q1'] },
  { text: '1Q F24', want: ['2024Q1'] },
  { text: 'FY24 Q1', want: ['2024Q1'] },
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
  // "Fiscal" names the issuer's own quarter (a calendar issuer's is the calendar quarter: the knowledge base looks it up so).
  { text: 'first quarter of fiscal 2024', want: ['FY2024Q1'] },
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
  // The same relative periods written with a hyphen, as an adjective before a line (r38-lk27 "prior-quarter income before tax").
  { text: 'prior-quarter', want: ['2023Q4'] },
  { text: 'last-quarter revenue', want: ['2023Q4'] },
  { text: "the prior-year's Q1", want: ['2023Q1'] },
  { text: 'prior-year net income', want: ['12M-2023-12-31'] },
  { text: 'prior year net income', want: ['12M-2023-12-31'] },
  // "last year's" before a line is the year, as "last year" after it is (it was read as no period, and the release's quarter answered).
  { text: "last year's net income", want: ['12M-2023-12-31'] },
  { text: "the prior year's adjusted PBT", want: ['12M-2023-12-31'] },
  { text: "last quarter's", want: ['2023Q4'] },
  { text: 'a year ago', want: ['2023Q1'] },
  { text: 'a year earlier', want: ['2023Q1'] },
  { text: 'a year before', want: ['2023Q1'] },
  // "the year before" is a year earlier too (r58: "what about the year before?" declined on "year"); "the year before last" is not.
  { text: 'and the year before?', want: ['2023Q1'] },
  { text: 'the year-before quarter', want: ['2023Q1'] },
  { text: 'same period last year', want: ['2023Q1'] },
  { text: "last year's", want: ['2023Q1'] },
  { text: "and last year's number?", want: ['2023Q1'] },
  // The same, written back to front ("last yr same qtr"), and "last year's" with a basis word only after it: the thread's line
  // a year earlier (r46-168, r46-100: read as the full year 2023, or as no period).
  { text: 'last year same quarter', want: ['2023Q1'] },
  { text: "the prior year's comparable period", want: ['2023Q1'] },
  { text: "and last year's GAAP", want: ['2023Q1'] },
  { text: "last year's non-GAAP one?", want: ['2023Q1'] },
  // Australian releases: the prior corresponding period, "pcp"
  { text: 'vs the pcp', want: ['2023Q1'] },
  { text: 'up 12% on pcp', want: ['2023Q1'] },
  { text: 'the prior corresponding period', want: ['2023Q1'] },
  { text: 'the same quarter last year', want: ['2023Q1'] },
  { text: 'the same period of last year', want: ['2023Q1'] },
  { text: 'the same quarter of the prior year', want: ['2023Q1'] },
  { text: 'prior-year quarter', want: ['2023Q1'] },
  { text: 'the prior year period', want: ['2023Q1'] },
  { text: 'year-ago quarter', want: ['2023Q1'] },
  { text: 'year earlier', want: ['2023Q1'] },
  { text: 'the year-earlier quarter', want: ['2023Q1'] },
  {
    text: 'the same period of 2023',
    want: ['2023Q1'],
  },
  // A Japanese release's comparative: a half of the year before, or the same span of it; a cash-flow statement's opening
  // balance of a year's period (r48-138: "beginning of period 2024" was read as the year 2024).
  { text: 'the first half of the previous fiscal year', want: ['6M-2023-06-30'] },
  { text: 'the second half of the prior year', want: ['6M-2023-12-31'] },
  { text: 'the same half of the prior year', want: ['2023Q1'] },
  { text: 'the corresponding period of the previous fiscal year', want: ['2023Q1'] },
  { text: 'cash at beginning of period 2024', want: ['2024Q1'] },
  { text: 'beginning of period 2023', want: ['2023Q1'] },
  // balance-sheet dates
  { text: 'year end', want: ['2023-12-31'] },
  { text: 'year-end', want: ['2023-12-31'] },
  { text: 'at year end', want: ['2023-12-31'] },
  { text: 'year-end 2023', want: ['2023-12-31'] },
  { text: 'fiscal year end', want: ['2023-12-31'] },
  // The year end with a two-digit year ("yr end 22" once normalised) is that year's: it was the latest year end, 2023, with "22" left over.
  { text: 'year end 22', want: ['2022-12-31'] },
  { text: "year-end '22", want: ['2022-12-31'] },
  { text: 'fiscal year end 22', want: ['2022-12-31'] },
  // Two balance dates in shorthand, as a change between them is asked ("since YE22", "from FYE22 to end-Sep-23").
  { text: 'YE22 to end of Mar 24', want: ['2022-12-31', '2024-03-31'] },
  { text: 'from FYE22 to end-Sep-23', want: ['2022-12-31', '2023-09-30'] },
  { text: 'between YE 2022 and Sept 30', want: ['2022-12-31', '2023-09-30'] },
  // A number after the year end that is no year: a rate, or the day of a date written out.
  { text: 'year end 2.5%', want: ['2023-12-31'] },
  { text: 'year-end 31 December 2023', want: ['2023-12-31'] },
  { text: 'end of last year', want: ['2023-12-31'] },
  { text: 'end of the prior year', want: ['2023-12-31'] },
  { text: 'end of 2023', want: ['2023-12-31'] },
  { text: 'Dec 31 2023', want: ['2023-12-31'] },
  { text: 'Dec. 31, 2023', want: ['2023-12-31'] },
  { text: 'December 31, 2023', want: ['2023-12-31'] },
  { text: '31 December 2023', want: ['2023-12-31'] },
  { text: '31 Dec 2023', want: ['2023-12-31'] },
  { text: 'as of March 31', want: ['2024-03-31'] },
  { text: 'as of 3/31', want: ['2024-03-31'] },
  { text: '12/31', want: ['2023-12-31'] },
  { text: 'March 2023', want: ['1M-2023-03-31'] },
  { text: 'as of March 2023', want: ['2023-03-31'] },
  { text: 'for March', want: ['1M-2024-03-31'] },
  { text: 'in December', want: ['1M-2023-12-31'] },
  { text: 'at the beginning of the quarter', want: ['2023-12-31'] },
  { text: 'start of the year', want: ['2023-12-31'] },
  // The opening of a span is the close of the one before it (period-opening.ts): of a half, the half's opening.
  { text: 'at the start of the half', want: ['2023-12-31'] },
  { text: 'the beginning of the fiscal year', want: ['2023-12-31'] },
  // A fiscal year's end named ("end of fiscal 2023", "end of FY22"): the year's end, never the fiscal year as a span.
  { text: 'at the end of fiscal 2023', want: ['2023-12-31'] },
  { text: 'end of FY22', want: ['2022-12-31'] },
  // (The year after "end of" had been dropped for a month's group: "end of 2022" read as the latest year end.)
  { text: 'end of 2022', want: ['2022-12-31'] },
  // A span of last year named by its place: one period, never nine months of this year beside the year 2023.
  { text: 'the nine months of last year', want: ['9M-2023-09-30'] },
  { text: 'the first nine months of the prior year', want: ['9M-2023-09-30'] },
  { text: 'end of March 2024', want: ['2024-03-31'] },
  { text: 'as of Dec 2023', want: ['2023-12-31'] },
  { text: 'as of March 31, 2024', want: ['2024-03-31'] },
  { text: 'March 31st, 2024', want: ['2024-03-31'] },
  { text: 'as of March 31, 2023', want: ['2023-03-31'] },
  { text: 'end of the quarter', want: ['2024-03-31'] },
  { text: 'at the end of the period', want: ['2024-03-31'] },
  { text: 'quarter-end', want: ['2024-03-31'] },
  { text: 'quarter end', want: ['2024-03-31'] },
  { text: 'period end', want: ['2024-03-31'] },
  // chat shorthand for the quarter: its words were left to name a line ("cash & equivalents end of q" answered the
  // cash-flow row "..., end of period" with restricted cash in it, r47-104)
  { text: 'end of q', want: ['2024-03-31'] },
  { text: 'at end of qtr', want: ['2024-03-31'] },
  { text: 'qtr-end', want: ['2024-03-31'] },
  { text: 'last qtr end', want: ['2023-12-31'] },
  {
    text: 'as of December 31',
    want: ['2023-12-31'],
  },
  { text: 'end of Q4 2023', want: ['2023-12-31'] },
  { text: 'end of Q1', want: ['2024-03-31'] },
  { text: 'end of last quarter', want: ['2023-12-31'] },
  // an order word before a period's end names the end before the current one, never the current end
  { text: 'at the prior quarter end', want: ['2023-12-31'] },
  { text: 'the previous quarter-end', want: ['2023-12-31'] },
  { text: 'last quarter end', want: ['2023-12-31'] },
  { text: 'at prior year end', want: ['2023-12-31'] },
  { text: 'the previous year-end', want: ['2023-12-31'] },
  { text: 'at the prior year quarter end', want: ['2023-03-31'] },
  // the thread's period ("then"), here resolved against the release's own
  { text: 'same date', want: ['2024Q1'] },
  { text: 'in the year-ago quarter', want: ['2023Q1'] },
  { text: "that day's", want: ['2024Q1'] },
  { text: 'on the same date', want: ['2024Q1'] },
  { text: 'tax that quarter', want: ['2024Q1'] },
  { text: 'in that period', want: ['2024Q1'] },
  { text: "that quarter's", want: ['2024Q1'] },
  { text: '2023-12-31', want: ['2023-12-31'] },
  // the release's own period phrase
  { text: 'the three months ended March 31, 2024', want: ['2024Q1'] },
  { text: 'the three months ended March 31, 2023', want: ['2023Q1'] },
  // a span ended a month written without its day: the span to the month's end, one period (not "the quarter" and a date)
  { text: 'the quarter ended Dec-23', want: ['2023Q4'] },
  { text: 'the three months ended Mar 2023', want: ['2023Q1'] },
  { text: 'quarter ending December 2023', want: ['2023Q4'] },
  { text: "for the quarter ended Sep'23", want: ['2023Q3'] },
  // combinations
  { text: 'Q1 2024 vs Q1 2023', want: ['2024Q1', '2023Q1'] },
  { text: 'Q4 2023 and Q1 2024', want: ['2023Q4', '2024Q1'] },
  { text: 'March 31, 2024 versus December 31, 2023', want: ['2024-03-31', '2023-12-31'] },
  { text: 'Q1 of 2023', want: ['2023Q1'] },
  { text: 'the first quarter of last year', want: ['2023Q1'] },
  { text: 'the last quarter of 2023', want: ['2023Q4'] },
  // months named as a range: a quarter (European interim reports head columns so)
  { text: 'Jan–Mar 2024', want: ['2024Q1'] },
  // A quarter's months in brackets name it (a March-year issuer's third quarter is October-December), never the calendar Q3.
  { text: 'In the third quarter (October-December 2023) alone', want: ['2023Q4'] },
  { text: 'Q3 (Oct–Dec 2023)', want: ['2023Q4'] },
  // "The previous half" of a quarter names no half: unreported, never dropped (a dropped period reads as the current one).
  { text: 'revenue in the previous half', want: ['unsupported'] },
  { text: 'and the prior-year half?', want: ['unsupported'] },
  { text: 'the third quarter (July-September 2023)', want: ['2023Q3'] },
  { text: 'Oct-Dec 2023', want: ['2023Q4'] },
  { text: 'October–December 2023', want: ['2023Q4'] },
  // the end of a month named alone: the latest such month end up to the release's
  { text: 'CET1 at end of June', want: ['2023-06-30'] },
  { text: 'end-March', want: ['2024-03-31'] },
  { text: 'at the end of December', want: ['2023-12-31'] },
  // a month set against another date ("vs Dec?" after a balance): its end, the latest up to the release's
  { text: 'vs Dec?', want: ['2023-12-31'] },
  { text: 'compared with June', want: ['2023-06-30'] },
  // "change since june?": June's end, the latest up to the release (was the month of June, a one-month span)
  { text: 'since June', want: ['2023-06-30'] },
  { text: 'change since dec', want: ['2023-12-31'] },
  // A span named by its length and a year: the release's own span of that length in that year (span-lengths.ts),
  // never the span beside the full year (h48-070: "13 weeks 2025" declined as unlike spans).
  { text: '13 weeks 2023', want: ['2023Q1'] },
  { text: 'thirteen weeks of 2023', want: ['2023Q1'] },
  { text: '13 weeks fiscal 2023', want: ['2023Q1'] },
  { text: 'three months 2023', want: ['2023Q1'] },
  // "the three months" alone: the release's quarter (r52-013 declined its "months")
  { text: 'for the three months', want: ['2024Q1'] },
  { text: 'the 3 months', want: ['2024Q1'] },
  // the latest half's end, never the year end its "year end" reads as (h48-182)
  { text: 'at half-year end', want: ['2023-12-31'] },
  { text: 'the half year-end', want: ['2023-12-31'] },
  // A balance date with its year said in words after it: that year's date, never this year's date beside the whole of
  // last year (r53-196: "cash ... at end of Q1 last year" was answered with March 31, 2024 and December 31, 2023).
  { text: 'at end of Q1 last year', want: ['2023-03-31'] },
  { text: 'at the end of q1 of last year', want: ['2023-03-31'] },
  { text: 'the end of the first quarter of the prior year', want: ['2023-03-31'] },
  { text: 'end of march last year', want: ['2023-03-31'] },
  { text: 'march-end last year', want: ['2023-03-31'] },
  { text: 'as of March 31 last year', want: ['2023-03-31'] },
  { text: 'end of Q4 last year', want: ['2023-12-31'] },
  { text: 'end of June of the previous year', want: ['2023-06-30'] },
  { text: 'end of q1 a year ago', want: ['2023-03-31'] },
  { text: 'end of Q4 a year earlier', want: ['2022-12-31'] },
  { text: 'March 31 this year', want: ['2024-03-31'] },
  // (Negatives: the year after the date is no other year's; a span of last year stays a span.)
  { text: 'Q1 last year', want: ['2023Q1'] },
  // The current year's quarter named before it (r58: "and this year's Q1?" declined on "year").
  { text: "this year's Q1", want: ['2024Q1'] },
  { text: "this fiscal year's first quarter", want: ['2024Q1'] },
  { text: 'end of Q1 vs last year', want: ['2024-03-31', '12M-2023-12-31'] },
  { text: "end of Q1, last year's", want: ['2024-03-31', '2023Q1'] },
];

/**
 * Periods a quarterly release does not print (full years, halves, nine months): each resolves to its
 * own span (periodKey "12M-2023-12-31"), never to a quarter or a date, so the engine can say the
 * release does not give it (and a Q4 release that prints the full year can answer). Without a year,
 * the latest such span ended by the release's quarter.
 */
const SPANS: Example[] = [
  // a span written as two days, the first to the second (column headers and prose of REITs, utilities, miners)
  { text: '1 April 2026 to 30 September 2026', want: ['6M-2026-09-30'] },
  { text: '1 Apr 2025 – 30 Sep 2025', want: ['6M-2025-09-30'] },
  { text: 'From January 1 to March 31, 2026', want: ['2026Q1'] },
  { text: 'Period from 1 July 2025 to 31 December 2025', want: ['6M-2025-12-31'] },
  { text: 'for the period 1 January 2026 to 30 June 2026', want: ['6M-2026-06-30'] },
  { text: 'April 1, 2025 - March 31, 2026', want: ['12M-2026-03-31'] },
  { text: '01.10.2025–31.12.2025', want: ['2025Q4'] },
  { text: 'between 1 Jan 2026 and 31 Mar 2026', want: ['2026Q1'] },
  { text: '1 October to 31 December 2025', want: ['2025Q4'] },
  { text: '2 February 2025 to 31 January 2026', want: ['12M-2026-01-31'] },
  { text: 'FY2023', want: ['12M-2023-12-31'] },
  { text: 'FY23', want: ['12M-2023-12-31'] },
  { text: 'FY 2023', want: ['12M-2023-12-31'] },
  { text: 'fiscal year 2023', want: ['12M-2023-12-31'] },
  { text: 'fiscal 2023', want: ['12M-2023-12-31'] },
  { text: 'fiscal 23', want: ['12M-2023-12-31'] },
  { text: 'Q4 fiscal 23', want: ['FY2023Q4'] },
  { text: 'fiscal year 23', want: ['12M-2023-12-31'] },
  { text: 'FY-23', want: ['12M-2023-12-31'] },
  { text: "fiscal '23", want: ['12M-2023-12-31'] },
  { text: 'full year', want: ['12M-2023-12-31'] },
  { text: 'FY', want: ['12M-2023-12-31'] },
  { text: 'FY gross margin', want: ['12M-2023-12-31'] },
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
  // A fiscal year named by the month it ends in, as Japanese releases head their columns: it dates itself.
  { text: 'FY3/2027 1Q', want: ['2026Q2'] },
  { text: 'FY3/2026 1Q', want: ['2025Q2'] },
  { text: '1Q FY3/27 operating profit', want: ['2026Q2'] },
  { text: 'FY2027/3 3Q', want: ['2026Q4'] },
  { text: 'Q2 FY6/2026', want: ['2025Q4'] },
  { text: '1H FY3/2026', want: ['6M-2025-09-30'] },
  { text: 'FY3/2027', want: ['12M-2027-03-31'] },
  { text: 'DPS forecast FY3/27', want: ['12M-2027-03-31'] },
  // A split year stays one ("FY2011/12" is no year ended December 2011), a split year's whole.
  { text: 'FY2011/12', want: ['FY2012'] },
  // Its two-digit form after a word ("in FY 26/27"): the FY 2026/27 year, never "FY 26" with "/27" left over (hl51 h51-098).
  { text: 'EPS in FY 23/24', want: ['FY2024'] },
  { text: 'what will they earn in fy 24/25', want: ['FY2025'] },
  // "F2026", "F26": a fiscal year as South African releases name it; "H1FY24" as one word (the release dates the name)
  { text: 'F2023', want: ['12M-2023-12-31'] },
  { text: 'F23', want: ['12M-2023-12-31'] },
  { text: 'H1 F2024', want: ['6M-2024-06-30'] },
  { text: 'H1 F24', want: ['6M-2024-06-30'] },
  { text: 'H1FY24', want: ['6M-2024-06-30'] },
  // A half named with its year is the half, never the year (hl26 era-02: "H1 2025" was declined as FY2025).
  { text: 'revenue in H1 2025', want: ['6M-2025-06-30'] },
  { text: '1H25 revenue', want: ['6M-2025-06-30'] },
  { text: 'the first half of 2025', want: ['6M-2025-06-30'] },
  { text: 'H2 2025', want: ['6M-2025-12-31'] },
  { text: 'Jan–Jun 2023', want: ['6M-2023-06-30'] },
  { text: 'January-June 2023', want: ['6M-2023-06-30'] },
  { text: 'Jan–Dec 2023', want: ['12M-2023-12-31'] },
  { text: 'Jan-Sep 2023', want: ['9M-2023-09-30'] },
  { text: 'for the 2023 financial year', want: ['12M-2023-12-31'] },
  { text: '39 wks ended 9/28/23', want: ['9M-2023-09-28'] },
  { text: '26 weeks ended 6/29/2024', want: ['6M-2024-06-29'] },
  { text: 'twenty-six weeks ending 2 December 2023', want: ['6M-2023-12-02'] },
  // a column header's shorthand, day first (it was left unread, and its table skipped)
  { text: '26 wks to 30 Aug 2025', want: ['6M-2025-08-30'] },
  { text: '1H24', want: ['6M-2024-06-30'] },
  // a hyphen or slash before the year (hl41-074: "H1-25" was read as the latest half, and answered for it)
  { text: 'H1-25', want: ['6M-2025-06-30'] },
  { text: '1H-24', want: ['6M-2024-06-30'] },
  { text: 'H2/24', want: ['6M-2024-12-31'] },
  { text: '1H 2024', want: ['6M-2024-06-30'] },
  { text: 'first half of 2024', want: ['6M-2024-06-30'] },
  { text: 'half year 2024', want: ['6M-2024-06-30'] },
  { text: 'first half', want: ['6M-2023-06-30'] },
  { text: 'six months', want: ['6M-2023-06-30'] },
  { text: '6M', want: ['6M-2023-06-30'] },
  { text: 'EPS 6M 2024', want: ['6M-2024-06-30'] },
  { text: '6 mos 2024', want: ['6M-2024-06-30'] },
  { text: 'H2', want: ['6M-2023-12-31'] },
  { text: 'H2 2023', want: ['6M-2023-12-31'] },
  { text: 'second half of 2023', want: ['6M-2023-12-31'] },
  // hyphenated or numbered halves are halves (they were left unread and the quarter answered; "1st half 2024" the year)
  { text: 'first-half revenue', want: ['6M-2023-06-30'] },
  { text: '1st half 2024', want: ['6M-2024-06-30'] },
  { text: '2nd-half 2023', want: ['6M-2023-12-31'] },
  { text: 'nine months', want: ['9M-2023-09-30'] },
  { text: '9M24', want: ['9M-2024-09-30'] },
  { text: 'the first nine months of 2024', want: ['9M-2024-09-30'] },
  { text: 'nine months of 2022', want: ['9M-2022-09-30'] },
  // Year to date at the end of a first quarter is that quarter.
  { text: 'year to date', want: ['2024Q1'] },
  { text: 'year-to-date', want: ['2024Q1'] },
  { text: 'YTD', want: ['2024Q1'] },
  // A year to date of a year named is that year's span to the same month, never the full year (hl42-075, hl42-079).
  { text: 'YTD 2024', want: ['2024Q1'] },
  { text: 'YTD 2023', want: ['2023Q1'] },
  { text: 'year to date 2023', want: ['2023Q1'] },
  { text: 'year-to-date, 2023', want: ['2023Q1'] },
  { text: '2023 YTD', want: ['2023Q1'] },
  { text: 'YTD FY2023', want: ['2023Q1'] },
  { text: 'FY23 YTD', want: ['2023Q1'] },
  { text: "YTD'23", want: ['2023Q1'] },
  // ("fiscal year to date" had been read as the fiscal year, its "year to date" lost.)
  { text: 'fiscal year to date', want: ['2024Q1'] },
  // A year ending another period's name is that period's: "Q1 2023 YTD" is the quarter, then this year's year to date.
  { text: 'Q1 2023 YTD', want: ['2023Q1', '2024Q1'] },
  // The releases' own "<span> ended <date>" phrases.
  {
    text: 'the year ended December 31, 2023',
    want: ['12M-2023-12-31'],
  },
  { text: 'the twelve months ended December 31, 2023', want: ['12M-2023-12-31'] },
  { text: 'six months ended June 30, 2024', want: ['6M-2024-06-30'] },
  { text: 'nine months ended September 30, 2023', want: ['9M-2023-09-30'] },
  // A half year ended a month-first date is six months ("year ended June 30, 2026" within it had read it as the year).
  { text: 'the half year ended June 30, 2026', want: ['6M-2026-06-30'] },
  { text: 'the half-year ended December 31, 2025', want: ['6M-2025-12-31'] },
  { text: 'the first half ended June 30, 2026', want: ['6M-2026-06-30'] },
  { text: 'the second half ended December 31, 2025', want: ['6M-2025-12-31'] },
  { text: 'half year ended 30 June 2026', want: ['6M-2026-06-30'] },
  { text: 'the half-year to 30 June 2026', want: ['6M-2026-06-30'] },
];

/** Periods no release reports: unsupported, with a reason. */
const UNSUPPORTED: Example[] = [
  { text: 'TTM', want: ['unsupported'] },
  { text: 'LTM', want: ['unsupported'] },
  { text: 'trailing twelve months', want: ['unsupported'] },
  { text: 'last twelve months', want: ['unsupported'] },
  { text: 'the last 12 months', want: ['unsupported'] },
  // a year to date of a year after the release's own
  { text: 'YTD 2025', want: ['unsupported'] },
  // a span of a length in a year after the release's own; a half-year end of a year, either half's
  { text: '13 weeks 2025', want: ['unsupported'] },
  { text: 'half-year end 2023', want: ['unsupported'] },
  // days that are no whole months or quarters of weeks, or longer than a year
  { text: '1 July 2025 to 15 August 2025', want: ['unsupported'] },
  { text: '1 January 2024 to 30 June 2025', want: ['unsupported'] },
];

/** Not periods at all: numbers, metric names, impossible quarters and dates. */
const NEGATIVE: Example[] = [
  // A line's own words ("Cash, beginning of period"): no period of the grammar's (a question's "the beginning of the period" is read in intents).
  { text: 'beginning of period', want: [] },
  { text: 'start of the period', want: [] },
  { text: 'Q5', want: [] },
  { text: 'a 1T 26 mark', want: [] },
  { text: '5T26', want: [] },
  // "H1" glued to more letters or digits is no half ("H1N1", "H15").
  { text: 'H1N1', want: [] },
  { text: 'H15', want: [] },
  { text: 'a fiscal 12.5% margin', want: [] },
  // "F" with no year of two or four digits right after it is no fiscal year
  { text: 'F1', want: [] },
  { text: 'F150 trucks', want: [] },
  { text: 'F-35 parts', want: [] },
  { text: 'F12.5 lens', want: [] },
  // A half of a named year stays that year's; a year after no period's beginning stays a year.
  { text: 'the first half of 2023', want: ['6M-2023-06-30'] },
  { text: 'the beginning of 2024', want: ['12M-2024-12-31'] },
  { text: 'Q0', want: [] },
  { text: 'March 32', want: [] },
  { text: 'mar32', want: [] },
  { text: 'trend q5', want: [] },
  { text: 'decimal 24', want: [] },
  { text: '90 day+', want: [] },
  { text: '90+ dpd', want: [] },
  { text: '90 day+ delinquency rate', want: [] },
  { text: '30-day', want: [] },
  { text: '30-day collection rate', want: [] },
  { text: 'Day-1', want: [] },
  { text: 'day-1 delinquency rate', want: [] },
  { text: 'D1', want: [] },
  { text: 'RMB 4,153', want: [] },
  { text: 'above $6m', want: [] },
  { text: 'RMB1.6m', want: [] },
  { text: 'RMB4,153.2 million', want: [] },
  { text: 'RMB 2,024 million', want: [] },
  { text: 'RMB 6m', want: [] },
  { text: '3.35%', want: [] },
  { text: '10.10 months', want: [] },
  { text: '17,524,872 loans', want: [] },
  { text: '159 financial institutional partners', want: [] },
  { text: 'net income per ADS', want: [] },
  { text: 'quarterly revenue', want: [] },
  // "annual growth" is year-over-year growth, not a period; "annual" alone is the latest full year.
  { text: 'annual', want: ['12M-2023-12-31'] },
  { text: 'annual growth', want: [] },
  { text: 'US$9m', want: [] },
  // An impossible date is no date; its year alone still names the year.
  { text: 'February 30, 2024', want: ['12M-2024-12-31'] },
  { text: 'April 31', want: [] },
  // a day, not a two-digit year: "Dec 31" is December 31; "March 24, 2024" a date with its year
  { text: 'Dec 31', want: ['2023-12-31'] },
  { text: 'March 24, 2024', want: ['2024-03-24'] },
  // A number past the year before the release's is a day ("as of May 17", never 2017); a date in the weeks
  // after the quarter's end is of the release's year (it reports events up to its publication).
  { text: 'as of May 17', want: ['2024-05-17'] },
  { text: 'Jan 15', want: ['2024-01-15'] },
  { text: 'Nov 12', want: ['2023-11-12'] },
  // Hyphens that join no month, day and year are no date ("31-24", a day-day span of no month).
  { text: '31-24', want: [] },
  { text: 'Feb-30', want: [] },
  { text: 'up 31-24 bps', want: [] },
  { text: "the '24 notes", want: [] },
  { text: 'yes', want: [] },
  { text: 'bye', want: [] },
  { text: 'weekend spend', want: [] },
  { text: 'year', want: [] },
  { text: 'then what about G&A', want: [] },
  // a line's own "beginning of period" is no period (the balance the line names)
  { text: 'at the beginning of the period', want: [] },
  { text: 'start of the period', want: [] },
  // two balance dates, never a span: a month's last day to another, a later date first, "and" with no "between"
  { text: 'from 31 March 2026 to 30 September 2026', want: ['2026-03-31', '2026-09-30'] },
  { text: '30 Sep 2026 - 31 Mar 2026', want: ['2026-09-30', '2026-03-31'] },
  { text: 'as at 1 January 2026 and 31 March 2026', want: ['2026-01-01', '2026-03-31'] },
  // a count of months ahead or back, or a rate's tenor, is no span of the release's
  { text: 'the next three months', want: [] },
  { text: 'three months ago', want: [] },
  { text: '3-month SOFR', want: [] },
];

const resolveAll = (text: string): Resolved[] =>
  findPeriods(text, RELEASE).map((ref) => {
    if (ref.kind === 'unsupported') return 'unsupported';
    const p = resolveRef(ref, RELEASE);
    return p ? periodKey(p) : 'unresolved';
  });

function run(examples: Example[]) {
  for (const ex of examples) {
    it(`${JSON.stringify(ex.text)} → ${ex.want.length ? ex.want.join(', ') : 'no period'}`, () => {
      expect(resolveAll(ex.text), 'as typed').toEqual(ex.want);
      expect(resolveAll(normalise(ex.text)), 'normalised').toEqual(ex.want);
      expect(resolveAll(normalise(`What was total net revenue, ${ex.text}?`)), 'in a question').toEqual(ex.want);
    });
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

describe('a span named with no year, in a 52/53-week release whose quarter ends days before its month ends', () => {
  // Quarters ended September 26, 2026 (its calendar Q3): "9M" is the nine months to that September, never 2025's.
  const keysOf = (anchor: Period) => (text: string) => findPeriods(text, anchor).map((r) => (r.kind === 'period' ? periodKey(r.period) : r.kind));
  const calendar = keysOf({ kind: 'duration', end: '2026-09-26', months: 3, fiscal: { year: 2026, quarter: 3, calendar: true } });
  const undated = keysOf({ kind: 'duration', end: '2026-09-26', months: 3 });
  it.each([
    ['9M', '9M-2026-09-30'],
    ['nine months', '9M-2026-09-30'],
    ['for the nine months', '9M-2026-09-30'],
    ['Jul-Sep', '2026Q3'],
    ['H1', '6M-2026-06-30'],
    ['for the year', '12M-2025-12-31'],
  ])('%s → %s', (text, want) => expect(calendar(text)).toEqual([want]));
  it('a bare quarter and a month after "vs" are the latest reached, not a year before', () => {
    expect(undated('Q3')).toEqual(['2026Q3']);
    expect(undated('vs Sep')).toEqual(['2026-09-30']);
    // (A month more than a week after the period's end has not been reached: the year before's.)
    expect(undated('Q4')).toEqual(['2025Q4']);
    expect(keysOf({ kind: 'duration', end: '2004-07-03', months: 3 })('vs July')).toEqual(['2003-07-31']);
  });
});

describe('a calendar-month quarter of a fiscal-year issuer is the quarter that ends in that month', () => {
  // A 52/53-week calendar: fiscal Q1 2024 ended December 30, 2023.
  const FISCAL = { kind: 'duration', end: '2023-12-30', months: 3, fiscal: { year: 2024, quarter: 1 } } as const;
  const keyOf = (text: string) => findPeriods(text, FISCAL).map((r) => (r.kind === 'period' ? periodKey(r.period) : r.kind));
  it.each([
    ['the December quarter', 'FY2024Q1'],
    ['the dec quarter', 'FY2024Q1'],
    // "dec q", "sep q": the quarter cut to its letter (was read as the month's end, and a half answered).
    ['dec q', 'FY2024Q1'],
    ['sep q', 'FY2023Q4'],
    ['the September quarter', 'FY2023Q4'],
    ['the December quarter of 2022', 'FY2023Q1'],
    ['Dec 2022 Qtr', 'FY2023Q1'],
  ])('%s → %s', (text, want) => expect(keyOf(text)).toEqual([want]));
  it('a month no quarter of it ends in names no quarter', () => {
    const may = { kind: 'duration', end: '2022-05-31', months: 3, fiscal: { year: 2022, quarter: 4 } } as const;
    expect(findPeriods('the December quarter', may)).toEqual([]);
  });
  it('year to date and a week count run to the fiscal period end (a 52/53-week calendar)', () => {
    const q3 = { kind: 'duration', end: '2024-11-02', months: 3, fiscal: { year: 2024, quarter: 3 } } as const;
    const spans = (text: string) => findPeriods(text, q3).map((r) => (r.kind === 'period' && r.period.kind === 'duration' ? `${r.period.months}M-${r.period.end}` : r.kind));
    expect(spans('net sales ytd')).toEqual(['9M-2024-11-02']);
    expect(spans('for the 39 weeks')).toEqual(['9M-2024-11-02']);
    expect(spans('the thirteen weeks')).toEqual(['3M-2024-11-02']);
    expect(spans('for the 39 weeks ended October 28, 2023')).toEqual(['9M-2023-10-28']);
    expect(spans('the 13 weeks to 2 November 2024')).toEqual(['3M-2024-11-02']);
    // Under a year-to-date span of no fiscal name (a heading "Year to date (39 weeks)"), YTD is that span.
    expect(findPeriods('year-to-date sales', { kind: 'duration', end: '2024-11-02', months: 9 }).map((r) => (r.kind === 'period' && r.period.kind === 'duration' ? r.period.months : r.kind))).toEqual([9]);
  });
  it("a half of a fiscal year named is the issuer's own half, never the calendar's (a March year-end)", () => {
    const q2 = { kind: 'duration', end: '2025-09-30', months: 3, fiscal: { year: 2025, quarter: 2 } } as const;
    const spans = (text: string) => findPeriods(text, q2).map((r) => (r.kind === 'period' && r.period.kind === 'duration' ? `${r.period.months}M-${r.period.end}` : r.kind));
    expect(spans('second half of FY2024')).toEqual(['6M-2025-03-31']);
    expect(spans('H2 fiscal 2024')).toEqual(['6M-2025-03-31']);
    expect(spans('1H FY25')).toEqual(['6M-2025-09-30']);
    // (With no fiscal year named, the calendar half as before.)
    expect(spans('second half of 2024')).toEqual(['6M-2024-12-31']);
    // The latest second half is no span from the year's start: never keyed as the first half ("FY2024-6M").
    expect(findPeriods('H2', q2).map((r) => (r.kind === 'period' ? periodKey(r.period) : r.kind))).toEqual(['6M-2025-03-31']);
    expect(findPeriods('second half of FY2024', q2).map((r) => (r.kind === 'period' ? periodKey(r.period) : r.kind))).toEqual(['6M-2025-03-31']);
  });
  it("a month and year named (\"Jul-04\") is a 52/53-week issuer's own quarter end in that month or the week after, never the month's last day", () => {
    // Sears: the quarter ended July 3, 2004; its year ended January 3, 2004.
    const sears = { kind: 'duration', end: '2004-07-03', months: 3 } as const;
    const keys = (text: string) => findPeriods(text, sears).map((r) => (r.kind === 'period' ? periodKey(r.period) : r.kind));
    expect(keys('inventories at Jul-04')).toEqual(['2004-07-03']);
    expect(keys("Jun'04")).toEqual(['2004-07-03']);
    expect(keys('Jan-04')).toEqual(['2004-01-03']);
    // A month no quarter of it ends in, and a calendar issuer's month, keep the month's last day.
    expect(keys('Aug-04')).toEqual(['2004-08-31']);
    expect(findPeriods('Jul-23', quarter(2023, 3)).map((r) => (r.kind === 'period' ? periodKey(r.period) : r.kind))).toEqual(['2023-07-31']);
  });
  it("a fiscal year end in shorthand (\"FYE24\") is the issuer's own, as \"fiscal year end 24\" is; a bare YE stays December's (a March year-end)", () => {
    const q3 = { kind: 'duration', end: '2025-12-31', months: 3, fiscal: { year: 2025, quarter: 3 } } as const;
    const keys = (text: string) => findPeriods(text, q3).map((r) => (r.kind === 'period' ? periodKey(r.period) : r.kind));
    // (FYE24 was December 31, 2024, where "fiscal year end 24" was March 31, 2025.)
    expect(keys('FYE24')).toEqual(['2025-03-31']);
    expect(keys("FYE'24")).toEqual(['2025-03-31']);
    expect(keys('fiscal year end 24')).toEqual(['2025-03-31']);
    expect(keys('YE24')).toEqual(['2024-12-31']);
    expect(keys('year end 24')).toEqual(['2024-12-31']);
  });
  it('a year end named with no year ("year-end", "the financial year end") is the issuer\'s own year\'s end, never December 31 of a March or June year', () => {
    const keysOf = (anchor: Period) => (text: string) => findPeriods(text, anchor).map((r) => (r.kind === 'period' ? periodKey(r.period) : r.kind));
    // A March year's third quarter (October to December 2025): its latest year end is March 31, 2025 (was December 31, 2024).
    const march = keysOf({ kind: 'duration', end: '2025-12-31', months: 3, fiscal: { year: 2026, quarter: 3 } });
    for (const text of ['year end', 'net debt at year-end', 'the financial year end', 'at the end of the financial year', 'since the year end', 'prior year end']) expect(march(text), text).toEqual(['2025-03-31']);
    // A June year's half to December 31, 2025, named by no fiscal year: June 30, 2025 (was the half's own end).
    const half = keysOf({ kind: 'duration', end: '2025-12-31', months: 6 });
    for (const text of ['year end', 'financial year end', 'end of last financial year']) expect(half(text), text).toEqual(['2025-06-30']);
    // Its whole year to June 30, 2025: the year end is its own, the prior one a year before.
    const year = keysOf({ kind: 'duration', end: '2025-06-30', months: 12 });
    expect(year('year end')).toEqual(['2025-06-30']);
    expect(year('prior year end')).toEqual(['2024-06-30']);
    // (A calendar issuer's stays December's; a year named alone stays December's of that year.)
    expect(keysOf({ kind: 'duration', end: '2025-09-30', months: 3 })('financial year end')).toEqual(['2024-12-31']);
    expect(march('year end 24')).toEqual(['2024-12-31']);
  });
  it('half on half (HoH, h/h) of a half is the half before it, never the year-ago half; of a quarter, no half (unreported)', () => {
    const keysOf = (anchor: Period) => (text: string) => findPeriods(text, anchor).map((r) => (r.kind === 'period' ? periodKey(r.period) : r.kind));
    const half = keysOf({ kind: 'duration', end: '2026-12-31', months: 6 });
    const prior = keysOf({ kind: 'duration', end: '2026-12-31', months: 6 })('the previous half');
    for (const text of ['revenue half on half', 'revenue half-over-half', 'EBITDA HoH', 'EBITDA h/h change']) expect(half(text), text).toEqual(prior);
    expect(keysOf({ kind: 'duration', end: '2026-09-30', months: 3 })('revenue half on half')).toEqual(['unsupported']);
  });
  it('in a fourth-quarter release the prior year end is the one before the release\'s own (was the release\'s own end)', () => {
    const q4 = { kind: 'duration', end: '2025-12-31', months: 3 } as const;
    const keys = (text: string) => findPeriods(text, q4).map((r) => (r.kind === 'period' ? periodKey(r.period) : r.kind));
    expect(keys('cash at year end')).toEqual(['2025-12-31']);
    expect(keys('cash at the prior year end')).toEqual(['2024-12-31']);
    expect(keys('previous year-end')).toEqual(['2024-12-31']);
    expect(keys('at last year end')).toEqual(['2024-12-31']);
    expect(keys('at the prior quarter end')).toEqual(['2025-09-30']);
  });
  it('a quarter said with "FY" is the issuer\'s own of that name, dated by its year end (March, June, September); without "FY" the calendar\'s', () => {
    const at = (anchor: { end: string; year: number; quarter: number }) => (text: string) =>
      findPeriods(text, { kind: 'duration', end: anchor.end, months: 3, fiscal: { year: anchor.year, quarter: anchor.quarter } }).map((r) => (r.kind === 'period' && r.period.kind === 'duration' ? `${periodKey(r.period)}@${r.period.end}` : r.kind));
    // A March year end: fiscal Q3 2027 ended December 31, 2026 (hl36 corvane: "Q4 FY26" was answered with fiscal Q3 2027).
    const march = at({ end: '2026-12-31', year: 2027, quarter: 3 });
    for (const text of ['Q4 FY26', '4Q FY2026', 'FY26 Q4', 'Q4FY26', 'Q4 F2026']) expect(march(text), text).toEqual(['FY2026Q4@2026-03-31']);
    expect(march('Q3 FY26')).toEqual(['FY2026Q3@2025-12-31']);
    // (Calendar words stay the calendar's: the kb reads them by the issuer's name or its dates.)
    expect(march('Q4 2026')).toEqual(['2026Q4@2026-12-31']);
    expect(march('full year 2026')).toEqual(['12M-2026-12-31@2026-12-31']);
    // A June year end (fiscal Q1 2027 ended September 30, 2026) and a September one (fiscal Q2 2026 ended March 31, 2026).
    expect(at({ end: '2026-09-30', year: 2027, quarter: 1 })('Q4 FY26')).toEqual(['FY2026Q4@2026-06-30']);
    expect(at({ end: '2026-03-31', year: 2026, quarter: 2 })('1Q FY26')).toEqual(['FY2026Q1@2025-12-31']);
    // (A year ending in March, named from a quarter that ended September 30: its year ends March 31, not 30.)
    expect(at({ end: '2026-09-30', year: 2027, quarter: 2 })('Q4 FY27')).toEqual(['FY2027Q4@2027-03-31']);
  });
  it('a span named without its year ("9M", "1H") of a release of that span which no calendar year has (nine months to December) is the release\'s own', () => {
    const spans = (text: string, end: string, months: number) => findPeriods(text, { kind: 'duration', end, months }).map((r) => (r.kind === 'period' && r.period.kind === 'duration' ? `${r.period.months}M-${r.period.end}` : r.kind));
    // hl36 kagawa: the nine months ended December 31, 2026 (an April year); "9M" was read as the nine months ended September 30.
    expect(spans('9M', '2026-12-31', 9)).toEqual(['9M-2026-12-31']);
    expect(spans('nine months', '2026-12-31', 9)).toEqual(['9M-2026-12-31']);
    expect(spans('1H', '2026-09-30', 6)).toEqual(['6M-2026-09-30']);
    // (A calendar year's own spans stay as they were.)
    expect(spans('9M', '2026-09-30', 9)).toEqual(['9M-2026-09-30']);
    expect(spans('1H', '2026-06-30', 6)).toEqual(['6M-2026-06-30']);
    // A release of the six months to December is a June year's first half: its "1H" is that half, its "H2" and "9M" the June
    // year's before, never the calendar's (hl33 southerncross: "H2 revenue" was answered with the half to December).
    expect(spans('1H', '2026-12-31', 6)).toEqual(['6M-2026-12-31']);
    expect(spans('H2', '2026-12-31', 6)).toEqual(['6M-2026-06-30']);
    expect(spans('9M', '2026-12-31', 6)).toEqual(['9M-2026-03-31']);
    // Of a March year's first half (to September), the second half ends in March, never December.
    expect(spans('H2', '2026-09-30', 6)).toEqual(['6M-2026-03-31']);
    expect(spans('9M', '2026-09-30', 6)).toEqual(['9M-2025-12-31']);
    // Of an April year's nine months (to December), the first half ends in September.
    expect(spans('H1', '2025-12-31', 9)).toEqual(['6M-2025-09-30']);
    expect(spans('second half', '2025-12-31', 9)).toEqual(['6M-2025-03-31']);
  });
  it("a whole year's release ending in June: a bare \"H1\", \"H2\" are its own halves (H2 was July-December 2025, the year's first)", () => {
    const june = { kind: 'duration', end: '2026-06-30', months: 12 } as const;
    const spans = (text: string) => findPeriods(text, june).map((r) => (r.kind === 'period' && r.period.kind === 'duration' ? `${r.period.months}M-${r.period.end}` : r.kind));
    expect(spans('H2')).toEqual(['6M-2026-06-30']);
    expect(spans('second half')).toEqual(['6M-2026-06-30']);
    expect(spans('H1')).toEqual(['6M-2025-12-31']);
    // (A calendar year's halves stay the calendar's; a half with its year named too.)
    expect(findPeriods('H1', { kind: 'duration', end: '2025-12-31', months: 12 }).map((r) => (r.kind === 'period' ? periodKey(r.period) : r.kind))).toEqual(['6M-2025-06-30']);
  });
  it('a calendar issuer keeps calendar quarters', () => expect(findPeriods('the December quarter', RELEASE).map((r) => (r.kind === 'period' ? periodKey(r.period) : r.kind))).toEqual(['2023Q4']));
});
