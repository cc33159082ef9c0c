// Words of a label that make its line a measure of its own: "Other income", "Gross profit", "Profit before tax",
// "Underlying NPAT", "Sales and marketing" are never the line a standard name ("net income", "profit", "sales")
// asks for. Read by the names a line is given (recognisers/names.ts) and by the lines a name's words fit
// (refiners/standard-names.ts); pinned by test/corpus/standard-names.jsonl.
import { CATALOG } from '../catalog.js';
import { literal } from '../../knowledge/literal.js';

/**
 * A line that divides by another, as labels write it: "X to (average|total|...) loans/assets/equity/...". The whole it
 * divides by is named, so "Net income attributable to shareholders" and "Adjustments to reconcile net income" are none.
 */
const RATIO_OF = /\bto\s+(?:(?:average|avg\.?|total|gross|net|adjusted|tangible|common|shareholders['’]?|risk-weighted)\s+)*(?:loans|assets|equity|deposits|capital|ebitda|ebit|revenues?|sales)\b/i;

export interface MeasureRule {
  name: string;
  /** Words of a label that make its line a measure of its own. */
  pattern: RegExp;
  why: string;
}

export const OTHER_MEASURE_RULES: MeasureRule[] = [
  { name: 'residual', pattern: /\bother\b/i, why: '"Other income" is what is left beside the named lines, not the whole' },
  { name: 'gross', pattern: /\bgross\b/i, why: 'gross profit is before operating costs' },
  { name: 'operating', pattern: /\boperating (?:income|profit|loss|earnings)\b|\b(?:income|profit|loss|earnings)(?: \(loss\))? from operations\b/i, why: 'an operating profit is before finance costs and tax ("Revenue from operations" is revenue)' },
  { name: 'before-an-item', pattern: /\bbefore\b|\bpre-?tax\b/i, why: '"Profit before tax" leaves an item out' },
  { name: 'tax', pattern: /\btax(?:es|ation)?\b/i, why: 'a tax line is the tax, not the profit' },
  { name: 'other-basis', pattern: /\b(?:underlying|adjusted|non-gaap|core|normali[sz]ed|pro[ -]forma|comparable)\b/i, why: 'an underlying or adjusted line is another basis, named only when asked' },
  // ("Net income and comprehensive income" is both at once, printed so where there is no other comprehensive income.)
  { name: 'comprehensive', pattern: /(?<!\b(?:income|loss|earnings|profit) and )\bcomprehensive\b/i, why: 'comprehensive income adds other comprehensive income' },
  { name: 'rate-or-per-unit', pattern: /\bper\b|\bmargin\b|\bratio\b|\brate\b/i, why: 'a per-share figure or a margin is no amount of the line' },
  { name: 'finance', pattern: /\binterest\b|\bfinanc(?:e|ing)\b/i, why: 'interest and finance lines are parts before the bottom line' },
  { name: 'part', pattern: /\bnon-?controlling\b|\bminority\b|\bdiscontinued\b/i, why: 'a minority\'s share, or discontinued operations, is a part' },
  { name: 'marketing', pattern: /\bmarketing\b/i, why: '"Sales and marketing" is an expense, not sales' },
  { name: 'ebitda', pattern: /\bebit(?:da)?\b/i, why: 'EBIT and EBITDA are before interest and tax' },
  { name: 'ratio-of', pattern: RATIO_OF, why: '"Net debt to equity", "Net charge-offs to average loans" divide the line by another: a ratio, no amount of it' },
];

/** Whether a label is of a line dividing by another ("Net debt to equity"). */
export const dividesBy = (label: string): boolean => RATIO_OF.test(label);

/** Whether a name asks for a ratio, so that a line dividing by another may be it ("nco ratio", "net debt/EBITDA"). */
export const asksRatio = (name: string): boolean => /\b(?:ratio|rate|multiple|times|percent(?:age)?|yield)\b|%|\/|\bto\b/i.test(name);

/** What people call the lines of a statement, by the catalog: names with a meaning of their own. */
export const STANDARD = new Set(CATALOG.flatMap((e) => e.names));

/** A name with its short forms as the catalog spells them out: "eps" says "earnings per share", "nii" "net interest income". */
const spelledOut = (asked: string): string =>
  asked
    .split(' ')
    .map((w) => (/^[a-z0-9]{2,4}$/.test(w) ? CATALOG.filter((e) => e.names.includes(w)).flatMap((e) => e.names).join(' ') || w : w))
    .join(' ');

/** The rule by which a label names another measure than the name asked, or null (a word the name says itself is its own). */
export function otherMeasure(label: string, asked: string): MeasureRule | null {
  const said = spelledOut(asked);
  return OTHER_MEASURE_RULES.find((r) => r.pattern.test(label) && !r.pattern.test(said)) ?? null;
}

/** Whether a label prints the name in brackets as its own short form: "Cost per ASM (CASM) (cents)" is CASM, whatever its other words. */
export const printsAsOwn = (label: string, name: string): boolean => new RegExp(`\\(\\s*${literal(name)}\\s*\\)`, 'i').test(label);

/** Whether a name is a standard one and a line of this label is another measure than it: never a name of that line (unless the label prints it). */
export const anotherMeasure = (label: string, name: string): boolean => STANDARD.has(name) && otherMeasure(label, name) !== null && !printsAsOwn(label, name);
