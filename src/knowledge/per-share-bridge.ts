// A per-share bridge printed with no unit note ("GAAP diluted EPS / Impairment charges / Tax effect of
// adjustments / Adjusted diluted EPS"): its lines between two per-share lines are per share too, but only when
// the arithmetic says so, the first line plus the lines between adding to the last in every column within the
// rounding of the printed figures. An amount in thousands cannot add into a per-share figure that way, so no
// amount is read as per share; a table that does not add up stays unread for want of a scale.
import { Decimal } from 'decimal.js';
import type { Cell } from './numbers.js';
import type { ParsedTable, TableLine } from './tables.js';

/** A line's name says its figures are per share (or per ADS). */
export const PER_SHARE_NAME = /\bper\s+(?:fully\s+)?(?:diluted\s+|basic\s+|common\s+)?(ADS|ordinary share|share)\b|\b(?:earnings|profit|loss|income)\s+per\b|\bEPS\b/i;

/** A header's words less a note's exceptions: "(in millions, except per share data)" names no per-share column. */
const ownWords = (header: string) => header.replace(/\bexcept\b[^)]*/gi, ' ');
/**
 * A column headed as per share ("Earnings Per Share", "Diluted EPS", "$ per share"): its figures are per share
 * whatever its lines are called, never at the scale the table's note gives its amounts.
 */
export const perShareColumn = (header: string): boolean => PER_SHARE_NAME.test(ownWords(header));
/** A column dated whose header names per-share figures and a scale of amounts both, left unread, saying why: neither is sure. (Its header read once.) */
export const perShareUnclear = <C extends { period: unknown; header: string }>(c: C) =>
  c.period && perShareColumn(c.header) && /\b(?:thousands?|millions?|billions?|mn|bn)\b/i.test(ownWords(c.header)) ? { ...c, period: null, exclusion: 'its header names per-share figures and a scale of amounts both: which its figures are is not clear', unread: true as const } : c;

const bridges = new WeakMap<ParsedTable, Set<TableLine>>();

/** Whether `line` stands between the two per-share ends of a bridge that adds up in every column. */
export function inPerShareBridge(table: ParsedTable, line: TableLine, perShare: (l: TableLine) => boolean): boolean {
  let inner = bridges.get(table);
  if (!inner) bridges.set(table, (inner = bridgeLines(table, perShare)));
  return inner.has(line);
}

function bridgeLines(table: ParsedTable, perShare: (l: TableLine) => boolean): Set<TableLine> {
  const lines = table.lines.filter((l) => l.values.some(Boolean));
  const first = lines[0];
  const last = lines[lines.length - 1];
  const middle = lines.slice(1, -1);
  if (!first || !last || !middle.length || !perShare(first) || !perShare(last) || middle.some((l) => l.values.some((c) => c?.percent))) return new Set();
  const adds = table.columns.every((_, j) => !last.values[j] || addsUp(first.values[j] ?? null, middle.map((l) => l.values[j] ?? null), last.values[j]!));
  return adds && last.values.some(Boolean) ? new Set(middle) : new Set();
}

/** first + Σ parts = total within half a printed unit of each figure; a part left blank or a dash is nil. */
function addsUp(first: Cell | null, parts: (Cell | null)[], total: Cell): boolean {
  if (!first) return false;
  const cells = [first, ...parts.filter((c): c is Cell => !!c)];
  const sum = cells.reduce((s, c) => s.plus(c.value), new Decimal(0));
  const slack = [...cells, total].reduce((s, c) => s.plus(new Decimal(10).pow(-c.decimals).div(2)), new Decimal(0));
  return sum.minus(total.value).abs().lte(slack);
}
