// Derived metrics, as data: each is a ratio of two lines that every issuer's statements hold under some
// name. A formula names its lines by meaning (a pattern of the accounting words any issuer's label uses
// for revenue, gross profit, operating income, ...), never by one release's label; `linesOf` finds, in
// the lines a release has, the ones that play each part. `stated` matches a line that prints the ratio
// itself (a percentage), which then is the answer and which the load checks hold against the amounts.
import type { Fact } from './fact.js';
import type { Metric } from './release.js';
import { unmarked } from './row-units.js';
import { literal } from './literal.js';

export interface Formula {
  id: string;
  label: string;
  /** The label of a line that can be the numerator, and of one that can be the denominator (lower case). */
  numerator: RegExp;
  denominator: RegExp;
  stated?: RegExp;
  /** Lines that, taken from the denominator, leave the numerator where no line prints it (cost of revenue). */
  cost?: RegExp;
  /** Shown as a multiple ("2.12x"), not a percentage. */
  times?: boolean;
  /**
   * The denominator is the company's top line, which no part of it exceeds: of the lines named so for a period,
   * the largest (a segment's "Total Sales" or a finance arm's "Total Revenues" is a part of the whole's).
   */
  topLine?: boolean;
}

/** A property owner's top line: "Revenue from investment properties", "Rental revenue", "Property revenue" (the catalog names it "revenue" too). */
export const PROPERTY_REVENUE = /^(?:total )?(?:revenues? from (?:investment |income-producing )?properties|(?:rental|property) revenues?)$/i;
/** The top line: "Total net revenue", "Net sales", "Total revenues", "Total operating revenues", "Total sales and revenues", "Group revenue", a property owner's. */
const REVENUE = new RegExp(`^(?:total |consolidated |group )?(?:net )?(?:operating )?(?:revenues?|sales)(?: and revenues)?$|^sales, net of returns and allowances$|${PROPERTY_REVENUE.source}`);
/** Operating income: "Income from operations", "Operating profit", "Income (loss) from operations". */
const OPERATING = /^(?:gaap |segment |consolidated )?(?:operating (?:income|profit)(?: \(loss\))?|income(?: \(loss\))? from operations)(?: \(gaap\))?$/;
const NET_INCOME = /^net (?:income|earnings|profit)(?:\s*\/?\s*\(loss\))?$/;
/** Income before tax: "Income before income tax expense", "Consolidated profit before taxes", "Earnings before income taxes". */
const PRE_TAX = /^(?:consolidated )?(?:income|earnings|profit)(?: \(loss\))? before (?:provision for )?(?:income )?tax(?:es| expense)?$/;
/** The tax charge: "Income taxes expense", "Provision for income taxes", "Provision (benefit) for income taxes", "Tax expense", Brazil's "Income tax and social contribution". */
const TAX = /^(?:provision(?: \(benefit\))? for income taxes|(?:income )?tax(?:es)?(?: expense)?(?: \(benefit\))?|income tax and social contribution)$/;

export const FORMULAS: Formula[] = [
  { id: 'gross_margin', label: 'Gross margin', numerator: /^gross (?:profit|margin)$/, denominator: REVENUE, topLine: true, stated: /^(?:gaap )?gross (?:profit )?margin$/, cost: /^(?:total )?cost of (?:net )?(?:revenues?|sales)$/ },
  { id: 'operating_margin', label: 'Operating margin', numerator: OPERATING, denominator: REVENUE, topLine: true, stated: /^(?:gaap |segment )?operating (?:profit )?margin$/ },
  { id: 'non_gaap_operating_margin_computed', label: 'Non-GAAP operating margin', numerator: /^non-gaap (?:income from operations|operating income)$/, denominator: REVENUE, topLine: true, stated: /^non-gaap operating margin$/ },
  { id: 'net_income_margin', label: 'Net income margin', numerator: NET_INCOME, denominator: REVENUE, topLine: true, stated: /^(?:gaap )?net (?:income |profit )?margin$/ },
  { id: 'non_gaap_net_income_margin_computed', label: 'Non-GAAP net income margin', numerator: /^non-gaap net income$/, denominator: REVENUE, topLine: true, stated: /^non-gaap net (?:income )?margin$/ },
  { id: 'pre_tax_margin', label: 'Pretax margin', numerator: PRE_TAX, denominator: REVENUE, topLine: true, stated: /^(?:pre-?tax|(?:income|profit|earnings) before (?:income )?tax(?:es)?) (?:profit )?margin$/ },
  // A profit or cash measure's margin is that measure over revenue, as every issuer defines it.
  { id: 'ebitda_margin', label: 'EBITDA margin', numerator: /^ebitda$/, denominator: REVENUE, topLine: true, stated: /^ebitda margin$/ },
  { id: 'adjusted_ebitda_margin', label: 'Adjusted EBITDA margin', numerator: /^(?:adjusted|non-gaap) ebitda$/, denominator: REVENUE, topLine: true, stated: /^(?:adjusted|non-gaap) ebitda margin$/ },
  { id: 'free_cash_flow_margin', label: 'Free cash flow margin', numerator: /^free cash flows?$/, denominator: REVENUE, topLine: true, stated: /^free cash flow margin$/ },
  // A property owner's net operating income over its revenue ("NOI margin").
  { id: 'noi_margin', label: 'NOI margin', numerator: /^(?:(?:property )?net operating income(?: \(noi\))?|noi)$/, denominator: REVENUE, topLine: true, stated: /^noi margin$/ },
  { id: 'contribution_margin', label: 'Contribution margin', numerator: /^contribution(?: profit)?$/, denominator: REVENUE, topLine: true, stated: /^contribution margin$/ },
  // (Income before tax less net income is the tax where no tax line is printed for the period: formula.ts checks the identity.)
  { id: 'effective_tax_rate', label: 'Effective tax rate', numerator: TAX, denominator: PRE_TAX, stated: /^effective (?:income )?tax rate$/, cost: NET_INCOME },
  { id: 'current_ratio', label: 'Current ratio', numerator: /^total current assets$/, denominator: /^total current liabilities$/, times: true },
];

/** The lines of one release that play a formula's parts, most likely first, and the line that prints it. */
export interface FormulaLines {
  formula: Formula;
  /** "Gross margin", or a segment's: "Services gross margin". */
  label: string;
  /** The segment the lines are of ("services"), for a formula formed from one segment's lines. */
  segment?: string;
  numerator: string[];
  denominator: string[];
  /** Where no line is the numerator: the lines that, taken from the denominator, leave it (revenue − cost of revenue). */
  less: string[];
  stated?: string;
}

export const plain = (l: string) => l.toLowerCase().replace(/\s+/g, ' ').trim();
/** Words before a line's name that mark a total or a basis, not a segment ("Total revenues", "Net sales"). */
const NOT_A_SEGMENT = /^(?:total|net|consolidated|gaap|non-gaap|adjusted)$/;

/**
 * A label read as a segment's line, each way it may split: "Services (Net sales)" → services, net sales; "Domestic
 * Operating income" → domestic, operating income; "Operating Income Flow Control" (the line's name from the column
 * header, the segment's from the row) → flow control, operating income. Only splits whose line plays a part count.
 */
function segmentsOf(label: string): { segment: string; line: string }[] {
  const p = plain(label);
  const bracket = /^(.+?) \((.+)\)$/.exec(p);
  if (bracket) return [{ segment: bracket[1]!, line: bracket[2]! }];
  const words = p.split(' ');
  // (A segment after the line is a name, capitalised as printed: "Income taxes expense" is no segment "expense"'s.)
  const printed = label.trim().split(/\s+/);
  const named = (k: number) => printed.length === words.length && printed.slice(k).every((w) => /^[A-Z0-9&]/.test(w));
  const splits = words.slice(1).map((_, k) => ({ head: words.slice(0, k + 1).join(' '), tail: words.slice(k + 1).join(' '), k: k + 1 }));
  return splits.flatMap(({ head, tail, k }) => [{ segment: head, line: tail }, ...(named(k) ? [{ segment: tail, line: head }] : [])]).filter((x) => !NOT_A_SEGMENT.test(x.segment));
}

type Part = 'numerator' | 'denominator' | 'cost';

/**
 * For each formula, the lines that can be its parts: amounts whose label (any of its labels) says so,
 * a "Total ..." line before the rest (the consolidated figure); the percentage line that states it, if one
 * does. And the same formula for each segment whose lines hold its parts ("Services (Net sales)" and
 * "Services (Cost of sales)": the services gross margin), unless `withSegments` is false. A formula with no line for a part is left out.
 */
export function linesOf(metrics: Iterable<Metric>, kindOf: (id: string) => string | undefined, withSegments = true): Map<string, FormulaLines> {
  // Each line's labels read once (plain, and as a segment's), not once per formula.
  const list = [...metrics];
  const all = list.map((m) => ({ id: m.id, label: m.label, kind: kindOf(m.id), plain: m.labels.map(plain), segments: withSegments ? [m.label, ...m.labels].flatMap(segmentsOf) : [] }));
  // A segment's line named by its section row ("Motion Control (EBITDA adjusted¹)") is that row's measure, by every
  // name the release gives the measure's own line ("Adjusted EBITDA" in its prose).
  // (Either may carry a footnote mark the other lacks: "EBITDA, adjusted*" over "EBITDA, adjusted".)
  const namesOf = new Map(list.flatMap((m) => [m.label, ...m.labels].map((l) => [plain(unmarked(l)), m.labels.map(plain)] as const)));
  const named = (re: RegExp | undefined, kind: (k: string | undefined) => boolean) =>
    re ? all.filter((m) => kind(m.kind) && m.plain.some((l) => re.test(l))).sort((a, b) => Number(!/^total\b/i.test(a.label)) - Number(!/^total\b/i.test(b.label))).map((m) => m.id) : [];
  const amount = (k: string | undefined) => k === 'money';
  const amounts = all.filter((m) => amount(m.kind));
  const rates = all.filter((m) => m.kind === 'percent');
  const out = new Map<string, FormulaLines>();
  for (const f of [...FORMULAS, ...printedMargins(rates, amounts)]) {
    const [numerator, denominator, less] = [named(f.numerator, amount), named(f.denominator, amount), named(f.cost, amount)];
    // A rate's row may say what it is of ("EBITDA margin (% of revenue from operations)"): matched by its name before that note.
    const stated = f.stated ? named(f.stated, (k) => k === 'percent')[0] ?? rates.find((m) => m.plain.some((l) => f.stated!.test(l.replace(/ \([^()]*\)$/, ''))))?.id : undefined;
    if ((denominator.length && (numerator.length || less.length)) || stated) out.set(f.id, { formula: f, label: f.label, numerator, denominator, less, stated });
    if (!withSegments) continue;
    // A segment's lines: each part by the line name after the segment's.
    const bySegment = new Map<string, Record<Part, string[]>>();
    // Many segments' lines read alike ("revenues", "operating income"): each is matched once per formula.
    const partByLine = new Map<string, Part | undefined>();
    const partOf = (line: string) => {
      if (!partByLine.has(line)) partByLine.set(line, (['numerator', 'denominator', 'cost'] as Part[]).find((k) => f[k]?.test(line)));
      return partByLine.get(line);
    };
    for (const m of amounts) {
      for (const { segment, line } of m.segments) {
        const part = [line, ...(namesOf.get(unmarked(line)) ?? [])].map(partOf).find(Boolean);
        if (!part) continue;
        const parts = bySegment.get(segment) ?? { numerator: [], denominator: [], cost: [] };
        if (!parts[part].includes(m.id)) parts[part].push(m.id);
        bySegment.set(segment, parts);
      }
    }
    for (const [segment, p] of bySegment) {
      if (!p.denominator.length || !(p.numerator.length || p.cost.length)) continue;
      // (A measure's capitals kept: "Sweden EBITDAaL margin", "Services gross margin".)
      const label = `${segment.replace(/\b\w/g, (c) => c.toUpperCase())} ${f.label.replace(/\b[A-Z][a-z]+\b/g, (w) => w.toLowerCase())}`;
      // The segment's own printed rate: its row under a section of that rate ("Valves (Segment operating margin)").
      const stated = f.stated && rates.find((m) => m.segments.some((x) => x.segment === segment && f.stated!.test(x.line)))?.id;
      out.set(`${f.id}.${segment.replace(/[^a-z0-9]+/g, '_')}`, { formula: f, label, segment, numerator: p.numerator, denominator: p.denominator, less: p.cost, ...(stated ? { stated } : {}) });
    }
  }
  return out;
}

/** A rate's row naming a margin of a measure: "EBITDAaL margin, %", "Segment result margin (%)" → the measure's name. */
const MARGIN_OF = /^(.+?) margin(?:,? ?%| \(%\))?$/i;

/**
 * A margin the release prints of one of its own amount lines that no formula above names ("EBITDAaL margin, %" beside
 * "EBITDAaL"): that line over the top line, as every margin is, with the printed row stating it. A segment's lines of that
 * measure then give the segment's own margin (its line over its own sales), where the printed one is the group's only.
 */
function printedMargins(rates: { label: string }[], amounts: { plain: string[] }[]): Formula[] {
  const known = (l: string) => FORMULAS.some((f) => f.stated?.test(l) || f.stated?.test(l.replace(/,? ?%$| \(%\)$/, '')));
  // (The measure as printed, its capitals kept for the margin's name: "EBITDAaL margin".)
  const measures = new Map(rates.filter((r) => !known(plain(r.label))).map((r) => MARGIN_OF.exec(r.label.replace(/\s+/g, ' ').trim())?.[1]).filter((x): x is string => Boolean(x)).map((m) => [plain(m), m]));
  return [...measures]
    .filter(([m]) => amounts.some((a) => a.plain.includes(m)))
    .map(([m, printed]) => ({ id: `${m.replace(/[^a-z0-9]+/g, '_')}_margin`, label: `${printed} margin`, numerator: new RegExp(`^${literal(m)}$`), denominator: REVENUE, topLine: true, stated: new RegExp(`^${literal(m)} margin(?:,? ?%| \\(%\\))?$`) }));
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
