// Standard measures a question may name ("book value per share", "total assets", "net debt", "basic EPS", "cost
// of sales", "interest income"), each with the labels that mean it. Asked by one of its names, a measure is
// answered only by a line that means it: a line sharing a word with the name ("Basic earnings per share" for book
// value per share, "Debt" for net debt, "Net interest income" for interest income) is another measure, and a
// release printing none declines naming it (refiners/standard-measures.ts). Qualifiers are meaning: basic or
// diluted, total or net, gross or net, "per share", "cost of". Pinned by test/corpus/standard-measures.jsonl.
import { literal } from '../../knowledge/literal.js';
import { asksRatio, dividesBy } from './other-measure.js';

export interface StandardMeasure {
  /** The measure, as a reply names it. */
  name: string;
  /** What people call it, as the normalised question reads it (catalog.ts's rewrites applied: "adj" is "non-gaap"). */
  asked: string[];
  /** The labels of the lines that are it (a label with its parent line's: "Diluted" under "Net income per share"). */
  means: RegExp;
  /** The kind of figure it is, where its name says one ("per share"): a share count under an EPS heading is none. */
  kind?: 'per_share';
  /** The lines that are a part of it the measure stands for only where the release prints no whole beside them. */
  part?: RegExp;
}

/** Equity named as the parent's owners' share, without non-controlling interests. */
const OWNERS_SHARE = /\battributable to (?:the )?(?:owners|shareholders|stockholders|equity holders|parent)\b|\bowners of (?:the )?parent\b|\bparent company\b/i;

/** A per-share figure's head, as labels write it: "earnings per share", "EPS", "net income (loss) per ordinary share". */
const PER_SHARE = String.raw`(?:\bper\b.*\b(?:share|ads)s?\b|\beps\b)`;

export const STANDARD_MEASURES: StandardMeasure[] = [
  // Book value (net assets) per share; tangible book value leaves the intangibles out: another measure.
  { name: 'tangible book value per share', asked: ['tangible book value per share', 'tbvps', 'tbv per share'], means: /\btangible book value per\b/i, kind: 'per_share' },
  { name: 'book value per share', asked: ['book value per share', 'book value per common share', 'bvps', 'net asset value per share', 'nav per share', 'net assets per share'], means: /(?<!\btangible )\bbook value per\b|\bnet assets? (?:value )?per\b|\bnav per\b|\bbvps\b/i, kind: 'per_share' },
  // Per-share earnings on one basis: the other basis is another figure (a release printing only diluted EPS has no basic EPS).
  { name: 'basic EPS', asked: ['basic eps', 'basic earnings per share', 'basic net income per share', 'eps basic', 'basic earnings per ads', 'basic net income per ads'], means: new RegExp(String.raw`^(?=.*\bbasic\b)(?=.*${PER_SHARE})`, 'i'), kind: 'per_share' },
  { name: 'diluted EPS', asked: ['diluted eps', 'diluted earnings per share', 'diluted net income per share', 'eps diluted', 'diluted earnings per ads', 'diluted net income per ads'], means: new RegExp(String.raw`^(?=.*\bdiluted\b)(?=.*${PER_SHARE})`, 'i'), kind: 'per_share' },
  // The balance sheet's totals: "Total liabilities and equity" is the other side's total, not the liabilities.
  { name: 'total assets', asked: ['total assets'], means: /^total assets\b/i },
  { name: 'total liabilities', asked: ['total liabilities'], means: /^total liabilities\b(?!\s*(?:and|&)\b)/i },
  // Net assets are total equity (assets less liabilities), as Japanese releases name it. The owners' share of it
  // ("Equity attributable to owners of parent") is the total only where no total including non-controlling interests is printed.
  { name: 'total equity', asked: ['total equity', "total shareholders' equity", "total stockholders' equity", 'total shareholders equity', 'total stockholders equity', 'net assets', 'total net assets'], means: /^total (?!liabilities\b)(?:[^,]* )?equity\b|^(?:total )?(?:share|stock)holders['’]? equity\b|^equity attributable to (?:owners|shareholders|equity holders)\b|^(?:total )?net assets\b(?!.*\bper\b)/i, part: OWNERS_SHARE },
  // Net debt is debt less cash: never gross debt; its ratio to EBITDA is a multiple, no amount.
  { name: 'net debt', asked: ['net debt', 'net borrowings'], means: /^net (?:(?:interest-bearing|financial) )?(?:debt|borrowings)\b(?!.*\b(?:to|\/)\s*(?:\w+\s+)?ebitda\b|.*\b(?:ratio|multiple|leverage)\b)|^net (?:cash|debt)\s*\/?\s*\((?:debt|cash)\)/i },
  // Total (gross) debt is before cash: net debt is another measure, and a part ("Long-term debt") leaves the current portion out.
  { name: 'total debt', asked: ['total debt', 'gross debt', 'total borrowings', 'gross borrowings'], means: /^(?:total |gross )?(?:debt|borrowings)\b(?!.*\b(?:ratio|multiple|leverage|issuance|issued|repayments?|repaid|proceeds|costs?|securities|maturit(?:y|ies)|current|non-?current|long-term|short-term)\b)/i },
  // The cost of what was sold: "Sales and distribution costs", "Policy acquisition costs", "Net finance costs" are other costs.
  { name: 'cost of sales', asked: ['cost of sales', 'costs of sales', 'cost of revenue', 'cost of revenues', 'costs of revenue', 'costs of revenues', 'cost of goods sold', 'cogs'], means: /^(?:total )?costs? of (?:\w+ )?(?:revenues?|sales|goods sold|products sold)\b|^cogs\b/i },
  // Interest earned, gross: net interest income is after interest expended.
  { name: 'interest income', asked: ['interest income', 'interest earned', 'interest revenue'], means: /^(?:total )?interest (?:and (?:dividend|similar) )?(?:income|earned|revenue)\b/i },
  // (A retailer's "Interest (income) expense, net" is its net interest, of either sign.)
  { name: 'net interest income', asked: ['net interest income'], means: /^net interest (?:income|\((?:income|expense)\) (?:expense|income))\b(?!.*\bafter\b)/i },
  { name: 'interest expense', asked: ['interest expense', 'interest expenses', 'interest expended'], means: /^(?:total )?interest (?:\(income\) )?(?:expen(?:se|ses|ded)|costs?)\b/i },
  // Free cash flow is after capital expenditure: operating cash flow is not it, nor the other way round.
  { name: 'free cash flow', asked: ['free cash flow', 'fcf'], means: /\bfree cash flows?\b/i },
  // Market data: what the shares trade at, and the measures worked from it. A release rarely prints them; a line sharing
  // a word ("Price" of a buyback's offer, a "Capital Markets" segment, "Dividend per share") is never one.
  { name: 'share price', asked: ['share price', 'stock price', 'closing price', 'closing share price', 'closing stock price'], means: /^(?:closing |period[- ]end |quarter[- ]end |year[- ]end )?(?:share|stock) price\b(?!.*\b(?:average|offer|buy-?back|repurchase|tender)\b)|^closing (?:share |stock )?price\b/i },
  { name: 'market capitalisation', asked: ['market cap', 'market capitalisation', 'market capitalization', 'mkt cap', 'market value of equity'], means: /^market cap(?:itali[sz]ation)?\b/i },
  { name: 'enterprise value', asked: ['enterprise value'], means: /^enterprise value\b(?!.*\b(?:to|\/)\s*\w+)/i },
  { name: 'price-to-earnings ratio', asked: ['p/e', 'p/e ratio', 'pe ratio', 'price to earnings', 'price-to-earnings', 'price/earnings', 'price earnings ratio', 'earnings multiple'], means: /\bp\/e\b|\bprice[- /](?:to[- ])?earnings\b/i },
  { name: 'price-to-book ratio', asked: ['p/b', 'p/b ratio', 'price to book', 'price-to-book', 'price/book'], means: /\bp\/b\b|\bprice[- /](?:to[- ])?book\b/i },
  { name: 'EV/EBITDA', asked: ['ev/ebitda', 'ev to ebitda', 'enterprise value to ebitda'], means: /^(?:ev|enterprise value)\s*(?:\/|to)\s*(?:adjusted )?ebitda\b/i },
  { name: 'dividend yield', asked: ['dividend yield'], means: /\bdividend yield\b/i },
  // A bank's capital ratios, each its own measure: Tier 1 holds the preferred stock CET1 leaves out, total capital
  // adds Tier 2, and the leverage ratio is against total assets, not risk-weighted ones.
  { name: 'CET1 ratio', asked: ['cet1 ratio', 'cet1 capital ratio', 'cet 1 ratio', 'common equity tier 1 ratio', 'common equity tier 1 capital ratio'], means: /\b(?:cet\s?1|common equity tier\s?(?:1|one))\b(?!.*\bleverage\b)/i },
  { name: 'Tier 1 capital ratio', asked: ['tier 1 ratio', 'tier 1 capital ratio', 'tier one ratio', 'tier one capital ratio', 'tier 1 risk-based capital ratio', 'tier 1 risk based capital ratio', 'tier 1 risk-based ratio', 'tier 1 capital ratio (risk-based)', 'tier 1 capital ratio risk-based', 'tier 1 ratio (risk-based)'], means: /^(?!.*\b(?:common equity|cet\s?1|leverage)\b).*\btier\s?(?:1|one|i)\b.*\bratio\b/i },
  { name: 'Tier 1 leverage ratio', asked: ['tier 1 leverage ratio', 'tier one leverage ratio'], means: /\btier\s?(?:1|one|i)\b.*\bleverage\b|\bleverage ratio\b.*\btier\s?(?:1|one|i)\b/i },
  { name: 'total capital ratio', asked: ['total capital ratio', 'total risk-based capital ratio', 'total risk based capital ratio'], means: /^total (?:risk[- ]based )?capital\b.*\bratio\b/i },
  { name: 'operating cash flow', asked: ['operating cash flow', 'cash flow from operations', 'cash from operations', 'cash flow from operating activities', 'net cash from operating activities'], means: /\boperating act(?:ivities\b|\.)|\boperating cash flows?\b|\bcash (?:flows? )?(?:generated |provided )?(?:from|by) operations\b/i },
];

/**
 * Whether a line of this label is the measure, as printed or with a qualifier printed after its head read before it:
 * "Interest income, net" is net interest income, and the interest income of a release that prints it so.
 */
export function meansMeasure(measure: StandardMeasure, label: string): boolean {
  // (A line dividing by another, "Net debt to equity", is a ratio: only a measure that is one may mean it.)
  if (dividesBy(label) && !asksRatio(measure.name)) return false;
  return measure.means.test(label) || measure.means.test(label.replace(/^([^,]+),\s*net\b\s*/i, 'net $1 ').trim());
}

/** The words of the measures' names: words of finance, never a misspelling of another word ("basic" is not "basis"). */
export const MEASURE_WORDS = new Set(STANDARD_MEASURES.flatMap((m) => m.asked.flatMap((a) => a.split(' '))));

export interface MeasureAsked {
  measure: StandardMeasure;
  /** The name as the question says it, and where (offsets in the normalised question). */
  said: string;
  start: number;
  end: number;
}

/** Every name a measure is asked by, longest first, with its pattern: built once, not on each question (it ran on every one). */
const ASKED_NAMES = STANDARD_MEASURES.flatMap((measure) => measure.asked.map((said) => ({ measure, said })))
  .sort((a, b) => b.said.length - a.said.length)
  .map((n) => ({ ...n, pattern: new RegExp(String.raw`(?<![\w'-])${literal(n.said)}(?![\w'-])`, 'g') }));

/** The measures a normalised question names, longest name first where names overlap ("net interest income", not "interest income"). */
export function measuresAsked(text: string): MeasureAsked[] {
  const found: MeasureAsked[] = [];
  for (const { measure, said, pattern } of ASKED_NAMES) {
    if (!text.includes(said)) continue;
    for (const m of text.matchAll(pattern)) {
      const [start, end] = [m.index, m.index + said.length];
      if (!found.some((f) => f.start < end && start < f.end)) found.push({ measure, said, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
