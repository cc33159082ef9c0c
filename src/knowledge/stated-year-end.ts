// A fiscal year's end as the release states it in words ("Fiscal 2026 ended October 31, 2026"), for a release whose
// quarters are headed only by name ("Q4 2026", "Fiscal 2026"): read from a calendar year's months those columns would
// end in December, and every span derived from them (nine months, a second half) would be dated so.
import { isoDate, lastDay, parseDate, type Period } from './period.js';

/** A date as releases print it: "October 31, 2026", "31 October 2026" (fiscal.ts reads with it too). */
export const DATE = String.raw`([A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+,?\s+\d{4})`;
/** "Fiscal 2026 ended October 31, 2026", "fiscal year 2027 ends March 31, 2027", "fiscal 2026 ends June 30, 2026": the year named with its end. */
const NAMED_END = new RegExp(String.raw`\bfiscal\s+(?:year\s+)?((?:19|20)\d{2})\s+(?:ended|ends|ending|will\s+end)\s+(?:on\s+)?${DATE}`, 'i');
/** "the fiscal year ended October 31, 2026": a year past, named by the calendar year it ends in. */
const DATED_END = new RegExp(String.raw`\bfiscal\s+year\s+ended\s+(?:on\s+)?${DATE}`, 'i');

/** A year's name, quoted or not, a half or quarter of it may lead ("1H FY2026"): "FY2026", "fiscal 2026". */
const YEAR_NAME = String.raw`["“”'‘’]?(?:[12]H\s*|[1-4]Q\s*)?(?:FY\s?|fiscal\s+(?:year\s+)?)((?:19|20)\d{2})["“”'‘’]?`;
/** A fiscal year the release defines by its days: "FY2026: April 1, 2026 to March 31, 2027", "fiscal 2026 (April 1, 2026 - March 31, 2027)" (fiscal.ts reads it too). */
export const DEFINED_YEAR = new RegExp(String.raw`\b(?:FY\s?|fiscal\s+(?:year\s+)?)((?:19|20)\d{2})["”’']?\s*[:(,]?\s*(?:from\s+)?${DATE}\s*(?:to|through|until|[-–—])\s*${DATE}`, 'i');
/**
 * The year's name beside its end, as Japanese releases give it: "the fiscal year ending March 31, 2027 ("FY2026")",
 * "... ending March 31, 2027 ("1H FY2026", April 1 to September 30, 2026)"; or the end beside the name, in a note:
 * ""FY2026" refers to the fiscal year ending March 31, 2027". Each gives [name, end].
 */
const NAME_BESIDE_END: [RegExp, number, number][] = [
  [new RegExp(String.raw`\bfiscal\s+year\s+end(?:ing|ed)\s+(?:on\s+)?${DATE}\s*\(\s*(?:the\s+)?${YEAR_NAME}\s*[),]`, 'i'), 2, 1],
  [new RegExp(String.raw`${YEAR_NAME}\s+(?:refers\s+to|means|is)\s+the\s+fiscal\s+year\s+end(?:ing|ed)\s+(?:on\s+)?${DATE}`, 'i'), 1, 2],
];

/** The fiscal year the release names with its end date, [name, end]: by its end in words, by its days, or by its name beside its end. */
function namedYearEnd(text: string): [number, string | null] | null {
  const named = NAMED_END.exec(text);
  if (named) return [Number(named[1]), parseDate(named[2]!)];
  for (const [re, name, end] of NAME_BESIDE_END) {
    const m = re.exec(text);
    if (m) return [Number(m[name]), parseDate(m[end]!)];
  }
  const defined = DEFINED_YEAR.exec(text);
  return defined ? [Number(defined[1]), parseDate(defined[3]!)] : null;
}

/** The end date of fiscal year `year` as the release states it, or null where it states none that fits that year. */
export function statedYearEnd(text: string, year: number): string | null {
  const named = namedYearEnd(text);
  const date = named ? named[1] : parseDate(DATED_END.exec(text)?.[1] ?? '');
  if (!date) return null;
  // (Only a year named by the calendar year it ends in, or the one before: "fiscal 2026 ended January 31, 2027".)
  const given = named ? named[0] : Number(date.slice(0, 4));
  const endYear = Number(date.slice(0, 4)) + (year - given);
  if (endYear !== year && endYear !== year + 1) return null;
  const [m, d] = [Number(date.slice(5, 7)), Number(date.slice(8, 10))];
  return isoDate(endYear, m, d === lastDay(Number(date.slice(0, 4)), m) ? lastDay(endYear, m) : d);
}

/**
 * The end of a release's own quarter headed only by its name ("Q4 2026"), where the release states its fiscal year's
 * end in a month other than December: quarter n ends 3 × (4 − n) months before its year does. Null otherwise.
 */
export function quarterEndByYearEnd(text: string, own: Period): string | null {
  if (own.kind !== 'duration' || own.months !== 3) return null;
  const [y, m] = [Number(own.end.slice(0, 4)), Number(own.end.slice(5, 7))];
  if (m % 3) return null;
  const end = statedYearEnd(text, y);
  if (!end || end.slice(5, 7) === '12') return null;
  const total = Number(end.slice(0, 4)) * 12 + Number(end.slice(5, 7)) - 1 - 3 * (4 - m / 3);
  const [yy, mm, d] = [Math.floor(total / 12), (total % 12) + 1, Number(end.slice(8, 10))];
  // (A year ending on a month's last day has quarters ending on months' last days: October 31 → July 31 → April 30.)
  const monthEnd = d === lastDay(Number(end.slice(0, 4)), Number(end.slice(5, 7)));
  return isoDate(yy, mm, monthEnd ? lastDay(yy, mm) : Math.min(d, lastDay(yy, mm)));
}
