// Tables of one segment each, the segment named in the header's corner cell ("| Personal Lines | 3Q26 | ... |",
// then "| Commercial Lines | 3Q26 | ... |" over the same rows): each row is that segment's line ("Personal Lines
// combined ratio"). Read without the corner, the rows of every segment were one anonymous line printed several
// times, and a question about one segment was answered with all of them. A corner is a segment's name only where
// tables beside it under one heading print the same rows under other names: a lone corner ("Metric", "Particulars")
// heads the labels, and names nothing.
import type { TableBlock, TableRow } from './blocks.js';
import { stripMarkup } from './markup.js';
import { periodMentions } from './period-grammar.js';
import type { Period } from './period.js';
import { lineName, NOT_SEGMENT } from './segments.js';

/** A corner that could be a name: words, no figure, no parentheses (a unit or a remark), no colon. */
const NAME = /^[A-Z][A-Za-z&'’/.-]*(?:\s+[A-Za-z&'’/.-]+){0,4}$/;
/** A corner that heads the labels column, never a segment's name. */
const LABELS_HEAD = /^(?:particulars|metrics?|items?|indicators?|kpis?|ratios?|segments?|regions?|divisions?|geography|verticals?|line items?|measures?|description)$/i;

const labelsOf = (b: TableBlock) => new Set(b.rows.slice(1).map((r) => stripMarkup(r.cells[0] ?? '').trim().toLowerCase()).filter(Boolean));

/** Whether two tables print at least two rows of the same name. */
function sameRows(a: TableBlock, b: TableBlock): boolean {
  const theirs = labelsOf(b);
  return [...labelsOf(a)].filter((l) => theirs.has(l)).length >= 2;
}

/** A corner naming a span or a kind of figure ("Three months ended", "Six months", "Adjusted", "Guidance"), never a segment. */
const SPAN = /\b(?:months?|weeks?|quarters?|years?|ended|ending|ytd|fiscal|fy|[1-4]q|q[1-4]|h[12]|[12]h)\b/i;

const cornerOf = (b: TableBlock) => (b.corner ?? '').trim();
function named(b: TableBlock, current: Period): boolean {
  const corner = cornerOf(b);
  return NAME.test(corner) && !LABELS_HEAD.test(corner) && !SPAN.test(corner) && !NOT_SEGMENT.test(corner) && !periodMentions(corner, current).length && b.title !== corner;
}

/** Each row's label qualified by the segment its table's corner names (the whole's, "Consolidated", kept as printed). */
function qualified(b: TableBlock): TableBlock {
  const segment = cornerOf(b);
  const rows: TableRow[] = b.rows.map((r, i) => {
    const label = stripMarkup(r.cells[0] ?? '').trim();
    if (i === 0 || !label) return r;
    const name = lineName(segment, label);
    return { ...r, cells: [/\*\*|<b>/i.test(r.cells[0] ?? '') ? `**${name}**` : name, ...r.cells.slice(1)] };
  });
  const out: TableBlock = { ...b, rows };
  delete out.corner;
  return out;
}

/** The tables with each row named by the segment its corner names, where the corners name segments (above). */
export function cornerSegments(tables: TableBlock[], current: Period): TableBlock[] {
  return tables.map((b) => {
    if (!named(b, current)) return b;
    const beside = tables.filter((o) => o !== b && o.title === b.title && named(o, current) && cornerOf(o) !== cornerOf(b) && sameRows(o, b));
    return beside.length ? qualified(b) : b;
  });
}
