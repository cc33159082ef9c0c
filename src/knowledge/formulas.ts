// Derived metrics, as data: each is a ratio of two lines that every issuer's statements hold under some
// name. A formula names its lines by meaning (a pattern of the accounting words any issuer's label uses
// for revenue, gross profit, operating income, ...), never by one release's label; `linesOf` finds, in
// the lines a release has, the ones that play each part. `stated` matches a line that prints the ratio
// itself (a percentage), which then is the answer and which the load checks hold against the amounts.
import type { Fact } from './fact.js';
import type { Metric } from './release.js';

export interface Formula {
  id: string;
  label: string;
  /** The label of a line that can be the numerator, and of one that can be the denominator (lower case). */
  numerator: RegExp;
  denominator: RegExp;
  stated?: RegExp;
  /** Shown as a multiple ("2.12x"), not a percentage. */
  times?: boolean;
}

/** The top line: "Total net revenue", "Net sales", "Total revenues", "Total sales and revenues". */
const REVENUE = /^(?:total |consolidated )?(?:net )?(?:revenues?|sales)(?: and revenues)?$|^sales, net of returns and allowances$/;
/** Operating income: "Income from operations", "Operating profit", "Income (loss) from operations". */
const OPERATING = /^(?:gaap )?(?:operating (?:income|profit)(?: \(loss\))?|income(?: \(loss\))? from operations)(?: \(gaap\))?$/;
const NET_INCOME = /^net (?:income|earnings|profit)(?:\s*\/?\s*\(loss\))?$/;
/** Income before tax: "Income before income tax expense", "Consolidated profit before taxes", "Earnings before income taxes". */
const PRE_TAX = /^(?:consolidated )?(?:income|earnings|profit)(?: \(loss\))? before (?:provision for )?(?:income )?tax(?:es| expense)?$/;
/** The tax charge: "Income taxes expense", "Provision for income taxes", "Provision (benefit) for income taxes". */
const TAX = /^(?:provision(?: \(benefit\))? for income taxes|income tax(?:es)?(?: expense)?(?: \(benefit\))?)$/;

export const FORMULAS: Formula[] = [
  { id: 'gross_margin', label: 'Gross margin', numerator: /^gross (?:profit|margin)$/, denominator: REVENUE, stated: /^(?:gaap )?gross (?:profit )?margin$/ },
  { id: 'operating_margin', label: 'Operating margin', numerator: OPERATING, denominator: REVENUE, stated: /^(?:gaap )?operating (?:profit )?margin$/ },
  { id: 'non_gaap_operating_margin_computed', label: 'Non-GAAP operating margin', numerator: /^non-gaap (?:income from operations|operating income)$/, denominator: REVENUE, stated: /^non-gaap operating margin$/ },
  { id: 'net_income_margin', label: 'Net income margin', numerator: NET_INCOME, denominator: REVENUE, stated: /^(?:gaap )?net (?:income |profit )?margin$/ },
  { id: 'non_gaap_net_income_margin_computed', label: 'Non-GAAP net income margin', numerator: /^non-gaap net income$/, denominator: REVENUE, stated: /^non-gaap net (?:income )?margin$/ },
  { id: 'effective_tax_rate', label: 'Effective tax rate', numerator: TAX, denominator: PRE_TAX, stated: /^effective (?:income )?tax rate$/ },
  { id: 'current_ratio', label: 'Current ratio', numerator: /^total current assets$/, denominator: /^total current liabilities$/, times: true },
];

/** The lines of one release that play a formula's parts, most likely first, and the line that prints it. */
export interface FormulaLines {
  numerator: string[];
  denominator: string[];
  stated?: string;
}

/**
 * For each formula, the lines that can be its parts: amounts whose label (any of its labels) says so,
 * a "Total ..." line before the rest (the consolidated figure, not a segment's); and the percentage line
 * that states it, if one does. A formula with no line for a part is left out.
 */
export function linesOf(metrics: Iterable<Metric>, kindOf: (id: string) => string | undefined): Map<string, FormulaLines> {
  const all = [...metrics];
  const plain = (l: string) => l.toLowerCase().replace(/\s+/g, ' ').trim();
  const named = (re: RegExp, kind: (k: string | undefined) => boolean) =>
    all.filter((m) => kind(kindOf(m.id)) && m.labels.some((l) => re.test(plain(l)))).sort((a, b) => Number(!/^total\b/i.test(a.label)) - Number(!/^total\b/i.test(b.label))).map((m) => m.id);
  const out = new Map<string, FormulaLines>();
  for (const f of FORMULAS) {
    const amount = (k: string | undefined) => k === 'money';
    const [numerator, denominator] = [named(f.numerator, amount), named(f.denominator, amount)];
    const stated = f.stated ? named(f.stated, (k) => k === 'percent')[0] : undefined;
    if (numerator.length && denominator.length) out.set(f.id, { numerator, denominator, stated });
    else if (stated) out.set(f.id, { numerator, denominator, stated });
  }
  return out;
}

const byKb = new WeakMap<object, Map<string, FormulaLines>>();

/** `linesOf` for a knowledge base, found once (its metrics do not change). */
export function formulaLines(kb: { metrics: Map<string, Metric>; facts: Fact[] }): Map<string, FormulaLines> {
  let lines = byKb.get(kb);
  if (!lines) {
    const kinds = new Map<string, string>();
    for (const f of kb.facts) if (f.role === 'value' && !kinds.has(f.metric)) kinds.set(f.metric, f.unit.kind);
    lines = linesOf(kb.metrics.values(), (id) => kinds.get(id));
    byKb.set(kb, lines);
  }
  return lines;
}
