// The parts of a guided period, for progress against guidance: how many months from the guided period's start
// a period ends ("H1" of a fiscal year: 6), and which part a question names as done ("in H1" the first half;
// "needed in H2" the rest of it). Periods are compared by months, and by their fiscal names where both have them.
import { endMonth, shift, type Period } from '../../knowledge/period.js';

/**
 * The month a guided period ends. An outlook's "full fiscal year 2026" may be dated by the calendar
 * (December) where the issuer's year ends in January: a fiscal year's end is counted on from the end of
 * the fiscal quarter the release reports, else read from its date.
 */
function guidedEnd(guided: Period, quarter: Period): number {
  const [g, q] = [guided.kind === 'duration' ? guided.fiscal : undefined, quarter.kind === 'duration' ? quarter.fiscal : undefined];
  if (!g || g.quarter || !q?.quarter || guided.kind !== 'duration' || guided.months !== 12) return endMonth(guided);
  return endMonth(quarter) + (4 - q.quarter) * 3 + 12 * (g.year - q.year);
}

/**
 * Months from the guided period's start to the end of `p`: by the fiscal names where both are of one fiscal
 * year, else by the months they end in. `quarter` is the period the guiding release reports.
 */
export function monthsInto(p: Period, guided: Period, quarter: Period): number | null {
  if (p.kind !== 'duration' || guided.kind !== 'duration') return null;
  const [f, g] = [p.fiscal, guided.fiscal];
  if (f && g && !g.quarter && guided.months === 12) return f.year === g.year ? (f.quarter ? f.quarter * 3 : p.months) : null;
  return endMonth(p) - (guidedEnd(guided, quarter) - guided.months);
}

/** Whether a period is a part of a guided one (the first half of the year): progress is asked of the whole. */
export function inside(p: Period, guided: Period, quarter: Period): boolean {
  const into = monthsInto(p, guided, quarter);
  return p.kind === 'duration' && guided.kind === 'duration' && p.months < guided.months && into !== null && into >= p.months && into <= guided.months;
}

/**
 * The months of the guided period the question names as done, from its start: "in H1" the first half; "in
 * H2", "implied Q4" (a part ending with the guided period) what is left, so the part done is the rest. A part
 * named without its year may be the one a year on (guidance looks ahead). None named, undefined; a part in
 * the middle ("Q2" of a year), null: neither the part done nor what is left.
 */
export function partDone(periods: Period[], yearNamed: boolean, guided: Period, quarter: Period): number | null | undefined {
  const part = periods.flatMap((p) => (yearNamed ? [p] : [p, shift(p, -12)])).find((p) => inside(p, guided, quarter));
  if (!part || part.kind !== 'duration' || guided.kind !== 'duration') return undefined;
  const into = monthsInto(part, guided, quarter);
  return into === guided.months ? guided.months - part.months : into === part.months ? part.months : null;
}

/** Guidance asked for "next quarter": the quarter right after the one the guiding release reports. */
export const nextQuarter = (guided: Period, quarter: Period) => guided.kind === 'duration' && guided.months === 3 && endMonth(guided) - endMonth(quarter) === 3;

/** Guidance asked for "the full year", no year named: the fiscal year the release's quarter lies in (at a year's end, the next). */
export function yearAhead(guided: Period, quarter: Period): boolean {
  if (guided.kind !== 'duration' || guided.months !== 12) return false;
  const ahead = guidedEnd(guided, quarter) - endMonth(quarter);
  return ahead > 0 && ahead <= 12;
}
