// The fiscal names a release gives its own dated columns: a header "H1 FY26 / 26 wks to 30 Aug 2025" names
// that half "H1 FY26". A release of halves or years has no fiscal calendar to date such a name by, so a
// table headed by the name alone, and a question asking by it, take the period the release dated it as;
// a name it never dates is left undated (its table skipped, the question read as before).
import type { ParsedTable } from './tables.js';
import { periodKey, type Period } from './period.js';

/** A fiscal name as headers and questions write it: "H1 FY26", "1H FY2026", "FY26", "Q2 FY'26", "9M FY26". */
const FISCAL_NAME = /\b(?:(?:[HQ][1-4]|[1-4][HQ]|9M)\s*)?FY\s*['’]?(?:\d{4}|\d{2})\b/gi;

/** A name's key: lower case, no spaces or apostrophes ("H1 FY26" and "h1 fy 26" alike). */
export const nameKey = (name: string): string => name.toLowerCase().replace(/[\s'’]+/g, '');

/** Every fiscal name a text holds, as keys. */
export function fiscalNames(text: string): string[] {
  return [...text.matchAll(FISCAL_NAME)].map((m) => nameKey(m[0]));
}

/** The names the release's dated columns bear, each with its period; a name borne by two periods is no one's. */
export function namedColumns(tables: ParsedTable[]): [string, Period][] {
  const found = new Map<string, Period | null>();
  for (const c of tables.flatMap((t) => t.columns)) {
    if (!c.period || c.nominal || c.period.kind !== 'duration') continue;
    for (const n of fiscalNames(c.header)) {
      const had = found.get(n);
      found.set(n, had === undefined || (had && periodKey(had) === periodKey(c.period)) ? c.period : null);
    }
  }
  return [...found].filter((e): e is [string, Period] => e[1] !== null);
}

/** A table whose undated columns each bear one name the release dates elsewhere: those columns so dated; false if any cannot be. */
export function dateByNames(t: ParsedTable, names: [string, Period][]): boolean {
  const at = new Map(names);
  const undated = t.columns.filter((c) => c.nominal && c.period);
  const periods = undated.map((c) => {
    const own = fiscalNames(c.header);
    return own.length === 1 ? at.get(own[0]!) : undefined;
  });
  if (!undated.length || periods.some((p) => !p)) return false;
  undated.forEach((c, i) => {
    c.period = periods[i]!;
    c.nominal = false;
  });
  return true;
}
