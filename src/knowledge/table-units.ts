// A table cell's unit: its column's currency and the table's scale note, outranked by what the line's own label
// states ("Sales floor (m2)", "Stores at period end"), the total it adds into, or a heading naming a count
// ("STORE COUNT"); a line whose unit the table does not tell is left out by name (unitlessLines).
import type { Unit } from './fact.js';
import { percentNote, type Cell } from './numbers.js';
import { inPerShareBridge, PER_SHARE_NAME, perShareColumn } from './per-share-bridge.js';
import { countHeading, headedCount, mixedCountReason, tableCountNoun } from './count-headings.js';
import { bareCountNoun, bareName, bareRatio, countsTable, excepted, kindExcepted, namesAmount, penceUnit, ROW_UNIT_RULES, rowUnit, scaleIn, statesUnits } from './row-units.js';
import type { Column, ParsedTable, TableLine } from './tables.js';
import { exceptedKinds } from './note-exceptions.js';
/** A label that names its line only with its parent's ("Basic" under "Weighted average shares"). */
export const GENERIC = /^(basic|diluted|total|other|net|current|non-current)$/i;

/** The name a line's figures are read by: a generic label ("Basic", "Total") with its parent's. */
export function baseOf(line: TableLine): string {
  const parent = line.parents[line.parents.length - 1] ?? '';
  return GENERIC.test(line.label) ? `${parent} ${line.label}`.trim() : line.label;
}

const NO_UNIT = 'no unit: the table states no scale and the line names no unit of its own';
const COUNT_OR_AMOUNT = 'a count noun alone in a table of amounts, adding into no total: the table does not tell a count from an amount';

/** Why a line of unitlessLines is left out. */
export const unitlessReason = (line: TableLine) => (bareCountNoun(baseOf(line)) ? COUNT_OR_AMOUNT : bareRatio(baseOf(line)) ? BARE_RATIO : wordCount(baseOf(line)) ? PART_COUNT : NO_UNIT);
const BARE_RATIO = 'a ratio printed with no unit in a table of amounts: neither an amount nor, as printed, a multiple or a percentage';
const PART_COUNT = 'a count noun in its label ("Commercial Lines") over figures with decimals: no count of whole things, and the table does not say it is an amount';

/** The lines (not left out by name) with a figure whose unit the table does not give: no scale for an amount. */
export function unitlessLines(table: ParsedTable): TableLine[] {
  return table.lines.filter((l) => !l.exclusion && l.values.some((v, j) => v && table.columns[j]?.period && !tableUnit(baseOf(l), v, table.columns[j]!, table, l)));
}

/** Why a table headed as a count is not read: a line of it whose unit it does not tell (a count, or an amount?). */
export const mixedCount = (t: ParsedTable, unitless: TableLine[]) => (unitless[0] && countNoun(t) ? mixedCountReason(t.title, unitless[0]) : null);
/** (Found once a table.) */
const countNouns = new WeakMap<ParsedTable, string | null>();
const countNoun = (t: ParsedTable) => (countNouns.has(t) ? countNouns.get(t)! : countNouns.set(t, tableCountNoun(t.title, t.lines.map(baseOf))).get(t)!);

/** Share counts' scale: "number of shares, which are reflected in thousands", else the table's unless shares are excepted. */
function shareScale(note: string, scale: number | null): number | null {
  const stated = /\bshares?\b[^.)]*?\b(?:in\s+)?(thousands|millions)\b/i.exec(note);
  if (stated) return stated[1]!.toLowerCase() === 'thousands' ? 1e3 : 1e6;
  if (exceptedKinds(note).has('share counts')) return 1;
  // (With no scale stated, "117.2" shares cannot be told from 117.2 million: declined.)
  return scale;
}

/** The total a line adds into, or the line it breaks down (dashedUnder), if any (totals found once a table). */
const wholes = new WeakMap<ParsedTable, Map<TableLine, TableLine>>();
function wholeOf(table: ParsedTable, line: TableLine): TableLine | undefined {
  let of = wholes.get(table);
  if (!of) wholes.set(table, (of = new Map(table.lines.flatMap((w) => w.children.map((c) => [c, w] as const)))));
  return of.get(line) ?? dashedUnder(table, line);
}

/**
 * The line a dash-led line ("– Domestic", "- International") breaks down: the nearest line above not led by one. A
 * markdown table cannot indent, so the dash is its indent; the breakdown is of the line's kind ("ASKs (millions)").
 */
const DASH_LED = /^[–—-]\s*\S/;
function dashedUnder(table: ParsedTable, line: TableLine): TableLine | undefined {
  if (!DASH_LED.test(line.label)) return undefined;
  const above = table.lines.slice(0, table.lines.indexOf(line)).reverse();
  return above.find((l) => !DASH_LED.test(l.label));
}

/** Whether a line adds into a total of its table, or totals lines of it: its figures are of the total's kind. */
const summed = (line: TableLine, table: ParsedTable) => line.children.length > 0 || table.lines.some((l) => l.children.includes(line));

/**
 * Whether a table's lines state units of other kinds than money ("Churn (%)", "Subscribers (thousands)"): a
 * table of operating figures under an "unless otherwise stated" amount note, where a bare count noun is a count.
 */
const mixedKinds = new WeakMap<ParsedTable, boolean>();
function mixesKinds(table: ParsedTable, currency: string): boolean {
  let mixed = mixedKinds.get(table);
  if (mixed === undefined) {
    mixed = table.lines.some((l) => { const base = baseOf(l); const u = !bareCountNoun(base) && rowUnit(base, currency); return !!u && u.kind !== 'money'; });
    mixedKinds.set(table, mixed);
  }
  return mixed;
}

/**
 * Whether a table is one of operating figures: most of its lines state a unit in brackets, some of another kind
 * than money, and every line stating none names no amount. (A unit read from a word, "…, retail stores", is no sign.)
 */
const operatingTables = new WeakMap<ParsedTable, boolean>();
function operatingTable(table: ParsedTable, currency: string): boolean {
  let operating = operatingTables.get(table);
  if (operating === undefined) {
    const stated = table.lines.filter((l) => /\([^()]*\)\s*$/.test(baseOf(l)) && rowUnit(baseOf(l), currency));
    operating = mixesKinds(table, currency) && stated.length * 2 > table.lines.length && table.lines.every((l) => rowUnit(baseOf(l), currency) || !namesAmount(baseOf(l)));
    operatingTables.set(table, operating);
  }
  return operating;
}

/**
 * A cell's unit is its column's and its line's: found once per column and line name, not again for each
 * cell and each reader (the unit check of readTables, then tableFacts). Kept by column (its header is read
 * before either asks) and the table's note. A bare count noun's unit depends on the line itself (whether it
 * adds into a total), so it is not kept.
 */
const unitsByColumn = new WeakMap<Column, Map<string, Unit | null>>();
/** What of a cell its unit depends on: its % sign or "p", and whether it prints decimals (no count of whole things does). */
type Printed = Pick<Cell, 'percent' | 'pence' | 'times' | 'decimals'>;

export function tableUnit(base: string, cell: Printed, col: Column, table: ParsedTable, line?: TableLine): Unit | null {
  if (bareCountNoun(base)) return unitOf(base, cell, col, table, line);
  let units = unitsByColumn.get(col);
  if (!units) unitsByColumn.set(col, (units = new Map()));
  const key = `${cell.percent}|${cell.pence ?? ''}|${cell.times ?? ''}|${cell.decimals > 0}|${table.unitNote}|${base}|${!!line && perShareSection(line)}|${line ? wholeOf(table, line)?.line : ''}`;
  if (!units.has(key)) units.set(key, unitOf(base, cell, col, table, line));
  return units.get(key)!;
}

/** "Weighted average", as releases shorten it too ("Weighted avg.", "Wtd avg"). */
const WEIGHTED_AVERAGE = String.raw`(?:weighted|wtd\.?)[- ]av(?:erage|g\.?)`;
/** A line of share counts ("Weighted average shares outstanding", "Weighted avg. shares - diluted (m)", "Average common equivalent shares outstanding"). */
const SHARE_COUNT = new RegExp(
  String.raw`\b(?:${WEIGHTED_AVERAGE}|number of|shares used|shares outstanding|average shares|common equivalent shares)(?!\w).*?\b(shares|ADSs?)\b|\bshares used\b|\b${WEIGHTED_AVERAGE} shares\b|\b(?:average\s+)?(?:common\s+)?shares\s+outstanding\b`,
  'i',
);
/** A line under a section row naming per-share figures alone ("Per share data:", "Amounts per diluted share"). */
const PER_SHARE_SECTION = /^(?:amounts?\s+)?per\s+(?:common\s+|diluted\s+|basic\s+)?(?:share|ADS)(?:\s+(?:data|amounts|information|figures))?\s*:?$/i;
/** (Read once a line: every cell of it asks, on load.) */
const sections = new WeakMap<TableLine, boolean>();
const perShareSection = (line: TableLine) => {
  let under = sections.get(line);
  if (under === undefined) sections.set(line, (under = line.parents.some((p) => PER_SHARE_SECTION.test(p.trim()))));
  return under;
};
/** Per share, or per ADS where `named` (the line's name or its column's header) says so. */
const perShare = (named: string, currency: string): Unit => ({ kind: 'per_share', currency, basis: /\bper\s+(?:\w+\s+)?ADS\b/.test(named) ? 'ADS' : 'share' });

function unitOf(base: string, cell: Printed, col: Column, table: ParsedTable, line?: TableLine): Unit | null {
  if (cell.percent) return { kind: 'percent' };
  // "3.3x" is a multiple, never an amount at the table's scale.
  if (cell.times) return { kind: 'count', scale: 1, noun: 'times' };
  // A column headed as per share ("Earnings Per Share") holds no amount at the note's scale: only a count of
  // shares, or a line stating a unit of its own, is read otherwise there.
  // So are the lines under a section row that says so ("Per share data:").
  const ofSection = line && perShareSection(line);
  if ((perShareColumn(col.header) || ofSection) && !SHARE_COUNT.test(base) && !rowUnit(base, col.currency)) return perShare(ofSection ? line.parents.join(' ') : col.header, col.currency);
  const note = `${table.unitNote} ${col.header}`;
  const scale = scaleIn(note);
  // A figure printed in pence ("3.9p") is in pence whatever the table's note says of its pounds.
  // So is a unit its column's header states ("AISC 1H FY26 (A$/oz)", "Produced (oz)"): never the note's amount.
  const own = rowUnit(base, col.currency) ?? (cell.pence ? penceUnit(base) : null) ?? headerUnit(col.header);
  // A line stating no unit (or a count noun alone) that adds into a count ("Farmacias" into "Total stores") is a
  // count of its noun; in a table headed as a count ("STORE COUNT") it counts the heading's noun, never an amount
  // at the document's money note.
  if (!own || bareCountNoun(base)) {
    const whole = line && wholeOf(table, line);
    const ofWhole = whole && tableUnit(baseOf(whole), cell, col, table, whole);
    if (ofWhole?.kind === 'count') return ofWhole;
    // (Shares and amounts per share are their own kinds, below.)
    const headed = SHARE_COUNT.test(base) || PER_SHARE_NAME.test(base) ? undefined : headedCount(countNoun(table), note, base, scale);
    if (headed !== undefined) return headed;
  }
  // A bare count noun ("Branches") in a table of amounts is read by the arithmetic: an amount where it adds
  // into a total (or totals lines), else not read at all, never guessed as a count; in a table whose lines
  // state units of other kinds it is a count, as in a table of operating figures.
  if (bareCountNoun(base) && scale !== null && col.currency && !percentNote(table.unitNote) && !mixesKinds(table, col.currency)) {
    return line && summed(line, table) ? { kind: 'money', currency: col.currency, scale } : null;
  }
  // In a table of counts ("in thousands, unless stated"), a count with no scale of its own is at the note's,
  // unless the note's "except ..." clause names it.
  if (own?.kind === 'count' && own.scale === 1 && scale !== null && !statesUnits(base) && !excepted(table.unitNote, base) && ofCounts(table)) return { ...own, scale };
  const worded = own && line && wordCount(base) ? countOrAmount(own, cell, col, table, line) : undefined;
  if (worded !== undefined) return worded;
  if (own) return own;
  // (No amount of money in it: a line not part of a count, above, is not read.)
  if (ofCounts(table) && scale !== null) return null;
  // (So does a column's own header, "Sep. 30, 2026" over "(%)", and the table's own title over a unit it carries from
  // the table before: "Adjusted EBITA margin by segment, %" under the release's "SEK m".)
  if (percentNote(table.unitNote) || percentNote(col.header) || percentNote(table.title)) return { kind: 'percent' };
  if (SHARE_COUNT.test(base)) {
    const shares = shareScale(note, scale);
    return shares === null ? null : { kind: 'count', scale: shares, noun: /\bADS/.test(base) ? 'ADSs' : 'shares' };
  }
  const per = PER_SHARE_NAME.exec(base);
  // (With no scale, a line inside a per-share bridge that adds up is per share: per-share-bridge.ts.)
  if (per || (scale === null && line && inPerShareBridge(table, line, (l) => PER_SHARE_NAME.test(baseOf(l))))) return perShare(base, col.currency);
  // Money needs its scale: a table of amounts with no unit note is not read with confidence.
  if (scale === null) return null;
  if (bareRatio(base)) return line && quotientOfLines(table, line) ? { kind: 'count', scale: 1, noun: 'times' } : null;
  // Under "except counts" a line naming no amount may be a count: not read, unless it adds into a total of amounts.
  if (kindExcepted(note, base) && !(line && summed(line, table))) return null;
  // In a table of operating figures, whose lines state their own units ("ASK (million)", "Yield (R$ cents)") and whose
  // others name no amount either, a line naming none ("Departures") is a number, never an amount at the note's scale.
  if (!namesAmount(base) && !(line && summed(line, table)) && operatingTable(table, col.currency)) return { kind: 'count', scale: 1, noun: 'count' };
  return { kind: 'money', currency: col.currency, scale };
}

/**
 * Whether a ratio printed bare ("Book-to-bill  1.09") is, in every dated column (two at least), the quotient of two
 * other lines of its table at its printed decimals (order intake over revenue): then it is a multiple, no percentage.
 */
function quotientOfLines(table: ParsedTable, line: TableLine): boolean {
  const cols = line.values.flatMap((v, j) => (v && !v.percent && table.columns[j]?.period ? [j] : []));
  const others = table.lines.filter((l) => l !== line && !l.exclusion && !bareRatio(baseOf(l)));
  const quotient = (a: TableLine, b: TableLine, j: number) => {
    const [x, y, r] = [a.values[j], b.values[j], line.values[j]!];
    return !!x && !!y && !x.percent && !y.percent && !y.value.isZero() && x.value.div(y.value).toDecimalPlaces(r.decimals).equals(r.value);
  };
  return cols.length >= 2 && others.some((a) => others.some((b) => a !== b && cols.every((j) => quotient(a, b, j))));
}

/**
 * The unit a column's header states in its last parentheses, where it is no money at the note's scale: a price per
 * unit, "(A$/oz)", is its own; a bare currency, "2Q26 (US$)", is the column's currency at the note's scale.
 */
function headerUnit(header: string): Unit | null {
  const part = /\(([^()]+)\)\s*$/.exec(header)?.[1];
  const unit = part ? rowUnit(header, '') : null;
  if (unit?.kind === 'money') return unit.scale === 1 && /\/|\bper\b/i.test(part!) ? unit : null;
  return unit;
}

/** A count read from a word of the label alone ("Commercial Lines", "Stores at period end"), no unit in parentheses. */
const wordCount = (base: string) => !bareCountNoun(base) && bareName(base) === base && ROW_UNIT_RULES.find((r) => r.unit(base, ''))?.name === 'count-noun';

/**
 * A line whose label names a count by a word of it: a segment's name may end in one ("Commercial Lines",
 * "Personal Lines"). Adding into a total of money, it is an amount (the arithmetic outranks the word); printing
 * decimals at no scale of its own ("1,104.3"), it counts no whole things and is not read. Else undefined: a count.
 */
function countOrAmount(own: Unit, cell: Printed, col: Column, table: ParsedTable, line: TableLine): Unit | null | undefined {
  const whole = wholeOf(table, line);
  // (A total only laid out to add up, its lines off its figure, confirms nothing: table.mismatches.)
  const added = whole && !table.mismatches.some((m) => m.total === whole);
  const ofWhole = added ? tableUnit(baseOf(whole), cell, col, table, whole) : null;
  if (ofWhole?.kind === 'money') return ofWhole;
  return own.kind === 'count' && own.scale === 1 && cell.decimals > 0 && !FRACTIONAL.test(own.noun) ? null : undefined;
}
/** Count nouns of things measured, not counted: a fraction of them is one. */
const FRACTIONAL = /^(?:tonnes|units)$/i;

const countTables = new WeakMap<ParsedTable, boolean>();
/** A table of counts: its lines count things under a note of scale alone; never one titled as an amount ("Segment Net Sales") that no count heading names. */
const ofCounts = (table: ParsedTable): boolean => {
  const amounts = namesAmount(table.title) && !countHeading(table.title);
  if (!countTables.has(table)) countTables.set(table, !amounts && countsTable(table.lines.map(baseOf), `${table.unitNote} ${table.columns.map((c) => c.header).join(' ')}`));
  return countTables.get(table)!;
};
