// A guidance table ("Financial Outlook": rows of metrics, a column per guided period, cells such as
// "$276 million to $279 million", "Up 4% to 6%", "Approximately 18%", or Low / High column pairs under
// "Current guidance" and "Prior guidance") is read as the outlook prose it abbreviates: each row and
// column group becomes one sentence of its section ("Q3 Fiscal 2027: Total revenue $276 million to $279
// million"), read by the one outlook reader (prose/outlook.ts), so a table and a paragraph of guidance
// give the same ranges, periods and statements. Its cells are no figures for the statement readers.
import type { Block, TableBlock, TextBlock } from './blocks.js';
import { currencyIn, printOf } from './currencies.js';
import { lowEnd, tokens } from './prose/mentions.js';
import { outlookHeading } from './prose/outlook-heading.js';
import { withSign } from './prose/signs.js';
import { rowUnit, scaleIn, unitFree } from './row-units.js';

/** A column header's low or high end of a range ("Current guidance Low", "High end"). */
const END = /\s*\b(low|high)(?:[- ]end)?\s*$/i;
/** A cell written in words, as guidance is: a range, an approximation, a direction. */
export const WORDED = /\d\s*(?:%|million|billion|thousand|bn|mn|m)?\s*(?:to|-|–)\s*\S*\d|\b(?:approximately|about|around|up|down|flat|between|at least)\b/i;

/** Whether a table gives guidance: under an outlook heading with cells in words or Low/High columns, or so headed itself. */
function isGuidance(b: TableBlock): boolean {
  const [head, ...body] = b.rows;
  const headers = head?.cells.slice(1) ?? [];
  if (headers.some((h) => /\b(?:guidance|outlook)\b/i.test(h))) return true;
  if (!outlookHeading(b.title)) return false;
  return headers.some((h) => END.test(h)) || body.some((r) => r.cells.slice(1).some((c) => WORDED.test(c)));
}

/** A column of figures already achieved beside the guidance ("9M25 realized", "FY2024 actual", "YTD results"). */
const ACTUALS = /\b(?:reali[sz]ed|actuals?|achieved|results?|reported|year[- ]to[- ]date|ytd)\b/i;

/**
 * The columns of a header row grouped into guided figures: one column, or a Low and a High of one
 * heading. A column of actuals is never guidance: it is left out (its cells are printed, not expected).
 */
function groups(headers: string[]): { header: string; columns: number[] }[] {
  const out: { header: string; columns: number[] }[] = [];
  headers.forEach((h, j) => {
    if (ACTUALS.test(h) && !/\b(?:guidance|outlook)\b/i.test(h)) return;
    const end = END.exec(h);
    const header = h.replace(END, '').trim();
    const last = out[out.length - 1];
    if (end && /^high/i.test(end[1]!) && last && last.header === header && last.columns.length === 1) last.columns.push(j);
    else out.push({ header, columns: [j] });
  });
  return out;
}

/** A scale as prose writes it after an amount. */
const SCALE_WORD: Record<number, string> = { 1e3: 'thousand', 1e5: 'lakh', 1e6: 'million', 1e7: 'crore', 1e9: 'billion' };

/**
 * A cell as prose prints it: each amount with the currency and scale its column, row label or the
 * table's note states ("(CHF million)"; "G&A (in millions)": "$57" is $57 million). A number whose kind
 * or scale nothing states (a bare "3,700" under "(in millions)", "$4" that is no per-share figure) leaves
 * the cell out: no figure rather than one a million times too small or a sum read as a count.
 */
function cellText(cell: string, columnCurrency: string | undefined, label: string, note: string): string | null {
  const t = cell.trim();
  if (!/\d/.test(t) || /^[-–—]$/.test(t)) return null;
  // A bound ("≤ 3,5x") is no range, and a multiple ("3,5x") no amount of the note's currency: the cell is left out.
  if (/[≤≥<>]|\d\s*x\b/i.test(t)) return null;
  // A line stating a unit that is no money ("Volume (million tonnes)", "Copper production (kt)") guides that many
  // things, never an amount in the note's currency: its figures are written with that unit, as prose writes them.
  const own = rowUnit(label, '');
  // (Cents, "CASK ex-fuel (R$ cents)", are written after each figure as prose writes them: "~20.5 cents".)
  if (own?.kind === 'count' && own.noun === 'cents') return t.replace(/\d(?:[\d,.]*\d)?(?!\s*%)/g, '$& cents');
  // (A row named by a proper name alone, "Kurrajong (koz)" set under "Gold production", is a part of the line above:
  // read alone it would be a line of its own, so it is left out.)
  if (own?.kind === 'count') return /\b[a-z]{3,}/.test(unitFree(label)) ? countCell(t, own.scale, own.noun) : null;
  // A cell printing a thing's unit after its figures ("121 – 126 kt") is of that unit, never the note's money.
  if (thingUnit(t)) return t;
  // (The row's own unit, "Capital expenditures (US$ millions)", outranks the note's currency, as it does in any table.)
  const currency = columnCurrency || (own?.kind === 'money' && own.currency) || currencyIn(note) || currencyIn(label);
  const scale = scaleIn(label) ?? scaleIn(note);
  // ("Mount Tellis AISC (A$/oz)", "(US$)": money in units, as the label says, never at the note's scale.)
  const perUnit = /\bper\b|\bEPS\b/i.test(label) || (own?.kind === 'money' && own.scale === 1);
  let text = t;
  const toks = tokens(t).map((k) => withSign(t, k));
  // From the last number, so the earlier places hold.
  for (const [i, k] of [...toks.entries()].reverse()) {
    if (k.percent) continue;
    // A range's low end takes its high end's scale ("$1,650 to $1,700 million"), as the outlook reader reads it.
    const high = toks[i + 1];
    if (k.currency && high && /^\s*(?:to|-|–|—)\s*$/.test(t.slice(k.end, high.start)) && lowEnd(k, high) !== k) continue;
    const sign = k.currency ? '' : currency ? printOf(currency) : null;
    if (sign === null) {
      if (scale) return null;
      continue;
    }
    const words = k.scale > 1 || perUnit ? '' : scale ? ` ${SCALE_WORD[scale]}` : null;
    if (words === null) return null;
    text = `${text.slice(0, k.start)}${sign}${text.slice(k.start, k.end)}${words}${text.slice(k.end)}`;
  }
  return text;
}

/** The thing's unit a cell prints after its figures ("121 – 126 kt", "265 – 285 koz"), or null. */
function thingUnit(cell: string): string | null {
  const word = /\d\s?([A-Za-z]{1,6})\s*$/.exec(cell)?.[1];
  const unit = word ? rowUnit(`x (${word})`, '') : null;
  return unit?.kind === 'count' && unit.noun !== 'count' ? word! : null;
}

/** A count's cell with its unit after its figures ("120 - 130" in kt: "120 - 130 kt"), as prose states a count; one printing a unit or a rate, as printed. */
function countCell(cell: string, scale: number, noun: string): string {
  const unit = `${scale > 1 ? SCALE_WORD[scale] ?? '' : ''} ${noun === 'count' ? '' : noun}`.trim();
  return !unit || /%|\d\s?[A-Za-z]+\s*$/.test(cell) ? cell : `${cell} ${unit}`;
}

/** A column headed by an earlier outlook's word alone ("Prior", "Previous"): named as the guidance it was, the outlook reader keeps it as a statement. */
const EARLIER = /^(?:prior|previous|earlier|original|initial)$/i;
/** A header that says its column is the earlier outlook among others ("Forecast 2026 (previous)", "Original outlook"). */
const EARLIER_WORD = /\b(?:prior|previous|earlier|original|initial|old)\b/i;
/** A header that says its column is the outlook now given ("Forecast 2026 (new)", "Updated guidance", "Current"). */
const NOW = /\b(?:new|current|updated|revised|raised|lowered|latest)\b/i;

/** What a guided column is of, its remarks left out: "Forecast 2026 (new)" and "Forecast 2026 (March 2026)" are both "forecast 2026". */
const guidedOf = (header: string) => header.replace(/\([^()]*\)/g, ' ').replace(new RegExp(NOW.source, 'gi'), ' ').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Whether each column group is an earlier outlook: so headed, or beside a column of the same guidance headed as
 * the one now given ("Forecast 2026 (new)" beside "Forecast 2026 (March 2026)"): a revision's table, whose other
 * column is what it replaced, never outlook the company still gives. ("Current quarter" beside "Full year" is no revision.)
 */
function earlierGroups(headers: string[]): boolean[] {
  const now = headers.filter((h) => NOW.test(h) && !EARLIER_WORD.test(h)).map(guidedOf);
  return headers.map((h) => EARLIER_WORD.test(h) || (!NOW.test(h) && now.includes(guidedOf(h))));
}

/** A header, or a sentence the table is read as, that opens by saying it is the earlier outlook ("Previous guidance", "Original outlook"). */
export const SAYS_EARLIER = /^(?:prior|previous|earlier|original|initial)\s+(?:guidance|outlook|forecast)\b/i;
/** A month and year in brackets ("(February 2026)"): in a revision's table, when that column's guidance was given. */
const ISSUED = /\(\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}\s*\)/gi;

/**
 * The words a guided column's sentence opens with: an earlier outlook's say so, and the outlook reader keeps it as a
 * statement. In a revision's table a column's month of issue is left out: it dates the guidance given, never the
 * period guided ("Previous guidance (February 2026)" read as February's guidance, already reported, was no earlier outlook).
 */
function opening(header: string, earlier: boolean, revision: boolean): string {
  const h = revision ? header.replace(ISSUED, ' ').replace(/\s+/g, ' ').trim() : header;
  return EARLIER.test(h) ? `${h} guidance` : earlier && !SAYS_EARLIER.test(h) ? `Previous guidance (${h})` : h;
}

/** A corner that says the table's amounts are per share ("Per diluted share", "(per share)"). */
const PER_SHARE_CORNER = /^\(?\s*per\s+(?:(?:diluted|basic)\s+)?(?:share|ADS|unit)\s*\)?$/i;

/**
 * A row's label with the corner's per-share words, where its cells are amounts ("Net income" under "Per diluted
 * share": "Net income per diluted share"); a row of rates beside them ("Occupancy 96.5% - 97.0%") keeps its own.
 */
function perShareRow(label: string, corner: string | undefined, cells: string[]): string {
  const amounts = cells.some((c) => /\d/.test(c)) && cells.every((c) => !c.includes('%'));
  return corner && PER_SHARE_CORNER.test(corner.trim()) && amounts && !/\bper\b|\bEPS\b/i.test(label) ? `${label} ${corner.replace(/[()]/g, '').trim().toLowerCase()}` : label;
}

/**
 * The earlier column each current one replaced: the one earlier column of the same guidance ("Fiscal 2027 (previous)"
 * beside "Fiscal 2027 (updated)", "Prior guidance" beside "Current guidance"), else none (-1). Another period's
 * earlier column ("Fiscal 2027 (previous)" beside "Q3 FY2027") is never the one a column replaced.
 */
function replacedBy(headers: string[], earlier: boolean[]): number[] {
  const of = (h: string) => guidedOf(h.replace(new RegExp(EARLIER_WORD.source, 'gi'), ' '));
  return headers.map((h, k) => {
    const found = earlier[k] ? [] : headers.flatMap((e, j) => (earlier[j] && of(e) === of(h) ? [j] : []));
    return found.length === 1 ? found[0]! : -1;
  });
}

/** A row's unit set after a comma ("Capital expenditure, SEK m") in brackets, as a label's unit is written: the outlook reader took it for the line's name. */
const unitAfterComma = (label: string) => label.replace(/,\s*([^,()]+)$/, (m, u: string) => (unitFree(`x (${u})`) === 'x' ? ` (${u})` : m));

/** A guidance table's rows as paragraphs of its section, one per row and guided column group. */
function asProse(b: TableBlock, millions: boolean): TextBlock[] {
  const [head, ...body] = b.rows;
  const headers = head!.cells.slice(1);
  const out: TextBlock[] = [];
  const guided = groups(headers);
  const earlier = earlierGroups(guided.map((g) => g.header));
  const replaced = replacedBy(guided.map((g) => g.header), earlier);
  for (const row of body) {
    const own = unitAfterComma(row.cells[0]!.replace(/\*\*/g, '').trim());
    // A row whose figures could not be placed in their columns gives no guidance: its cells are a guess.
    if (!own || row.unread) continue;
    const texts = guided.map((g) => {
      const printed = g.columns.map((j) => (millions ? (row.cells[j + 1] ?? '').replace(MIL, '$1 million') : (row.cells[j + 1] ?? '')));
      const per = perThing(own, printed);
      const label = perShareRow(per.label, b.corner, per.cells);
      const cells = per.cells.map((c, k) => cellText(c, b.cellCurrency?.[g.columns[k]!] || undefined, label, b.unitNote));
      // (A unit with a remark, "Iron ore shipments (Mt, wet)", is said by the cells: its comma would cut the name at "wet".)
      const said = /\([^()]*,[^()]*\)\s*$/.test(label) && rowUnit(label, '')?.kind === 'count' ? unitFree(label) : label;
      return cells.some((c) => c === null) ? null : { label: said, cells: cells.join(' to ') };
    });
    for (const [k, g] of guided.entries()) {
      const t = texts[k];
      if (!t) continue;
      // A current range is said with the range it replaced, as prose says a revision ("(previously $X to $Y)"), so the
      // earlier outlook is read as that range's, never another period's of the same row.
      const was = texts[replaced[k]!];
      const text = `${opening(g.header, earlier[k]!, earlier.some(Boolean))}: ${t.label} ${t.cells}${was ? ` (previously ${was.cells})` : ''}.`;
      out.push({ kind: 'paragraph', text, raw: text, segments: [{ line: row.line, start: 0 }], section: b.title, paraphrase: true });
    }
  }
  return out;
}

/** "$560 mil": a million to an American reader, a thousand to a Latin American one; settled only by the release's own tables. */
const MIL = /([$]\s?\d[\d,]*(?:\.\d+)?)\s?mil\b\.?/gi;

/** Whether every table of the release that states a scale states millions ("(in millions, except per share amounts)"). */
function inMillions(blocks: Block[]): boolean {
  const scales = blocks.flatMap((b) => (b.kind === 'table' && scaleIn(b.unitNote) ? [scaleIn(b.unitNote)] : []));
  return scales.length > 0 && scales.every((s) => s === 1e6);
}

/**
 * A row whose cells print money per thing after their figures ("Gold AISC   A$2,050 – 2,250/oz"): the unit goes to the
 * label, as a table's row states it ("Gold AISC (A$/oz)"), so its amounts are read in units, never at a scale.
 */
function perThing(label: string, cells: string[]): { label: string; cells: string[] } {
  const ends = cells.filter((c) => /\d/.test(c)).map((c) => /^(.*\d)\s?\/\s?([A-Za-z]{1,6})\s*$/.exec(c.trim()));
  const sign = /((?:[A-Z]{1,3})?[$€£¥₹])\s?\d/.exec(cells.join(' '))?.[1];
  const unit = ends[0]?.[2];
  if (!sign || !unit || /\([^()]*\)\s*$/.test(label) || ends.some((e) => e?.[2] !== unit)) return { label, cells };
  return { label: `${label} (${sign}/${unit})`, cells: cells.map((c) => c.trim().replace(/\s?\/\s?[A-Za-z]{1,6}\s*$/, '')) };
}

/** The blocks with every guidance table read as the outlook prose it abbreviates. */
export function outlookTables(blocks: Block[]): Block[] {
  const millions = inMillions(blocks);
  return blocks.flatMap((b) => (b.kind === 'table' && b.rows.length > 1 && isGuidance(b) ? asProse(b, millions) : [b]));
}
