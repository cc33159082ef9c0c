// The statement's lines around tax, read by meaning: "tax" alone (or "income tax", "tax expense", "provision for
// income taxes") names the tax charge; "before tax", "pretax", "EBT", "PBT" name the profit before it; "after tax",
// "net of tax" name what is left after it (the bottom line, statement-families.ts), never the tax. Each measure has
// the names people ask it by and the labels of the lines that are it (any issuer's wording, no issuer's words); a
// question naming one is answered only by such a line, or declined naming it (refiners/tax-measures.ts). Pinned by
// test/corpus/tax-measures.jsonl.
import { unitFree } from '../../knowledge/row-units.js';
import { BOTTOM_LINE } from '../statement-families.js';

export interface TaxMeasure {
  /** The measure, as a reply names it. */
  name: string;
  /** What people call it, as the normalised question reads it (catalog.ts rewrites "EBT", "PBT", "pretax profit" to "income before income tax expense"). */
  asked: string[];
  /** The labels of the lines that are it. */
  means: RegExp;
  /** Whether catalog.ts binds its names to its lines: the bottom line's names are its own family's (statement-families.ts). */
  bound: boolean;
}

/** "Income taxes", "Tax expense", "Provision for income taxes", "Income tax (expense) benefit", "Taxation (R&D tax credit)", "Income tax and social contribution". */
const TAX_CHARGE = /^(?:(?:statutory|reported)\s+)?(?:(?:provision|benefit)(?:\s*\((?:benefit|provision)\))?\s+(?:for|from)\s+(?:\((?:benefit from|provision for)\)\s+)?)?(?:income\s+)?tax(?:es|ation)?(?:\s+on\s+(?:profits?|income|earnings))?(?:\s+and social contributions?)?(?:\s+(?:expenses?|charges?|provisions?|\(?(?:expense|benefit|charge)\)?(?:\s*\/\s*\(?(?:expense|benefit)\)?)?)){0,2}(?:,\s*net)?(?:\s*\((?:[^()]*\btax\b[^()]*|current and deferred|net)\))?$/i;

/** "Profit before tax", "Statutory profit before tax", "Income (loss) before provision for income taxes", "Earnings before taxes (EBT)", "EBT". */
const PRETAX = /^(?:(?:statutory|reported)\s+)?(?:net\s+)?(?:(?:profit|income|earnings|loss|result)(?:\s*\/?\s*\((?:loss|income|profit)\))?|\((?:loss|income)\)\s+(?:income|loss)|(?:profit|income)\s*\/\s*\(?loss\)?)\s+before\s+(?:provision for\s+)?(?:income\s+)?tax(?:es|ation)?(?:\s+expense)?(?:\s*\((?:ebt|pbt)\))?$|^pre-?tax\s+(?:profit|income|earnings)$|^(?:ebt|pbt)$/i;

export const TAX_MEASURES: TaxMeasure[] = [
  {
    name: 'profit before tax',
    asked: ['income before income tax expense', 'income before income taxes', 'income before income tax', 'income before taxes', 'income before tax', 'profit before income taxes', 'profit before income tax', 'profit before taxes', 'profit before taxation', 'profit before tax', 'earnings before taxes', 'earnings before tax', 'pretax income', 'pretax profit', 'pretax earnings', 'loss before income taxes', 'loss before taxes', 'loss before taxation', 'loss before tax', 'pretax loss'],
    means: PRETAX,
    bound: true,
  },
  {
    name: 'income tax',
    asked: ['income tax expense', 'income taxes expense', 'income tax charge', 'income taxes', 'income tax', 'tax expense', 'tax charge', 'taxation', 'taxes', 'tax'],
    means: TAX_CHARGE,
    bound: true,
  },
  {
    // What is left after tax is the bottom line, by its own family's labels (statement-families.ts).
    name: 'profit after tax',
    asked: ['net profit after taxes', 'net profit after tax', 'net income after taxes', 'net income after tax', 'profit after taxation', 'profit after taxes', 'profit after tax', 'income after taxes', 'income after tax', 'earnings after taxes', 'earnings after tax', 'after-tax profit', 'after-tax income', 'after-tax earnings', 'npat', 'pat'],
    means: BOTTOM_LINE,
    bound: false,
  },
];

/** Whether a line of this label is the measure; a unit the label states ("Income taxes (EUR thousand)") is no part of its name, nor its initials printed beside it ("Profit after tax (PAT)"). */
export const isMeasure = (measure: TaxMeasure, label: string): boolean => measure.means.test(initialsFree(unitFree(label).trim()));

/** The label without the initials of its own words it prints in brackets after them ("Profit after tax (PAT)" → "Profit after tax"). */
function initialsFree(label: string): string {
  const paren = /\s*\(([A-Za-z]{2,6})\)$/.exec(label);
  if (!paren || paren.index === 0) return label;
  const initials = label.slice(0, paren.index).split(/[\s-]+/).filter(Boolean).map((w) => w[0]).join('');
  return initials.toLowerCase() === paren[1]!.toLowerCase() ? label.slice(0, paren.index) : label;
}

export interface TaxReading {
  name: string;
  /** Words of a question that read as this; the first rule whose words cover a tax word decides it. */
  pattern: RegExp;
  /** The measure they name, or null: tax words that name no tax line ("after tax", "tax rate", "deferred tax"). */
  measure: TaxMeasure | null;
  why: string;
}

const byName = (name: string): TaxMeasure => TAX_MEASURES.find((m) => m.name === name)!;
const phrases = (m: TaxMeasure) => new RegExp(String.raw`(?<![\w'-])(?:${[...m.asked].sort((a, b) => b.length - a.length).join('|')})(?![\w'-])`, 'g');

/** Items a tax effect is stated apart from ("pretax charges", "adjusting items before tax"). */
const ITEMS = String.raw`\b(?:charges?|items?|adjustments?|impairments?|costs?|expenses?|effects?)\b`;

/** How the tax words of a question read, in order: the first rule covering a tax word decides what it names. */
export const TAX_READINGS: TaxReading[] = [
  { name: 'after-tax', pattern: phrases(byName('profit after tax')), measure: byName('profit after tax'), why: 'what is left after tax is the bottom line, not the tax' },
  { name: 'net-of-tax', pattern: /\b(?:after|net of|post)[\s-]+(?:income\s+)?tax(?:es|ation)?\b|\bafter-tax\b/g, measure: null, why: 'an item "after tax" or "net of tax" is that item, not the tax' },
  { name: 'pretax-item', pattern: new RegExp(String.raw`\bpretax\s+${ITEMS}|${ITEMS}\s+before[\s-]+tax(?:es|ation)?\b`, 'g'), measure: null, why: '"pretax charges" are those items before their tax effect, not the pre-tax profit' },
  { name: 'before-tax', pattern: new RegExp(`${phrases(byName('profit before tax')).source}|\\bpretax\\b`, 'g'), measure: byName('profit before tax'), why: '"before tax" and "pretax" name the profit before the tax, not the tax' },
  { name: 'tax-as-qualifier', pattern: /\b(?:deferred|current|effective|cash|unrecognized|uncertain)\s+(?:income\s+)?tax(?:es)?\b|\b(?:income\s+)?tax(?:es)?\s+(?:rates?|assets?|liabilit(?:y|ies)|payable|receivable|recoverable|paid|credits?|refunds?|losses|loss|benefits?|effects?|impacts?|adjustments?|basis|shield|holiday|reform|equity|positions?)\b/g, measure: null, why: 'a tax rate, a deferred tax or tax assets are other lines than the tax charge' },
  { name: 'tax-charge', pattern: phrases(byName('income tax')), measure: byName('income tax'), why: '"tax" alone names the tax charge' },
];

export interface TaxWords {
  /** The reading rule that took them. */
  rule: TaxReading;
  /** The words as the question says them, and where (offsets in the normalised question). */
  said: string;
  start: number;
  end: number;
}

export type TaxAsked = TaxWords & { measure: TaxMeasure };

/** How a normalised question's tax words read, left to right; words an earlier rule took are not read again. */
export function readTaxWords(text: string): TaxWords[] {
  const taken: TaxWords[] = [];
  for (const rule of TAX_READINGS) {
    for (const m of text.matchAll(rule.pattern)) {
      const [start, end] = [m.index, m.index + m[0].length];
      if (!taken.some((t) => t.start < end && start < t.end)) taken.push({ rule, said: m[0], start, end });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** The tax measures a normalised question names ("tax rate", "after tax" name none). */
export const taxMeasuresAsked = (text: string): TaxAsked[] => readTaxWords(text).flatMap((t) => (t.rule.measure ? [{ ...t, measure: t.rule.measure }] : []));
