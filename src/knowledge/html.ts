// An HTML release as EDGAR and the newswires render it → blocks. Parsed with parse5 (a real parser),
// keeping each element's source line: the filed HTML puts whole documents on a few lines, so a block's
// text is what a person reads and its line is where the element starts.
import { parse } from 'parse5';
import type { DefaultTreeAdapterTypes as T } from 'parse5';
import type { Block, TextBlock } from './blocks.js';
import { captionOf } from './table-titles.js';
import { htmlTable, htmlTables, type HtmlCell, type HtmlRow } from './html-tables.js';
import { guidanceGrid } from './guidance-grid.js';
import { plain } from './markup.js';
import { UNIT_NOTE as NOTE, headingNote } from './numbers.js';
import { withStandingNote } from './standing-note.js';
import { UNIT_HEADER, withUnit } from './unit-cells.js';

type Node = T.ChildNode | T.Document;
type Element = T.Element;

const SKIP = new Set(['head', 'script', 'style', 'title', 'noscript', 'ix:header', 'xml']);
const BLOCK = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'br', 'tr', 'td', 'th', 'table', 'section', 'center', 'blockquote', 'pre', 'hr', 'dd', 'dt', 'body', 'html', 'font-block']);
const HEADING_TAG = /^h[1-6]$/;
const BULLET = /^[•●·▪■◦○➢►]\s*/;
const UNIT_NOTE = /^\(?[^()]{0,60}\b(?:in\s+)?(thousands|millions|billions)\b[\s\S]*\)?$/i;

interface Piece {
  text: string;
  line: number;
  bold: boolean;
}

function attr(el: Element, name: string): string {
  return el.attrs.find((a) => a.name === name)?.value ?? '';
}

/** What an element's style says, read once per distinct style (generators repeat a few styles thousands of times). */
const styles = new Map<string, { hidden: boolean; bold: boolean; normal: boolean }>();
function styleOf(el: Element): { hidden: boolean; bold: boolean; normal: boolean } {
  const css = attr(el, 'style');
  let st = styles.get(css);
  if (!st) {
    st = { hidden: /display\s*:\s*none/i.test(css), bold: /font-weight\s*:\s*(?:bold|[6-9]00)/i.test(css), normal: /font-weight\s*:\s*(?:normal|[1-4]00)/i.test(css) };
    if (styles.size < 10_000) styles.set(css, st);
  }
  return st;
}
const hidden = (el: Element) => styleOf(el).hidden;
const boldEl = (el: Element) => el.tagName === 'b' || el.tagName === 'strong' || styleOf(el).bold;
const normalBold = (el: Element) => styleOf(el).normal;

/** A text node's pieces, one per source line it spans, in the grader's plain form. */
function textPieces(node: T.TextNode, bold: boolean): Piece[] {
  const start = node.sourceCodeLocation?.startLine ?? 1;
  return node.value.split('\n').map((part, i) => ({ text: plain(part), line: start + i, bold }));
}

/** Plain text of an element and whether any of its text is bold, with the line of its first text. */
export function cellOf(el: Element, bold = false): HtmlCell {
  const pieces: Piece[] = [];
  collect(el, bold, pieces);
  const shown = pieces.filter((p) => p.text.trim());
  return {
    text: joinPieces(shown),
    span: Math.max(1, Number(attr(el, 'colspan')) || 1),
    rows: Math.max(1, Number(attr(el, 'rowspan')) || 1),
    bold: shown.length > 0 && shown.every((p) => p.bold),
    line: shown[0]?.line ?? el.sourceCodeLocation?.startLine ?? 1,
    lines: [...new Set(shown.map((p) => p.line))],
  };
}

function collect(node: Node, bold: boolean, out: Piece[]): void {
  for (const child of 'childNodes' in node ? node.childNodes : []) {
    if (child.nodeName === '#text') out.push(...textPieces(child as T.TextNode, bold));
    else if ('tagName' in child && !SKIP.has(child.tagName) && !hidden(child)) collect(child, (bold || boldEl(child)) && !normalBold(child), out);
  }
}

function joinPieces(pieces: Piece[]): string {
  return pieces.map((p) => p.text).join(' ').replace(/\s+/g, ' ').trim();
}

interface State {
  blocks: Block[];
  run: Piece[];
  section: string;
  title: string;
  unitNote: string;
}

/** The text gathered since the last block boundary becomes a heading, a unit note or a text block. */
function flush(s: State, forceHeading = false, item = false): void {
  const shown = s.run.filter((p) => p.text.trim());
  s.run = [];
  if (!shown.length) return;
  const text = joinPieces(shown);
  if (!/[A-Za-z0-9]/.test(text)) return;
  const line = shown[0]!.line;
  if (text.length <= 200 && ((/^\(/.test(text) && UNIT_NOTE.test(text)) || NOTE.test(text))) {
    s.unitNote = `${s.unitNote} ${text}`.trim();
    return;
  }
  // "(Unaudited)", "(Dollars)": a note on the statement, not its title.
  if (/^\([^()]*\)$/.test(text) && text.length <= 40) return;
  // A bold title with its unit note after it in plain type ("<b>Statements of Operations</b> (in millions, unaudited)").
  const note = /\s*(\([^()]{1,80}\))\s*$/.exec(text);
  if (note && note.index > 0 && UNIT_NOTE.test(note[1]!) && joinPieces(shown.filter((p) => !p.bold)).trim() === note[1]) {
    s.run = shown.filter((p) => p.bold);
    flush(s, true);
    s.unitNote = note[1]!;
    return;
  }
  const allBold = shown.every((p) => p.bold);
  // A heading element is a heading even when it states a figure ("... reports net profit of EUR 717 million"); bold text is one only without a figure.
  if ((forceHeading || allBold) && text.length <= 140 && !/[.;,]$/.test(text) && /[A-Za-z]{2}/.test(text) && (forceHeading || !/\d[\d,.]*\s*(?:million|billion|%)/i.test(text))) {
    s.section = text;
    s.title = text;
    // A heading may end with its table's unit: "Segment results (in EUR millions)".
    s.unitNote = headingNote(text);
    s.blocks.push({ kind: 'heading', text, line });
    return;
  }
  s.blocks.push(textBlock(shown, s.section, item));
}

/** `item`: a list item (<li>), a bullet as a text bullet is: the sentence before it that ends on a colon introduces it. */
function textBlock(shown: Piece[], section: string, item: boolean): TextBlock {
  let text = '';
  const segments: TextBlock['segments'] = [];
  for (const p of shown) {
    const t = p.text.replace(/\s+/g, ' ').trim();
    if (!t) continue;
    if (!segments.length || segments[segments.length - 1]!.line !== p.line) segments.push({ line: p.line, start: text ? text.length + 1 : 0 });
    text = text ? `${text} ${t}` : t;
  }
  const bullet = BULLET.exec(text);
  if (bullet) {
    text = text.slice(bullet[0].length);
    for (const seg of segments) seg.start = Math.max(0, seg.start - bullet[0].length);
  }
  return { kind: bullet || item ? 'bullet' : 'paragraph', text, raw: boldLead(shown) ?? text, segments, section };
}

/** A paragraph led by words in bold ("<b>ARR.</b> The annualized ..."), its lead marked as markdown marks it: a lead-in the text readers see. */
function boldLead(shown: Piece[]): string | undefined {
  const lead = shown.findIndex((p) => !p.bold);
  return lead > 0 ? `**${joinPieces(shown.slice(0, lead))}** ${joinPieces(shown.slice(lead))}` : undefined;
}

function walk(node: Node, bold: boolean, s: State): void {
  for (const child of 'childNodes' in node ? node.childNodes : []) {
    if (child.nodeName === '#text') {
      s.run.push(...textPieces(child as T.TextNode, bold));
      continue;
    }
    if (!('tagName' in child) || SKIP.has(child.tagName) || hidden(child)) continue;
    if (child.tagName === 'table') {
      flush(s);
      tableBlocks(child, s);
      continue;
    }
    const block = BLOCK.has(child.tagName);
    if (block) flush(s);
    walk(child, (bold || boldEl(child)) && !normalBold(child), s);
    if (block) flush(s, HEADING_TAG.test(child.tagName), child.tagName === 'li');
  }
}

function rowsOf(table: Element): HtmlRow[] {
  const rows: HtmlRow[] = [];
  const visit = (n: Element) => {
    for (const c of n.childNodes) {
      if (!('tagName' in c) || hidden(c)) continue;
      if (c.tagName === 'tr') {
        const cells = c.childNodes.filter((x): x is Element => 'tagName' in x && (x.tagName === 'td' || x.tagName === 'th') && !hidden(x)).map((x) => cellOf(x, boldEl(x)));
        const loc = c.sourceCodeLocation;
        const shown = cells.filter((x) => x.text);
        rows.push({ line: shown[0]?.line ?? loc?.startLine ?? 1, oneLine: new Set(shown.flatMap((x) => x.lines)).size <= 1, cells, quote: cells.map((x) => x.text).filter(Boolean).join(' ') });
      } else if (c.tagName !== 'table') visit(c);
    }
  };
  visit(table);
  return rows;
}

/**
 * A sentence that ends on a colon right before a table introduces it ("(3) Stock-based compensation was
 * included in the following operating expense categories:"): its lines are of that, not of the heading above.
 */
function introduced(s: State): string {
  const last = s.blocks[s.blocks.length - 1];
  if (last?.kind !== 'paragraph' || !/:$/.test(last.text) || last.text.length > 200) return '';
  return last.text.replace(/^\(\w{1,2}\)\s*|:$/g, '').trim();
}

/**
 * A column headed "Unit" ("Mn", "₹", "%"): each row's unit said in its label, where the row-unit rules read it
 * (unit-cells.ts). Done on the HTML rows: the table reader would join a cell of "₹" or "%" to the figures.
 */
function unitColumn(rows: HtmlRow[]): HtmlRow[] {
  const j = rows[0]!.cells.findIndex((c, k) => k > 0 && UNIT_HEADER.test(c.text.trim()));
  if (j < 0 || rows.some((r) => r.cells.length !== rows[0]!.cells.length || r.cells.some((c) => c.span !== 1))) return rows;
  return rows.map((r, i) => ({ ...r, cells: r.cells.flatMap((c, k) => (k === j ? [] : k || !i ? [c] : [{ ...c, text: withUnit(c.text, r.cells[j]!.text.trim()) }])) }));
}

/** A table of figures becomes a table block; a table used for layout (bullets, footnotes, contacts) becomes text. */
function tableBlocks(table: Element, s: State): void {
  // A table's own <caption> is read as a heading over it is: its title, and the unit note it states ("(in millions)").
  const caption = table.childNodes.find((c): c is Element => 'tagName' in c && c.tagName === 'caption' && !hidden(c));
  if (caption) {
    walk(caption, boldEl(caption), s);
    flush(s, true);
  }
  const all = rowsOf(table).filter((r) => r.cells.some((c) => c.text));
  if (!all.length) return;
  const rows = unitColumn(all);
  const guided = guidanceGrid(rows, introduced(s) || s.title || s.section, s.unitNote);
  if (guided) {
    s.blocks.push(guided);
    return;
  }
  const [first, ...more] = htmlTables(rows);
  const block = htmlTable(first!, introduced(s) || s.title || s.section, s.unitNote);
  if (block) {
    s.blocks.push({ ...block, ...captionOf(s.blocks.at(-1)) });
    // A table after the first keeps the first's title and unit note, its own title rows added.
    for (const part of more) {
      const next = htmlTable(part, block.title, block.unitNote, false);
      if (next) s.blocks.push(next);
    }
    return;
  }
  for (const r of rows) {
    const shown = r.cells.filter((c) => c.text);
    s.run.push(...shown.map((c) => ({ text: c.text, line: c.line, bold: c.bold })));
    flush(s);
  }
}

/** The blocks of an HTML document, in reading order. */
export function htmlBlocks(source: string): Block[] {
  const doc = parse(source, { sourceCodeLocationInfo: true });
  const s: State = { blocks: [], run: [], section: '', title: '', unitNote: '' };
  walk(doc, false, s);
  flush(s);
  return withStandingNote(s.blocks);
}
