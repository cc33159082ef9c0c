// The fiscal name a release's own half, nine months or year bears over its tables' columns ("1H FY2026" over the
// segment table of a half to 30 September 2026), where the release dates no name itself but states the fiscal year
// its period is part of by that year's end ("the First Six Months of the Fiscal Year Ending March 31, 2027"). Issuers
// name such a year by the calendar year it starts in or the one it ends in, so either year's name of that part may be
// the release's own; the newer one the headers bear is (no column is of a period after the release's own). Where the
// release states no such year end, or its headers bear no name of that part of it, nothing is named: those tables stay
// skipped, and a question asking by the name is read as before.
import type { ParsedTable } from './tables.js';
import { monthCount, parseDate, type Period } from './period.js';
import { BEFORE_END, fiscalNames, MONTHS, namedColumns } from './period-names.js';
import { DATE } from './stated-year-end.js';

/** "the Fiscal Year Ending March 31, 2027", "fiscal year ended 31 March 2026": a fiscal year by its end. */
const YEAR_ENDING = new RegExp(String.raw`\bfiscal\s+year\s+end(?:ing|ed)\s+(?:on\s+)?${DATE}`, 'gi');

/** The part of a stated fiscal year the release's own period is ("h1" of the year ending 2027-03-31), or null: none, or two. */
function ownPart(prose: string, own: Period): { part: string; endYear: number } | null {
  if (own.kind !== 'duration') return null;
  const ends = [...prose.slice(0, 20_000).matchAll(YEAR_ENDING)].flatMap((m) => parseDate(m[1]!) ?? []);
  const found = new Set(
    ends.flatMap((e) => Object.keys(MONTHS).flatMap((part) => (MONTHS[part] === own.months && monthCount(e) - monthCount(own.end) === BEFORE_END[part] ? [`${part}-${e.slice(0, 4)}`] : []))),
  );
  if (found.size !== 1) return null;
  const [part, year] = [...found][0]!.split('-');
  return { part: part!, endYear: Number(year) };
}

/** The names the release dates (period-names.ts namedColumns), else its own period's name its headers bear. */
export function releaseNames(tables: ParsedTable[], prose: string, own: Period): [string, Period][] {
  const names = namedColumns(tables, prose);
  const stated = names.length ? null : ownPart(prose, own);
  if (!stated) return names;
  const borne = tables.flatMap((t) => t.columns.flatMap((c) => (c.nominal && c.period ? fiscalNames(c.header) : [])));
  const years = borne.flatMap((k) => {
    const [part, year] = k.split('-');
    return part === stated.part && (Number(year) === stated.endYear || Number(year) === stated.endYear - 1) ? [Number(year)] : [];
  });
  return years.length ? [[`${stated.part}-${Math.max(...years)}`, own]] : names;
}
