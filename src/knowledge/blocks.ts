// Lines → blocks: headings, paragraphs, bullets, footnotes and tables, each knowing its section and
// the line it starts on. Paragraph text keeps a map back to lines so a figure cites the line it is on.
import { figureText } from './html-tables.js';
import { stripMarkup } from './markup.js';
import { UNIT_NOTE, cornerNote, headingNote, noteSpan, parseCell, standing, statesUnscaledUnit, unitCell } from './numbers.js';
import { FOOTNOTE, markOf, marks, type Marks } from './marks.js';
import { bareRow, isRule, isRuleCell, pipeCells } from './pipe-rows.js';
import { firstHeader, isTabHeader, isTabRow, tabTitle, unitCorner } from './tab-lines.js';
import { captionOf, joinedMeasure, lineTitle } from './table-titles.js';
import { underlined } from './setext.js';

export { captioned } from './table-titles.js';
export { standing } from './numbers.js';

export interface Segment {
  /** 1-based line number. */
  line: number;
  /** Offset in the block's text where this line's text starts. */
  start: number;
}

export interface TextBlock {
  kind: 'paragraph' | 'bullet' | 'footnote';
  /** Footnote mark ("1", "14") for footnotes. */
  mark?: string;
  /** Plain text: markup dropped. */
  text: string;
  /** The raw text, for reading emphasis (bold or italic lead-ins name the metric). */
  raw: string;
  segments: Segment[];
  section: string;
  /** The reader's sentence for a table row (outlook-tables.ts), not the release's words: never quoted. */ paraphrase?: true;
}

export interface TableRow {
  line: number;
  cells: string[];
  /** The row as a person reads it, when the row is not its line (HTML): the quote its figures cite. */
  quote?: string;
  /** Per figure column, where a figure stands when the row spans source lines (null: the row's line). */
  cites?: ({ line: number; quote: string } | null)[];
  /** Why the row could not be placed on the table's columns, if it could not. */
  unread?: string;
}

export interface TableBlock {
  kind: 'table';
  title: string;
  /** The "(Amounts in thousands of ...)" note above it, if any. */
  unitNote: string;
  rows: TableRow[];
  /** Per figure column, the currency its cells print ("$" → USD), where the layout shows one. */
  cellCurrency?: string[];
  /** The header row's label cell, where it says something other than the unit ("Q3 2025" over columns of regions). */
  corner?: string;
  /** A line above the table naming its columns' length ("Three months ended:") over headers that give only dates. */
  caption?: string;
  /** What the reader left out of the table, each named by its line and why (knowledge/transposed.ts). */
  left?: { line: number; what: string }[];
  /** The document ends inside the table, on a row's label with no figures: a file cut there. */
  cut?: boolean;
}

export interface HeadingBlock {
  kind: 'heading';
  text: string;
  line: number;
}

export type Block = TextBlock | TableBlock | HeadingBlock;

const HEADING = /^#{1,6}\s+(.*)$/;
const BULLET = /^\s*[-•·*]\s+(.*)$/;
const BOLD_TITLE = /^\s*(?:\*\*|<b>)(.+?)(?:\*\*|<\/b>)\s*$/i;

/** What the block reader carries from one line to the next. */
interface ReadState {
  blocks: Block[];
  section: string;
  title: string;
  unitNote: string;
  /** The document's standing note ("Unless otherwise stated, all figures are in £ millions"): any table's that states none. */
  standing: string;
  /** The note right under a markdown heading, kept by its bold sub-titles; `subtitled` once one has come (a note after it is its own). */
  sectionNote: string;
  subtitled: boolean;
  table: TableBlock | null;
  /** Whether the open table is tab-separated, and the first part of a label wrapped onto its next row. */
  tabbed: boolean;
  wrapped: string;
  /** Whether the open tab table has two label columns (twoLabels). */
  paired: boolean;
  blankRun: number;
}

export function toBlocks(lines: string[]): Block[] {
  const found = marks(lines);
  const st: ReadState = { blocks: [], section: '', title: '', unitNote: '', standing: '', sectionNote: '', subtitled: true, table: null, tabbed: false, wrapped: '', paired: false, blankRun: 0 };
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const line = i + 1;
    if (!raw.trim()) {
      st.blankRun++;
      continue;
    }
    const piped = pipeCells(raw) ?? bareRow(lines, i, !!st.table && !st.tabbed && !st.blankRun);
    if (piped) {
      // A markdown pipe table: its first row is the header row, the rule under it is no row.
      if (piped.every(isRuleCell)) continue;
      // A header row and its rule after a blank line open a table of their own (net debt under the cash flow).
      if (st.table && st.blankRun && isRule(lines[i + 1] ?? '')) st.table = null;
      addPipeRow(st, piped, line, found.unmark);
    } else if (isTabRow(raw)) addTabRow(st, raw, line, found.unmark);
    else if (st.table && st.tabbed && !raw.includes('\t') && tabRowNext(lines, i) && !(hasBody(st.table) && isTabHeader(lines[i + 1]!))) addTabLabel(st, raw, line, lines[i + 1]!, found.unmark);
    // The file's last line right under a table's rows, with no figures: a row cut in its label.
    else if (st.table && !st.blankRun && lines.slice(i + 1).every((l) => !l.trim())) {
      st.table.rows.push({ line, cells: [found.unmark(raw.trim())] });
      st.table.cut = true;
    }
    else {
      st.table = null;
      readTextLine(st, raw, line, found);
    }
    st.blankRun = 0;
  }
  return st.blocks;
}

/** One row of a markdown pipe table; its first row opens the table and is its header row. */
function addPipeRow(st: ReadState, piped: string[], line: number, unmark: Marks['unmark']): void {
  const table = st.table;
  if (table) {
    table.rows.push({ line, cells: [unmark(piped[0]!), ...piped.slice(1).map((c, j) => figureCell(table, j, c))] });
    return;
  }
  const { unit, rest } = leadingUnit(stripMarkup(piped[0] ?? ''));
  const opened = openTable(st, unit || rest, false);
  opened.rows.push({ line, cells: headerCells([unit ? rest : (piped[0] ?? ''), ...piped.slice(1)]) });
}

/** A corner that leads with the unit, then its columns' words ("£m, 13 weeks to" over dates): the unit and the rest. */
function leadingUnit(corner: string): { unit: string; rest: string } {
  const m = /^([^,]+),\s*(\S.*)$/.exec(corner);
  // (A unit whole with its exceptions, "(US$ millions, except ratios)", is the corner's own unit: not split.)
  return m && !unitCell(corner) && unitCell(m[1]!) ? { unit: m[1]!.trim(), rest: m[2]! } : { unit: '', rest: corner };
}

/**
 * A new table under the current title and unit note. A corner cell may state the table's unit ("£m",
 * "€ millions", "in ₹ crore", "A$ millions"): it adds to the note; any other corner is kept as the table's.
 */
function openTable(st: ReadState, corner: string, tabbed: boolean): TableBlock {
  // (The document's standing note is no unit of a table of prices per unit, multiples or percentages: "($/boe)".)
  const above = titleNote(st) || st.unitNote || (statesUnscaledUnit(st.title || st.section, corner) ? '' : st.standing);
  const { unit, note } = cornerNote(corner, above);
  const caption = captionOf(st.blocks.at(-1)).caption ?? noteSpan(above);
  const heading = st.title || st.section || lineTitle(st.blocks.at(-1), st.blankRun);
  const opened: TableBlock = { kind: 'table', title: joinedMeasure(unit ? '' : corner, heading) || heading, unitNote: note, rows: [], ...(corner && !unit ? { corner } : {}), ...(caption ? { caption } : {}) };
  st.table = opened;
  st.tabbed = tabbed;
  st.paired = false;
  st.blocks.push(opened);
  return opened;
}

/**
 * The unit a one-line title right above the table ends with ("Revenue by division (EUR million)"): the
 * table's own, nearer than a heading's note.
 */
function titleNote(st: ReadState): string {
  const before = st.blocks.at(-1);
  return !st.blankRun && before?.kind === 'paragraph' && before.segments.length === 1 ? headingNote(before.text) : '';
}

/** One row of a tab-separated table, opening the table at its first row. */
function addTabRow(st: ReadState, raw: string, line: number, unmark: Marks['unmark']): void {
  // A label cell's footnote mark ("Loans receivable, net¹") is markup, as in the text.
  const [first = '', ...figures] = raw.split('\t');
  // A header row under a table's rows heads a table of its own (a statement, then its segments).
  if (st.table && st.tabbed && hasBody(st.table) && isTabHeader(raw)) st.table = null;
  // A first row whose label cell states the unit ("A$ millions<tab>Three months to ...", "PER SHARE (cents)<tab>FY26"), or
  // heads the labels over cells that name columns ("Metric<tab>Current<tab>Previous"), is the header row.
  const corner = !st.table && ((unitCorner(stripMarkup(first)) && !figures.some((c) => parseCell(stripMarkup(c)))) || firstHeader(stripMarkup(first), figures)) ? stripMarkup(first) : '';
  const table = st.table ?? openTable(st, corner, true);
  const label = corner ? '' : first;
  if (st.paired || twoLabels(table, figures)) addTwoLabelRow(st, table, line, label, figures, unmark);
  else table.rows.push({ line, cells: [unmark(st.wrapped ? `${st.wrapped} ${label.trim()}` : label), ...figures.map((c, j) => figureCell(table, j, c))] });
  st.wrapped = '';
}

/**
 * A row of a table with two label columns ("Division<tab><tab>3Q26" over "Camera Modules<tab>Revenue<tab>1,412.6"
 * and "<tab>Operating profit<tab>98.7"): the header's second cell blank, the first row's words. The first label heads
 * its group as a section row, the second is the row's own; the header loses its blank cell.
 */
const twoLabels = (table: TableBlock, figures: string[]) =>
  table.rows.length === 1 && table.rows[0]!.cells[1] === '' && /[a-z]/i.test(figures[0] ?? '') && parseCell(figureText(stripMarkup(figures[0]!)).text) === null;

function addTwoLabelRow(st: ReadState, table: TableBlock, line: number, group: string, cells: string[], unmark: Marks['unmark']): void {
  if (!st.paired) table.rows[0]!.cells.splice(1, 1);
  st.paired = true;
  if (group.trim()) table.rows.push({ line, cells: [unmark(group.trim())] });
  table.rows.push({ line, cells: [unmark(cells[0]!), ...cells.slice(1).map((c, j) => figureCell(table, j, c))] });
}

/** Whether the line after `i` is a row of a tab-separated table (no blank line between). */
const tabRowNext = (lines: string[], i: number) => isTabRow(lines[i + 1] ?? '') && !pipeCells(lines[i + 1]!);

/** Whether a table has a labelled row, not headers only. A line with no tab over a header row is then the next table's title. */
const hasBody = (table: TableBlock) => table.rows.some((r) => stripMarkup(r.cells[0] ?? '').trim());

/**
 * A line with no tab inside a tab-separated table, its rows going on below: a label wrapped onto the next
 * row ("Selling, general and administrative" over "expenses<tab>118,330") is that row's label's first part;
 * any other is a section row ("Operating expenses:"), a row with no figures. Neither ends the table (a
 * statement cut there would leave its headers with no rows, and its rows with no headers).
 */
function addTabLabel(st: ReadState, raw: string, line: number, next: string, unmark: Marks['unmark']): void {
  const label = next.split('\t')[0]!;
  if (/^\s*[a-z(]/.test(label) && !/:\s*$/.test(raw)) st.wrapped = `${st.wrapped} ${raw.trim()}`.trim();
  else st.table!.rows.push({ line, cells: [unmark(raw.trim())] });
}

/** A line outside any table: a heading, a unit note, or a paragraph, bullet or footnote. */
function readTextLine(st: ReadState, raw: string, line: number, found: Marks): void {
  const setext = underlined(st.blocks.at(-1), raw, st.blankRun);
  const [heading, bold, tabbed] = [HEADING.exec(raw) ?? (setext ? ['', setext] : null), BOLD_TITLE.exec(raw), tabTitle(raw)] as const;
  if (heading || tabbed || (bold && !/[.:]$/.test(stripMarkup(bold[1]!)))) {
    // (An underlined heading was read as a paragraph on the line above: it becomes the heading, on that line.)
    if (setext) st.blocks.pop();
    st.section = tabbed?.title ?? stripMarkup((heading ?? bold)![1]!);
    st.title = st.section;
    // A heading may end with its table's unit: "Group income statement (£m)". A bold sub-title under a
    // markdown heading's note ("## Non-GAAP reconciliations", "*(In millions ...)*", "**Adjusted EBITDA**") keeps it.
    st.unitNote = tabbed?.note ?? (headingNote(st.section) || (heading ? '' : st.sectionNote));
    if (heading) st.sectionNote = st.unitNote;
    st.subtitled = !heading;
    st.blocks.push({ kind: 'heading', text: st.section, line: setext ? line - 1 : line });
  } else if (UNIT_NOTE.test(raw.replace(/^\s*[*_]+(?=\()|(?<=\))[*_]+\s*$/g, '')) || (st.unitNote && /^\s*except for/i.test(raw))) {
    // (An emphasised note, "*(in thousands; unaudited)*", is a note all the same.)
    st.unitNote = `${st.unitNote} ${stripMarkup(raw)}`.trim();
    if (!st.subtitled) st.sectionNote = st.unitNote;
  } else {
    if (standing(raw)) st.standing = stripMarkup(raw);
    addTextBlock(st, raw, line, found);
  }
}

/** A paragraph, bullet or footnote, or the continuation of the paragraph before it. */
function addTextBlock(st: ReadState, raw: string, line: number, { referenced, unmark }: Marks): void {
  const foot = FOOTNOTE.exec(raw);
  const mark = foot && markOf(foot);
  const bullet = BULLET.exec(raw);
  const prev = st.blocks[st.blocks.length - 1];
  const body = unmark(mark && referenced.has(mark) ? foot![7]! : bullet ? bullet[1]! : raw);
  const plain = stripMarkup(body);
  // A sentence broken by a blank line ("... capital-heavy loan" / "facilitation volume.") continues, or by a line starting on the figure a verb awaits ("... rose to" / "42, three more"; never "412 stores in" / "38 states (408 at the beginning ...)", whose aside would date the figure before it).
  if (prev && prev.kind === 'paragraph' && st.blankRun <= 1 && (/^[a-z]/.test(plain) || (/^\d[\d,.]*%?,?\s+[a-z]/.test(plain) && /\b(?:to|reached|numbered|totall?ed|was|were|of)$/.test(prev.text))) && !/[.!?:"”]$/.test(prev.text)) {
    prev.segments.push({ line, start: prev.text.length + 1 });
    prev.text += ` ${plain}`;
    prev.raw += ` ${body}`;
    return;
  }
  st.blocks.push({
    kind: mark && referenced.has(mark) ? 'footnote' : bullet ? 'bullet' : 'paragraph',
    ...(mark && referenced.has(mark) ? { mark } : {}),
    text: plain,
    raw: body,
    segments: [{ line, start: 0 }],
    section: st.section,
  });
}

/** A figure cell (pipe or tab table) with its currency sign ("$2,418.6"): the figure, the sign noted as its column's currency. */
function figureCell(table: TableBlock, j: number, cell: string): string {
  const f = figureText(cell);
  // A cell in words ("$276 million to $279 million") stays as printed: only a figure loses its sign.
  if (!f.currency || parseCell(f.text) === null) return cell;
  table.cellCurrency ??= [];
  table.cellCurrency[j] ||= f.currency;
  return f.text;
}

/**
 * A pipe table's header row as a header row of the table reader (an empty label cell): a period the
 * label cell names ("Three months ended / as of") heads every column ("... June 30, 2024").
 */
function headerCells(cells: string[]): string[] {
  const lead = stripMarkup(cells[0] ?? '').replace(/\s*\/\s*as (?:of|at)\b.*$/i, '');
  const periodWords = /\b(?:months|weeks|quarters?|years?)\s+(?:ended|to)\b/i.test(lead) ? `${lead} ` : '';
  return ['', ...cells.slice(1).map((c) => (c && periodWords && !/\b(?:change|chg|yoy|qoq|%)/i.test(c) ? `${periodWords}${c}` : c))];
}

/** The line a character offset of a text block stands on. */
export function lineAt(block: TextBlock, offset: number): number {
  let line = block.segments[0]!.line;
  for (const s of block.segments) if (s.start <= offset) line = s.line;
  return line;
}
