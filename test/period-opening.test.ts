// "At the start of" a period is its opening balance, the close of the span before it (knowledge/period-opening.ts,
// intents/recognisers/opening.ts): "cash at the beginning of fiscal 2025" had been the year's closing cash, "start" a
// filler word. Fiscal years are the issuer's own, as are their ends ("end of fiscal 2025" of a September year), and a
// span of last year named by its place ("the nine months of last year") is one period, never this year's beside last year.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { findPeriods } from '../src/knowledge/period-grammar.js';
import { periodKey, type Period } from '../src/knowledge/period.js';
import { openedPeriods } from '../src/intents/recognisers/opening.js';
import { inlineEngine } from './support/inline.js';

const keys = (refs: ReturnType<typeof findPeriods>) => refs.map((r) => (r.kind === 'period' ? periodKey(r.period) : r.kind));
const opened = (text: string, c: Period) => keys(openedPeriods(text, c));

/** A 52/53-week retailer's fourth quarter of fiscal 2025, ended January 31, 2026. */
const RETAIL: Period = { kind: 'duration', end: '2026-01-31', months: 3, fiscal: { year: 2025, quarter: 4 } };
/** A June year's half to December 31, 2025, named by no fiscal year. */
const JUNE_HALF: Period = { kind: 'duration', end: '2025-12-31', months: 6 };
/** A September year's fiscal Q3 2026, ended June 27, 2026. */
const SEPT_Q3: Period = { kind: 'duration', end: '2026-06-27', months: 3, fiscal: { year: 2026, quarter: 3 } };
/** A March year's half to September 30, 2026, named by no fiscal year. */
const MARCH_HALF: Period = { kind: 'duration', end: '2026-09-30', months: 6 };
const CALENDAR_Q3: Period = { kind: 'duration', end: '2025-09-30', months: 3 };

describe('the start of a period is the close of the one before', () => {
  it.each([
    ['cash at the beginning of fiscal 2025', RETAIL, '2025-01-31'],
    ['stores at the start of FY2025', RETAIL, '2025-01-31'],
    ['cash at the start of the year', RETAIL, '2025-01-31'],
    ['cash and bullion at the start of the half', JUNE_HALF, '2025-06-30'],
    ['net cash at the beginning of the period', JUNE_HALF, '2025-06-30'],
    ['net cash at the beginning of the half-year', JUNE_HALF, '2025-06-30'],
    ['net cash at the start of FY26', JUNE_HALF, '2025-06-30'],
    ['cash at the start of the year', JUNE_HALF, '2025-06-30'],
    ['total debt at the start of fiscal 2026', SEPT_Q3, '2025-09-27'],
    ['cash at the start of the half', CALENDAR_Q3, '2025-06-30'],
    ['cash at the beginning of 2025', CALENDAR_Q3, '2024-12-31'],
  ])('"%s"', (text, c, want) => expect(opened(text, c)).toEqual([want]));

  it('the bare words of a line ("beginning of period") stay the line\'s', () => {
    expect(opened('restricted cash beginning of period', CALENDAR_Q3)).toEqual([]);
    // (Beside a period named, "the beginning of the period" is that period's line: r4-010.)
    expect(opened('restricted cash at the beginning of the period, three months ended March 31 2023', CALENDAR_Q3)).toEqual(['2023Q1']);
  });
});

describe("a fiscal year's end and a span of last year are the issuer's own", () => {
  it.each([
    ['total debt at the end of fiscal 2025', SEPT_Q3, '2025-09-27'],
    ['total debt end of FY25', SEPT_Q3, '2025-09-27'],
    ['net cash at FYE25', JUNE_HALF, '2025-06-30'],
    ['cash at the end of fiscal 2025', CALENDAR_Q3, '2025-12-31'],
    ['end of 2022', CALENDAR_Q3, '2022-12-31'],
    ['corporate expense for the nine months of last year', CALENDAR_Q3, '9M-2024-09-30'],
    ['AFFO payout for the first nine months of last year', CALENDAR_Q3, '9M-2024-09-30'],
    ['operating profit for the first half of last year', MARCH_HALF, '6M-2025-09-30'],
    ['the first half of the previous fiscal year', CALENDAR_Q3, '6M-2024-06-30'],
  ])('"%s"', (text, c, want) => expect(keys(findPeriods(text, c))).toEqual([want]));

  it('"$9m of last year" is an amount', () => {
    expect(keys(findPeriods('paid $9m of last year', CALENDAR_Q3))).toEqual(['12M-2024-12-31']);
  });
});

const RELEASE = [
  '# Synthetic Quokka Minerals Limited – Half-Year Results for the six months ended 31 December 2025',
  '',
  "Quokka Minerals reports its results for the half-year ended 31 December 2025. Quokka's financial year ends on 30 June.",
  '',
  '| A$m | 31 Dec 2025 | 30 Jun 2025 |',
  '|---|---|---|',
  '| Cash and bullion | 1,046.3 | 812.9 |',
  '| Net cash | 796.3 | 562.9 |',
];

let engine: Engine;
beforeAll(() => {
  engine = inlineEngine(RELEASE, 'quokka-1hfy26.md');
});
let n = 0;

describe('asked of a release, the opening balance is answered, never the close', () => {
  it.each([
    ['cash and bullion at the start of the half', '812.9'],
    ['net cash at the beginning of the period', '562.9'],
    ['net cash at the start of the year', '562.9'],
  ])('"%s"', (q, figure) => {
    const a = engine.ask(q, `open-${n++}`);
    expect(a.status).toBe('answer');
    expect(a.text).toContain(figure);
    expect(a.text).toContain('June 30, 2025');
  });
});
