// A row that dates its own figures: "SST ratio (as at 1 January)" in a table of "30 June 2026 | 31 December 2025"
// columns prints the ratio as at 1 January of each column's year (a solvency ratio filed once a year), not at the
// columns' dates. Its figures are dated so: asked at 30 June 2026, the release gives none, and never this one as if it were.
import { MONTHS, parseDate, periodEnd, type Period } from './period.js';

const MONTH_NAMES = MONTHS.join('|');
/** "as at 1 January", "as of January 1": a day of a month, no year, said in a row's label. */
const AS_AT = new RegExp(`\\bas (?:at|of) (?:(\\d{1,2}) (${MONTH_NAMES})|(${MONTH_NAMES}) (\\d{1,2}))\\b(?!,? \\d{4})`, 'i');

/** The instant a row's figure stands at: the day its label names, in the column's year; else the column's own period. */
export function rowInstant(label: string, period: Period): Period {
  const m = period.kind === 'instant' ? AS_AT.exec(label) : null;
  if (!m || period.kind !== 'instant') return period;
  const day = Number(m[1] ?? m[4]);
  const month = MONTHS.indexOf((m[2] ?? m[3])!.toLowerCase()) + 1;
  if (day < 1 || day > 31) return period;
  const date = `${period.date.slice(0, 4)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { kind: 'instant', date };
}

/**
 * A date the label names that no column ends on ("SST ratio (1 Jul 2026 / 1 Jan 2026)" under "30 Sep 2026"):
 * the line's figures are measured then, so the column's period would misdate them.
 */
export function ownDate(label: string, columns: { period: Period | null }[]): boolean {
  const date = parseDate(label);
  return Boolean(date) && !columns.some((c) => c.period && periodEnd(c.period) === date);
}
