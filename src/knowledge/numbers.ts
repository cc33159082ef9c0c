// Numbers as releases print them: "4,153,183", "(2,236)", "-" for nil, "25.8%", "RMB4,153.2 million".
import { Decimal } from 'decimal.js';
import { scaledCodeSource, SIGN_SOURCE, WORDS_SOURCE } from './currencies.js';

export interface Cell {
  value: Decimal;
  decimals: number;
  percent: boolean;
  /** Printed in pence ("3.9p"): a per-share figure of a sterling release, in GBX. */
  pence?: true;
  /** Printed as a multiple ("3.3x"): times, a figure of its own unit whatever the table's scale. */
  times?: true;
  /** The figure as the release prints it ("(2,236)", "25.8%"), footnote marks and emphasis dropped: what a citation shows. */
  printed: string;
}

const NIL = /^[-–—]$/;
// A stated change may carry its sign either way ("+11.8%", "-9.5%").
const CELL = /^(\()?([-+])?([\d,]*\.?\d+)(x|×)?(\))?(%|p|x|×)?$/;

/** Whether a cell printed a dash: nil in a column of amounts, but no figure at all in a column of changes. */
export const isNil = (cell: Cell): boolean => NIL.test(cell.printed);

/** Reads one table cell; null when the cell is not a number. "-" is nil (zero). */
export function parseCell(text: string): Cell | null {
  // A superscript footnote mark after a figure ("210.9¹", "5.8⁽¹⁾": restated) is no digit of it.
  const t = text.replace(/<\/?b>|\*\*/gi, '').replace(/\s+/g, '').replace(/⁽?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}⁾?$/, '');
  if (NIL.test(t)) return { value: new Decimal(0), decimals: 0, percent: false, printed: t };
  // A minus sign may be typeset (U+2212, an en dash before the figure, or Japanese releases' "△" and "▲").
  const m = CELL.exec(t.replace(/^[\u2212\u2013△▲]/, '-').replace(/^\(\u2212/, '(-'));
  const mark = m && (m[4] ?? m[6]);
  // A multiple's mark may stand inside its brackets ("(0.6x)"), once.
  if (!m || (m[4] && m[6]) || Boolean(m[1]) !== Boolean(m[5]) || !/^\d{1,3}(,\d{3})*(\.\d+)?$|^\d{1,2}(,\d{2})+,\d{3}(\.\d+)?$|^\d*\.?\d+$/.test(m[3]!)) return null;
  const digits = m[3]!.replace(/,/g, '');
  const negative = Boolean(m[1]) || m[2] === '-';
  const value = new Decimal(digits);
  return {
    value: negative ? value.negated() : value,
    decimals: digits.includes('.') ? digits.split('.')[1]!.length : 0,
    percent: mark === '%',
    ...(mark === 'p' ? { pence: true as const } : {}),
    ...(mark === 'x' || mark === '×' ? { times: true as const } : {}),
    printed: t,
  };
}

export const SCALE_WORDS: Record<string, number> = { thousand: 1e3, thousands: 1e3, million: 1e6, millions: 1e6, billion: 1e9, billions: 1e9, crore: 1e7, crores: 1e7, lakh: 1e5, lakhs: 1e5 };
/** Scales as prose abbreviates them after an amount ("$5m", "€1.2bn", "12 mln", "$300k"; "MM" as Latin American releases write millions). */
export const SCALE_ABBREVIATIONS: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, mm: 1e6, bn: 1e9, bln: 1e9 };

// Currencies and scales as unit notes and corner cells abbreviate them ("£m", "€ millions", "in ₹ crore", "RMB'000", "NZ$000").
const CUR = SIGN_SOURCE;
const WORD = '(?:thousands?|millions?|billions?|crores?|lakhs?)';
/** A currency in words, as a unit note may lead with it ("(Dollars in thousands)", "(Euros in millions)"). */
const CUR_WORD = String.raw`(?:(?:U\.?S\.?\s+)?dollars|euros?|pounds?|yen|renminbi|kronor|kroner|francs?|pesos|reais|soles|rupees)`;
const ABBR = "(?:m|mn|mm|bn|k|'000s?|000s?)";
/** A unit set as a currency and a scale's letters ("£m", "€bn", "$000s"), wherever it stands (a column's header, "H1 2026/27 £m"). */
export const SIGN_SCALE = new RegExp(String.raw`(?:${CUR})\s?${ABBR}(?![A-Za-z])`, 'g');
/**
 * A hundred million, as Japanese releases state their unit: "¥100 million", "100 millions of yen", "hundred
 * millions of yen", "億円" (oku-en). A scale of its own (1e8), never millions: "4,731" so headed is ¥473.1 billion.
 */
export const HUNDRED_MILLION = String.raw`(?:(?<![\w,.])100|\bhundred)\s+millions?\b|億円?`;
/** A corner or note that is that unit alone, its currency before or after it: "(¥100 million)", "100 million yen", "(億円)". */
const HUNDRED_MILLION_NOTE = String.raw`^\s*\(?\s*(?:in\s+)?(?:units\s+of\s+)?(?:${CUR}\s*)?(?:${HUNDRED_MILLION})(?:\s+(?:of\s+)?(?:${CUR_WORD}|yen|won))?(?:\s*,?\s*(?:except|unless)\b[^()]*)?\s*\)?\s*$`;
/**
 * A scale written before its currency, as French and German releases print a unit: "M€", "m€", "Mio. €",
 * "Mrd. CHF", "Md€", "k€", "T€". A letter alone scales only before "€" ("M$" is a Chilean peso's thousands);
 * "Mio", "Mrd", "Md", "Tsd" before any sign or code. By scale, each a pattern holding its currency.
 */
const SCALE_FIRST: Record<'thousands' | 'millions' | 'billions', string> = {
  thousands: String.raw`(?<![A-Za-z])(?:Tsd\.?\s?(?=${CUR})|[kKT]\s?€)`,
  millions: String.raw`(?<![A-Za-z])(?:Mio\.?\s?(?=${CUR})|[Mm]\s?€)`,
  billions: String.raw`(?<![A-Za-z])(?:(?:Mrd|Mds|Md)\.?\s?(?=${CUR})|(?:Md|Mds)\s?€)`,
};
/** Any of them with its currency ("Mio. EUR"). */
const SCALE_FIRST_SOURCE = `(?:${Object.values(SCALE_FIRST).join('|')})(?:${CUR})?`;
/** Such a unit wherever it stands (a column header's "Q3 2026 (M€)"). */
export const SCALE_FIRST_UNITS = new RegExp(SCALE_FIRST_SOURCE, 'gi');
/**
 * A unit note in French words: "en millions d'euros", "(en milliers d'euros, sauf données par action)". Euros
 * only: "de dollars" is the Canadian dollar as often as the US one, which the words do not tell.
 */
const FRENCH_NOTE = String.raw`\(?\s*en\s+(?:millions|milliers|milliards)\s+d['’]euros(?:\s*,\s*(?:sauf|hors)\b[^()]{0,60})?\s*\)?`;
/** A note that a table's figures are percentages: "(in percent)", "(%)", "(% of net premiums earned)". */
export const PERCENT_NOTE = /^\s*\(\s*(?:in\s+)?(?:percent(?:ages?)?|%)(?:\s+of\s+[a-z][a-z -]{0,60})?\s*\)\s*$/i;
/**
 * Whether a note says its table's figures are percentages, alone or at the end of its title ("UNDERWRITING RATIOS (% of
 * net premiums earned)", "Adjusted EBITA margin by segment, %": a margin table read in the release's "SEK m" otherwise).
 */
export const percentNote = (note: string): boolean => PERCENT_NOTE.test(note) || PERCENT_NOTE.test(/\([^()]*\)\s*$/.exec(note)?.[0] ?? '') || /[a-z],\s*(?:in\s+)?%\s*$/i.test(note);
/** Short remarks in parentheses beside a unit note on its line: "($ in millions) (Unaudited)". */
const REMARKS = String.raw`(?:\s*\([A-Za-z][A-Za-z -]{0,24}\))*`;
/** A short remark in words (or a span, "39 weeks") before a unit in its parentheses, set off by a comma. */
const LEAD_REMARK_SOURCE = String.raw`(?:[A-Za-z0-9][A-Za-z0-9 -]{0,24},\s*)`;
/** The currency in words or signs, as a unit note names it after its scale ("Millions of yen", "Thousands of U.S. dollars"). */
const OF_CURRENCY = String.raw`of\s+(?:${CUR}|${WORDS_SOURCE})(?![A-Za-z])`;
/** What a note in parentheses may say after its scale: "except per share amounts; amounts less than one million yen are rounded down". */
const TAIL = String.raw`(?:\s*[,;][^()]{0,200})?`;
/** What a note with no parentheses may: only its exceptions, so a sentence that starts "Millions of euros, ..." is no note. */
const EXCEPT = String.raw`(?:\s*,\s*(?:except|unless)\b[^()]{0,60})?`;

/**
 * What a line standing alone is a unit note by: rules as data, each a name and a pattern, pinned by
 * test/corpus/unit-notes.jsonl (positive and negative examples); a line any rule matches is a unit note.
 */
export const UNIT_NOTE_RULES: readonly { name: string; pattern: string }[] = [
  // "(Amounts in thousands of Renminbi)", wherever it stands on the line.
  { name: 'amounts in scale', pattern: `amounts in ${WORD}` },
  { name: 'percent', pattern: PERCENT_NOTE.source },
  // "(In millions, except per-share amounts)", "(EUR million, unless otherwise stated)", "(Dollars in thousands)".
  // A remark may lead ("(39 weeks, in thousands)"), and the currencies it names may be glossed in parentheses
  // ("(In millions of Mexican pesos ("Ps.") and U.S. dollars ("US$"))").
  { name: 'scale in parentheses', pattern: String.raw`^${REMARKS}\s*\(\s*${LEAD_REMARK_SOURCE}?(?:in\s+)?(?:(?:${CUR}|${CUR_WORD})\s*(?:in\s+)?)?${WORD}\b(?:[^()]|\([^()]{1,12}\)){0,80}\)${REMARKS}\s*$` },
  // "In EUR millions", "In millions of Swiss francs".
  { name: 'in scale', pattern: String.raw`^\s*in\s+(?:${CUR}\s*)?${WORD}\b[^()]{0,40}$` },
  // "RMB in thousands", "(£m)", "US$'000", "$ in thousands, except per share data".
  { name: 'currency and scale', pattern: String.raw`^\s*\(?${CUR}\s*(?:in\s+)?(?:${WORD}|${ABBR})${EXCEPT}\)?\s*$` },
  // "(MSEK)", "(TEUR)": the code with its scale written onto its front, in parentheses (bare, "MARS" would be one).
  { name: 'scaled code', pattern: String.raw`^\s*\(\s*${scaledCodeSource('MTK')}\s*\)\s*$` },
  // "(M€)", "(Mio. CHF)", "En millions d'euros": the scale before its currency, or a French note in words.
  { name: 'scale before currency', pattern: String.raw`^\s*\(\s*(?:in\s+|en\s+)?${SCALE_FIRST_SOURCE}\s*\)\s*$|^\s*${FRENCH_NOTE}\s*$` },
  // The scale, then its currency ("(Millions of yen, except per share amounts; amounts less than one
  // million yen are rounded down)", "Billions of yen"): Japanese filers' order, whose notes run long.
  // "(¥100 million)", "100 millions of yen", "(億円)": a hundred million, the scale Japanese releases print.
  { name: 'hundred million', pattern: HUNDRED_MILLION_NOTE },
  // "(Unit: KRW billion)", "Unit: KRW 100 million": the unit set off by a label, as Korean and Japanese releases print it.
  { name: 'unit label', pattern: String.raw`^\s*\(?\s*units?\s*:\s*(?:${CUR}\s*(?:in\s+)?(?:${WORD}|${ABBR}|${HUNDRED_MILLION})|${WORD}\s+(?:of\s+)?${CUR_WORD})${EXCEPT}\s*\)?\s*$` },
  { name: 'scale of currency', pattern: String.raw`^${REMARKS}\s*(?:\(\s*(?:in\s+)?${WORD}\s+${OF_CURRENCY}${TAIL}\)|(?:in\s+)?${WORD}\s+${OF_CURRENCY}${EXCEPT})${REMARKS}\s*$` },
];
/** A unit note standing alone: any of the rules above. */
export const UNIT_NOTE = new RegExp(UNIT_NOTE_RULES.map((r) => r.pattern).join('|'), 'i');
const UNIT_LABEL = /^(\(?)\s*units?\s*:\s*/i;
/** A table's corner cell that states its unit ("£m", "€ millions", "in ₹ crore", "US$'000"): the note it makes, else null. */
export function unitCell(cell: string): string | null {
  // (A label before the unit, "(Unit: KRW billion)", says nothing of it.)
  const t = cell.trim().replace(UNIT_LABEL, '$1');
  const m = UNIT_CELL.exec(t);
  return (m && (m[1] || m[2])) || SCALED_CELL.test(t) || SCALE_FIRST_CELL.test(t) || HUNDRED_MILLION_CELL.test(t) ? t : null;
}
// The unit may carry its exceptions: "(in millions, except per share data)", "US$ millions, except users".
// (The comma before the exceptions may be left out: "$ in millions except per share".) Compiled once: built per cell, it cost a load 5%.
// A remark in parentheses may follow: "£m (unaudited)".
const UNIT_CELL = new RegExp(String.raw`^\(?\s*(?:in\s+)?(${CUR})?\s*(?:in\s+)?(${WORD}|${ABBR})?(?:\s*,?\s*(?:except|unless)\b[^()]*)?\s*\)?${REMARKS}$`, 'i');
/** A corner "M€", "(Mio. CHF)", "en millions d'euros": the scale before its currency, with its exceptions ("sauf", French). */
const SCALE_FIRST_CELL = new RegExp(String.raw`^(?:\(?\s*(?:in\s+|en\s+)?${SCALE_FIRST_SOURCE}(?:\s*,?\s*(?:except|unless|sauf|hors)\b[^()]*)?\s*\)?|${FRENCH_NOTE})$`, 'i');
const HUNDRED_MILLION_CELL = new RegExp(HUNDRED_MILLION_NOTE, 'i');
/** A corner "MSEK" or "(TEUR, except per share)": in capitals only, so no word ("Mars") is read as one. */
const SCALED_CELL = new RegExp(String.raw`^\(?\s*${scaledCodeSource('MTK')}(?:\s*,?\s*(?:except|unless)\b[^()]*)?\s*\)?$`);
/**
 * The unit a heading ends with in parentheses ("Group income statement (£m)", "Segment results (in EUR millions)"),
 * or after its last comma, with its scale ("CONDENSED INCOME STATEMENT, MSEK", "Key figures, EUR m"), else ''.
 */
export function headingNote(heading: string): string {
  const inner = /\(([^()]+)\)\s*$/.exec(heading)?.[1] ?? '';
  // Remarks set off by semicolons, the unit one of them: "(three months ended September 30; dollars in thousands)".
  const note = [inner, ...(inner.includes(';') ? inner.split(';').map((s) => s.trim()) : [])].map(innerNote).find(Boolean);
  const tail = /\S,\s*([^,()]+?)\s*$/.exec(heading)?.[1] ?? '';
  // (A tail with no scale, "Net sales, SEK", says less than a note does: it stays the title's.)
  return note ?? (unitCell(tail) && NOTE_SCALES.some(([re]) => re.test(tail)) ? tail : '');
}

/** The unit a heading's parentheses state, or ''. */
function innerNote(inner: string): string {
  // A remark may come first in the same parentheses: "(unaudited, $ in millions except per share)".
  // Or a unit note's own words in any order the rules above read: "(Millions of yen)".
  return unitCell(inner) ?? unitCell(inner.replace(LEAD_REMARK, '')) ?? (inner && UNIT_NOTE.test(`(${inner})`) ? inner : '');
}
/** The span a unit note leads with ("(39 weeks, in thousands)"): the length of columns headed by dates alone. */
const NOTE_SPAN = /\(\s*((?:three|six|nine|twelve|thirteen|twenty-six|thirty-nine|fifty-two|fifty-three|\d{1,2})[- ](?:months|weeks))\s*[,;]/i;
export const noteSpan = (note: string): string | undefined => { const m = NOTE_SPAN.exec(note); return m ? `${m[1]} ended` : undefined; };

/** A short remark before a unit, set off by a comma or semicolon ("unaudited, ", "audited; ", "39 weeks, "). */
const LEAD_REMARK = /^[A-Za-z0-9][A-Za-z0-9 -]{0,24}[,;]\s*/;

/**
 * An abbreviation that scales only right after a currency ("RMB bn", "$k"). The currency is looked behind
 * for after the letters matched, not before: the same matches, but the long currency alternation runs
 * only where the letters are, not at every position of every line read (a third of a cold load's time).
 */
const afterCurrency = (...abbreviations: string[]) => abbreviations.map((a) => String.raw`${a}\b(?<=${CUR}\s?${a})`).join('|');
/** The scales a unit note or header states, with what each multiplies by. */
export const NOTE_SCALES: [RegExp, number][] = [
  // (Found where "100" starts, before the "million" in it: the earliest scale a note states is its own.)
  [new RegExp(HUNDRED_MILLION, 'i'), 1e8],
  [new RegExp(String.raw`\bthousands?\b|\b000s\b|'000|${afterCurrency('k', '000')}`, 'i'), 1e3],
  [new RegExp(String.raw`\bmillions?\b|${afterCurrency('m', 'mn', 'mm')}`, 'i'), 1e6],
  [new RegExp(String.raw`\bbillions?\b|${afterCurrency('bn')}`, 'i'), 1e9],
  // "MSEK", "TEUR", "KSEK": in capitals only ("Mars" is a word).
  [new RegExp(scaledCodeSource('M')), 1e6],
  [new RegExp(scaledCodeSource('TK')), 1e3],
  // "M€", "Mio. €", "k€", "Md€" (the scale before its currency); French notes' "milliers", "milliards".
  [new RegExp(`${SCALE_FIRST.thousands}|\\bmilliers\\b`, 'i'), 1e3],
  [new RegExp(SCALE_FIRST.millions, 'i'), 1e6],
  [new RegExp(`${SCALE_FIRST.billions}|\\bmilliards\\b`, 'i'), 1e9],
  [/\bcrores?\b/i, 1e7],
  [/\blakhs?\b/i, 1e5],
];

/** Digits of a number word as printed ("4,153.2") → value and decimals. */
export function parseNumber(text: string): { value: Decimal; decimals: number } {
  const digits = text.replace(/,/g, '');
  return { value: new Decimal(digits), decimals: digits.includes('.') ? digits.split('.')[1]!.length : 0 };
}

/**
 * A unit no scale note applies to, stated whole in a table's corner or its title's last parentheses: a price per unit
 * ("($/boe)", "US$/lb", "per boe"), a multiple ("x", "times") or a percentage ("%"). Such a table takes no standing
 * note ("All amounts are in thousands"): "-11.84" a boe is no C$11,840. (A column headed "%" beside others is no corner.)
 */
const UNSCALED_UNIT = new RegExp(String.raw`^\(?\s*(?:%|x|×|times|(?:${CUR})?\s*(?:\/|per\s+)\s*[a-z]{1,10})\s*\)?$`, 'i');
export const statesUnscaledUnit = (title: string, corner = ''): boolean =>
  [/\(([^()]+)\)\s*$/.exec(title)?.[1] ?? '', corner].some((c) => UNSCALED_UNIT.test(c.trim()));

/** Whether a text sets the unit of every figure after it: "Unless otherwise stated, all figures are in £ millions". */
export const standing = (text: string): boolean => STANDING.test(text) && NOTE_SCALES.some(([re]) => re.test(text));
const STANDING = /\bunless\s+(?:otherwise\s+)?(?:stated|noted|indicated|specified)\b|\ball\s+(?:figures|amounts)\s+(?:are\s+)?(?:(?:stated|expressed|presented|shown)\s+)?in\b/i;

/**
 * The unit a table's corner cell states and the table's note with it: it adds to the note above. A corner that is
 * a whole note in words ("(In thousands of U.S. dollars)") states it as a note standing alone would; a corner "%"
 * says every figure is a percentage, whatever note of amounts stands over the document ("... in millions, unless otherwise stated").
 */
export function cornerNote(corner: string, above: string): { unit: string | null; note: string } {
  if (/^\(?\s*%\s*\)?$/.test(corner.trim())) return { unit: '(%)', note: '(%)' };
  const unit = unitCell(corner) ?? (/^\([^()]*\)$/.test(corner.trim()) ? headingNote(corner) || null : null);
  return { unit, note: unit ? `${above} ${unit}`.trim() : above };
}
