// The fiscal names a release gives its own periods: a header "H1 FY26 / 26 wks to 30 Aug 2025" names that
// half "H1 FY26", and so does its prose ("the year ended 30 June 2026 (FY26)"). A release of halves or years
// has no fiscal calendar of quarters to date such a name by, so a table headed by the name alone, and a
// question asking by it, take the period the release dated it as, or (where that period ends at a month's
// end) the period its fiscal year's calendar gives the name ("2H26" is the half to June 2026 of a year to
// June). A name the release neither dates nor can date by its calendar is left undated (its table skipped,
// the question read as before).
import type { ParsedTable } from './tables.js';
import type { SkippedTable } from './release.js';
import { ReleaseError } from './document.js';
import { periodMentions } from './period-grammar.js';
import { byMonths } from './columns.js';
import { lastDay, nearSpan, periodEnd, periodKey, shift, type Period } from './period.js';

/**
 * A fiscal name as headers and questions write it: "H1 FY26", "1H FY2026", "FY26", "Q2 FY'26", "9M FY26", "Q2FY27",
 * "H1 F2026" and "F26" (as South African releases write it), and a half by its fiscal year's two digits alone, as
 * Australian releases write it: "2H26", "1H26"; a year as "fiscal 2026" or "financial year 2026" (never "fiscal
 * 2025/26", a year over two: SPLIT_NAME).
 */
const FISCAL_NAME = /\b(?:(?:([HQ])([1-4])|([1-4])([HQ])|(9M))\s*)?F(?:Y\s*|(?=['’]?\d))['’]?(\d{4}|\d{2})\b(?!\s*\/\s*\d)|\b([12])H\s*['’]?(\d{2})\b|\b(?:fiscal|financial)\s+(?:year\s+)?((?:19|20)\d{2})\b(?!\s*\/)/gi;
/**
 * A fiscal name over two calendar years, named by the year it ends in: "H1 2026/27", "H1 FY2026/27", "Q2 26/27",
 * "FY 2025/26" (two-digit years only after a part or "FY": alone they may be a date).
 */
const SPLIT_NAME = /\b(?:(?:([HQ])([1-4])|([1-4])([HQ])|(9M))\s*)?(FY\s*)?((?:19|20)\d{2}|\d{2})\s*\/\s*(\d{2})\b/gi;

/** A name's parts: what part of its fiscal year (the year, a half, a quarter, nine months) and the year. */
interface Name { part: string; year: number }

export const MONTHS: Record<string, number> = { fy: 12, h1: 6, h2: 6, q1: 3, q2: 3, q3: 3, q4: 3, '9m': 9 };
/** How many months before its fiscal year's end each part ends. */
export const BEFORE_END: Record<string, number> = { fy: 0, h1: 6, h2: 0, q1: 9, q2: 6, q3: 3, q4: 0, '9m': 3 };

function nameOf(m: RegExpMatchArray): Name {
  const kind = (m[1] ?? m[4] ?? (m[7] ? 'h' : '')).toLowerCase();
  const part = m[5] ? '9m' : kind ? `${kind}${m[2] ?? m[3] ?? m[7]}` : 'fy';
  const y = m[6] ?? m[8] ?? m[9]!;
  return { part, year: y.length === 2 ? 2000 + Number(y) : Number(y) };
}

const keyOf = (n: Name) => `${n.part}-${n.year}`;
const parse = (key: string): Name => ({ part: key.split('-')[0]!, year: Number(key.split('-')[1]) });

/** A split year's name, keyed by the year it ends in ("H1 2026/27": h1-2027), or null where it names no fiscal year. */
function splitNameOf(m: RegExpMatchArray): Name | null {
  const first = Number(m[7]!.length === 2 ? `20${m[7]}` : m[7]);
  if ((first + 1) % 100 !== Number(m[8]) || (m[7]!.length === 2 && !m[6] && !m[1] && !m[3] && !m[5])) return null;
  const kind = (m[1] ?? m[4] ?? '').toLowerCase();
  return { part: m[5] ? '9m' : kind ? `${kind}${m[2] ?? m[3]}` : 'fy', year: first + 1 };
}

/** Every fiscal name a text holds, as keys ("H2 FY26", "2H FY2026", "2H26" and "H2 2025/26" alike), in the order written. */
export function fiscalNames(text: string): string[] {
  const split = [...text.matchAll(SPLIT_NAME)].flatMap((m) => ((n) => (n ? [{ at: m.index, key: keyOf(n) }] : []))(splitNameOf(m)));
  const named = [...text.matchAll(FISCAL_NAME)].map((m) => ({ at: m.index, key: keyOf(nameOf(m)) }));
  return [...split, ...named].sort((a, b) => a.at - b.at).map((n) => n.key);
}

/** Whether a name may be the dated span's: as long, and its fiscal year ending in the span's year or the next. */
function fits(key: string, p: Period): boolean {
  const n = parse(key);
  const year = Number(periodEnd(p).slice(0, 4));
  return p.kind === 'duration' && p.months === MONTHS[n.part] && (n.year === year || n.year === year + 1);
}

/** The names the release's dated columns bear, each with its period; a name borne by two periods is no one's. */
export function namedColumns(tables: ParsedTable[], prose = ''): [string, Period][] {
  const found = new Map<string, Period | null>();
  const add = (n: string, p: Period) => {
    const had = found.get(n);
    found.set(n, had === undefined || (had && periodKey(had) === periodKey(p)) ? p : null);
  };
  for (const c of tables.flatMap((t) => t.columns)) {
    if (!c.period || c.nominal || c.period.kind !== 'duration') continue;
    for (const n of fiscalNames(c.header)) add(n, c.period);
  }
  for (const [n, p] of statedNames(prose)) add(n, p);
  return [...found].filter((e): e is [string, Period] => e[1] !== null);
}

/**
 * A dated span the prose names in parentheses right after it, the name bare or defined in quotes: "for the year
 * ended 30 June 2026 (FY26)", 'the six months ended 31 December 2025 ("H1 FY2026")', '(the "1H FY2026")', '("fiscal 2026")'.
 */
const NAMED_AFTER = /\(\s*(?:the\s+)?["“'‘]?\s*((?:(?:[HQ][1-4]|[1-4][HQ]|9M)\s*)?(?:FY\s*)?(?:(?:19|20)\d{2}|\d{2})\s*\/\s*\d{2}|(?:(?:[HQ][1-4]|[1-4][HQ]|9M)\s*)?F(?:Y\s*)?['’]?(?:\d{4}|\d{2})|[12]H\s*['’]?\d{2}|(?:fiscal|financial)\s+(?:year\s+)?(?:19|20)\d{2})\s*["”'’]?\s*\)/gi;

/** The names the prose gives the spans it dates, where each fits its span (as long, of its year). */
export function statedNames(prose: string): [string, Period][] {
  const out: [string, Period][] = [];
  const anchor: Period = { kind: 'instant', date: '2100-12-31' };
  for (const m of prose.slice(0, 20_000).matchAll(NAMED_AFTER)) {
    const before = prose.slice(Math.max(0, m.index - 100), m.index);
    const last = periodMentions(before, anchor).at(-1);
    const key = fiscalNames(m[1]!)[0];
    if (!last || !key || before.slice(last.end).trim() || last.ref.kind !== 'period' || !/\d{4}/.test(last.ref.text) || !fits(key, last.ref.period)) continue;
    out.push([key, last.ref.period]);
  }
  return [...out, ...definedNames(prose.slice(0, 20_000), anchor)];
}

/** A name the prose defines by the days it spans: '"9M FY2025" is the nine months from April 1, 2025 to December 31, 2025'. */
const DEFINED_AS = /["“]([^"”\n]{2,24})["”]\s+(?:is|are|means|refers\s+to|denotes)\s+()([^.;"“]{5,140})/gi;
/**
 * A fiscal year's name unquoted as its sentence's subject, as UK results write it: "FY26 refers to the 52 weeks to 1 March
 * 2026; FY25 to the 52 weeks to 2 March 2025" (the verb left out only after a semicolon, of a second name so defined).
 */
const DEFINED_BARE = /(?:^|[.]\s+|(;)\s*|\n\s*)((?:FY\s?|F)['’]?(?:\d{4}|\d{2})|(?:fiscal|financial)\s+(?:year\s+)?(?:19|20)\d{2})\s+(refers?\s+to|means|denotes|to)\s+([^.;\n]{5,140})/gi;

/** The names so defined, where the definition dates one span that fits the name (as long, of its year). */
function definedNames(prose: string, anchor: Period): [string, Period][] {
  const quoted = [...prose.matchAll(DEFINED_AS)].map((m) => [m[1]!, m[3]!]);
  const bare = [...prose.matchAll(DEFINED_BARE)].flatMap((m) => (m[3]!.toLowerCase() !== 'to' || m[1] ? [[m[2]!, m[4]!]] : []));
  return [...quoted, ...bare].flatMap(([name, body]): [string, Period][] => {
    const keys = fiscalNames(name!);
    const spans = periodMentions(body!, anchor).flatMap((f) => (f.ref.kind === 'period' && /\d{4}/.test(f.ref.text) && keys.length === 1 && fits(keys[0]!, f.ref.period) ? [f.ref.period] : []));
    return spans.length && spans.every((p) => periodKey(p) === periodKey(spans[0]!)) ? [[keys[0]!, spans[0]!]] : [];
  });
}

/**
 * The period a name gives by the fiscal calendar of a name the release dates: that name's year ends where its
 * dated period says, every fiscal year twelve months apart. Only a calendar of month ends is so counted (a
 * 52/53-week year's other ends are not known to the day); given the release's own period, none ending after it.
 */
function byCalendar(key: string, names: [string, Period][], own: Period | null): Period | undefined {
  const anchor = names.find(([, p]) => {
    const end = periodEnd(p);
    return Number(end.slice(8)) === lastDay(Number(end.slice(0, 4)), Number(end.slice(5, 7)));
  });
  const n = parse(key);
  if (!anchor || MONTHS[n.part] === undefined) return undefined;
  const a = parse(anchor[0]);
  const yearEnd = shift(anchor[1], -BEFORE_END[a.part]!);
  const end = shift(yearEnd, 12 * (a.year - n.year) + BEFORE_END[n.part]!);
  const p: Period = { kind: 'duration', end: periodEnd(end), months: MONTHS[n.part]! };
  return !own || periodEnd(p) <= periodEnd(own) ? p : undefined;
}

const MONTH_QUARTER = /^\s*(?:mar(?:ch)?|june?|sep(?:t(?:ember)?)?|dec(?:ember)?)\.?\s+(?:19|20)\d{2}\s+(?:quarter|qtr)\s*$/i;

/**
 * A table whose undated columns each bear one name the release dates (or its calendar gives): those columns so
 * dated, each name added to the release's names; false if any cannot be. (A column is never of a period after the release's own.)
 */
export function dateByNames(t: ParsedTable, names: [string, Period][], own: Period): boolean {
  const at = new Map(names);
  // A quarter named by its last month and year ("Dec 2025 Quarter" beside "1H FY26") is dated as read: it ends with that month.
  for (const c of t.columns) if (c.nominal && c.period?.kind === 'duration' && c.period.months === 3 && MONTH_QUARTER.test(c.header)) c.nominal = false;
  const undated = t.columns.filter((c) => c.nominal && c.period);
  const periods = undated.map((c) => {
    const named = fiscalNames(c.header);
    return named.length === 1 ? (at.get(named[0]!) ?? byCalendar(named[0]!, names, own)) : undefined;
  });
  if (!undated.length || periods.some((p) => !p)) return false;
  undated.forEach((c, i) => {
    c.period = periods[i]!;
    c.nominal = false;
    const [key] = fiscalNames(c.header);
    if (!at.has(key!)) names.push([key!, periods[i]!]);
  });
  return true;
}

/** The fiscal name a period read from a name's calendar months bears ("FY25" read as the year to December 2025 → fy-2025). */
function calendarName(p: Period): string | null {
  if (p.kind !== 'duration' || p.fiscal) return null;
  const [y, m] = [Number(p.end.slice(0, 4)), Number(p.end.slice(5, 7))];
  const part = p.months === 12 && m === 12 ? 'fy' : p.months === 6 && m % 6 === 0 ? `h${m / 6}` : p.months === 9 && m === 9 ? '9m' : p.months === 3 && m % 3 === 0 ? `q${m / 3}` : null;
  return part && `${part}-${y}`;
}

/**
 * A period a sentence names by a fiscal name it prints ("Cost-to-income ratio of 46.0% (FY25: 47.0%)", read from
 * a calendar year's months), as the release dates that name, a later one too (the outlook's "FY27"); any other
 * period as it was read (a sentence's "the nine months" is no "9M FY2025", though read from the same months).
 */
export function proseNamed(p: Period, names: [string, Period][], sentence: string): Period {
  const key = calendarName(p);
  if (!key || !names.length || !fiscalNames(sentence).includes(key)) return p;
  return names.find(([n]) => n === key)?.[1] ?? byCalendar(key, names, null) ?? p;
}

/**
 * The spans the prose dates, with their places: by an end date ("the six months ended 30 June 2026"), by their
 * months ("January–June 2026"), or by their weeks to a date ("26 weeks ended 28 June 2026", a 52/53-week calendar's).
 */
function statedSpans(prose: string): { at: number; p: Period }[] {
  const anchor: Period = { kind: 'instant', date: '2100-12-31' };
  return periodMentions(prose.slice(0, 20_000).replace(/\s+/g, ' '), anchor).flatMap((m) => (m.ref.kind === 'period' && m.ref.period.kind === 'duration' && (m.ref.dated || byMonths(m.ref) || /^weeks ended/.test(m.rule)) ? [{ at: m.start, p: m.ref.period }] : []));
}

/** The stated span a column's calendar span is: as long, ending on its day or (a 52/53-week calendar's) within a week of it. */
function statedAs(p: Period, stated: Period[]): Period | undefined {
  const near = stated.filter((s) => nearSpan(s, p));
  return near.find((s) => periodKey(s) === periodKey(p)) ?? near[0];
}

/**
 * A release of halves or years whose columns are named from the calendar alone ("H1 2026", read from a calendar
 * year's months): where its prose dates one of those spans in words ("the six months ended 30 June 2026", or "the
 * 26 weeks ended 28 June 2026" of a 52/53-week calendar) or by its months ("Half-year report January–June 2026"),
 * its year is the calendar's, so each such column is dated as the prose dates it (else as read), and the latest is
 * the release's own period. A year named "FY 2025" is the calendar's on the same terms
 * (beside such halves, or dated itself: "Year-end report January–December 2025"). A part of a fiscal year ("H1
 * FY26") is never so dated (its year is its own); prose that dates none leaves all undated.
 */
export function calendarSpans(tables: ParsedTable[], prose: string): Period | undefined {
  const stated = statedSpans(prose).map((s) => s.p);
  const spans = tables.flatMap((t) => t.columns.flatMap((c) => (c.nominal && c.period?.kind === 'duration' && !c.period.fiscal && c.period.months !== 3 ? [{ c, p: c.period }] : [])));
  const named = spans.filter(({ c }) => !fiscalNames(c.header).length);
  const years = spans.filter(({ c, p }) => p.months === 12 && fiscalNames(c.header).join() === calendarName(p));
  const own = [...named, ...years].map((s) => s.c);
  if (!own.some((c) => statedAs(c.period!, stated))) return undefined;
  for (const c of own) {
    c.nominal = false;
    c.period = statedAs(c.period!, stated) ?? c.period;
  }
  return own.map((c) => c.period!).sort((a, b) => periodEnd(b).localeCompare(periodEnd(a)))[0];
}

/**
 * The span a release says it reports, "(interim) results for the 26 weeks ended 28 June 2026": with no column that
 * dates it, its prose does, so a table it cannot date is skipped by line and the rest of the release is read.
 */
export function resultsSpan(prose: string): Period | undefined {
  const text = prose.slice(0, 20_000).replace(/\s+/g, ' ');
  return statedSpans(text).find(({ at }) => /\bresults\s+(?:for|of)\s+(?:the|its)?\s*$/i.test(text.slice(Math.max(0, at - 40), at)))?.p;
}

/**
 * The period a question's one fiscal name means in the releases that name their own periods ("H1 FY26"): the period
 * they date it as, else the one their fiscal calendar gives it ("H2 FY2025" of a year to June is the half to June
 * 2025, never the calendar's second half of 2025, which is that year's "H1 FY2026"); null where they do not agree or name none.
 */
export function periodOfName(text: string, perRelease: [string, Period][][]): Period | null {
  const names = fiscalNames(text);
  const named = perRelease.filter((n) => n.length);
  if (names.length !== 1 || !named.length) return null;
  const found = named.map((n) => n.find(([k]) => k === names[0])?.[1] ?? byCalendar(names[0]!, n, null));
  const first = found[0];
  return first && found.every((p) => p && periodKey(p) === periodKey(first)) ? first : null;
}

/**
 * Why a release with no period of its own is refused, on the line of the first table whose columns name halves or
 * years that nothing dates ("H1 2026", "FY 2025"), quoting those names.
 */
export function noQuarter(doc: string, tables: ParsedTable[], skipped: { line: number; reason: string }[]): ReleaseError {
  const spans = [...new Set(tables.flatMap((t) => t.columns.flatMap((c) => (c.period?.kind === 'duration' ? [c.period.months] : []))))].sort((a, b) => a - b);
  const only = spans.length ? ` (its columns are of ${spans.join(' and ')} months only, none dated)` : '';
  const skips = skipped.length ? ` (${skipped.length} tables skipped: ${skipped.slice(0, 3).map((s) => `line ${s.line}: ${s.reason}`).join('; ')})` : '';
  const undated = tables.find((t) => t.columns.some((c) => c.nominal && c.period));
  const names = undated?.columns.flatMap((c) => (c.nominal && c.period ? [`"${c.header}"`] : [])).join(', ');
  const named = undated ? `; the table at line ${undated.lines[0]?.line ?? 1} names its columns ${names}, which no column and no sentence dates (as "the six months ended 30 June 2026" or "January–June 2026" would)` : '';
  return new ReleaseError(doc, undated?.lines[0]?.line ?? 1, `cannot tell which quarter the release reports${only}: no quarterly table column${skips} and no "first quarter ... 2024" phrase${named}`);
}

/**
 * Why a release yields no figure. One dated only by the span it says it reports results for is refused as one with no
 * period (noQuarter, naming the columns nothing dates): that span lets the rest of a release load, never dates nothing.
 */
export function noFigures(doc: string, tables: ParsedTable[], skipped: SkippedTable[], byResults: boolean): ReleaseError {
  // (The tables it read but could not date are named by noQuarter itself, not again as skipped.)
  if (byResults) return noQuarter(doc, tables, skipped.filter((s) => !tables.some((t) => (t.lines[0]?.line ?? 1) === s.line)));
  const skips = skipped.length ? ` (${skipped.length} tables skipped: ${skipped.slice(0, 3).map((x) => `line ${x.line}: ${x.reason}`).join('; ')})` : '';
  return new ReleaseError(doc, skipped[0]?.line ?? 1, `no figures found: neither a table of figures nor a figure in the text${skips}`);
}
