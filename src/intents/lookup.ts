// Finding a metric's figure for a period the way a person means it: a balance for a quarter is the
// balance at its end, a flow for a date is the quarter ending then; an expense the release prints in
// parentheses is an amount spent; USD falls back to the release's rate for its own period.
import type { Currency } from '../knowledge/fact.js';
import type { Decimal } from 'decimal.js';
import { currencyOf, unitWords, type Fact, type Unit } from '../knowledge/fact.js';
import type { KnowledgeBase } from '../knowledge/kb.js';
import { ownLabel } from '../knowledge/labels.js';
import { lossSigns } from '../knowledge/sides.js';
import { endOf, periodKey, quarterOf, shift, type Period } from '../knowledge/period.js';
import { atRate } from '../knowledge/derive.js';
import { finerTwin } from '../knowledge/finer-twin.js';
import { periodMentions } from '../knowledge/period-grammar.js';
import { formulaLines, type FormulaLines } from '../knowledge/formulas.js';
import { figure, money, raw } from './format.js';

/** The lines of a ratio the catalog works out, by the id a question names it with ("formula:gross_margin"). */
export const linesOfFormula = (kb: KnowledgeBase, id: string): FormulaLines | undefined => formulaLines(kb).get(id.slice('formula:'.length));

export function periodFor(kb: KnowledgeBase, metric: string, p: Period): Period {
  if (kb.isStock(metric)) return endOf(p);
  // (A day asked that the line has a figure at is that day, whatever other periods the release reads it for.)
  if (p.kind !== 'instant' || kb.all(metric, p).length) return p;
  // The balance a cash-flow statement opens a quarter with is the one at the end of the quarter before.
  return OPENING.test(kb.metrics.get(metric)?.label ?? '') ? shift(quarterOf(p), -3) : quarterOf(p);
}

const OPENING = /\bbeginning of (?:the )?(?:period|quarter|year)\b/i;

/** What a count counts ("stores" and "store" alike; "count" where the release names no noun), '' for any other unit. */
const counted = (u: Unit) => (u.kind === 'count' ? u.noun.toLowerCase().replace(/s$/, '') : '');

/**
 * Whether two facts are amounts of one kind, so that one may be divided by or added to the other: counts
 * only of one noun (customers and branches, tonnes and employees add up to nothing).
 */
export function commensurable(a: Fact, b: Fact): boolean {
  return a.unit.kind === b.unit.kind && currencyOf(a.unit) === currencyOf(b.unit) && counted(a.unit) === counted(b.unit) && (a.unit.kind === 'money' || a.unit.kind === 'count' || a.unit.kind === 'per_share');
}

/** The units of two figures not of one kind, for a decline to name (" (customers millions and branches)"); none where they read alike. */
export function unitsApart(a: Fact, b: Fact): string {
  const [x, y] = [unitWords(a.unit), unitWords(b.unit)];
  return x === y ? '' : ` (${x} and ${y})`;
}

/**
 * Lines whose figures are outgoings (taxes, costs, charges, cash used, capital spent: capital expenditures,
 * purchases of property and equipment; capital returned: dividends paid, shares repurchased) or sums owed
 * (net debt, borrowings), printed in parentheses; never a profit "before" or "after" tax.
 */
const OUTGOING = /\b(?:expenses?|costs?|charges?|exceptional items?|restructuring|impairments?|used in|debt|borrowings?|liabilit(?:y|ies)|paid(?!-)|repurchas\w*|buy-?backs?|(?:purchases?|acquisitions?) of (?:own|treasury) (?:shares|stock)|expenditures?|capex|(?:purchases?|acquisitions?|additions?|payments?) (?:of|to|for) (?:property|plant|premises|equipment|fixed assets|(?:in)?tangible))\b|^(?:provision for )?(?:income )?tax(?:es)?\b(?!.*\b(?:before|after)\b)/i;
/**
 * A line named for both its sides ("Interest (income) expense, net", "(Gain) loss on sale", "Net income
 * (loss)", "Net cash/(debt)"): the word in parentheses is what a figure printed in parentheses is.
 */
const TWO_SIDED = [/\((income|gain|benefit)\)\s*(?:expense|loss|provision|charge)/i, /\b(?:income|profit|earnings|gain|cash|surplus|debt)\s*\/?\s*\((loss|expense|deficit|debt|cash)\)/i];

/** What a negative figure of a two-sided line is ("income" for "Interest (income) expense"), if its label is one. */
export function bracketSide(label: string): string | undefined {
  for (const rule of TWO_SIDED) {
    const side = rule.exec(label)?.[1];
    if (side) return side.toLowerCase();
  }
  return undefined;
}
const outgoings = new WeakMap<KnowledgeBase, Map<string, boolean>>();

/**
 * Words of a line named for a result, a balance, a flow of cash or a mixed line, which may really go
 * negative ("Loss from discontinued operations", "Operating income", "Effect of exchange rate changes on
 * cash", "Share of results of associates", "Other investing activities", "ADS (pence)", "Financial net"): never taken for a
 * cost by the table it stands in. "Sales" alone is no result ("Sales & marketing"); "losses" is a cost.
 */
const RESULT_WORD = /\b(?:income|profits?|earnings|loss|gains?|margins?|ebit\w*|revenues?|net sales|cash|flows?|balances?|equity|assets?|capital|deficit|surplus|results?|effects?|changes?|adjustments?|items|other|shares?|interests?|operations|activities|total|increase|decrease|attributable|eliminations|benefit|ads|adr|eps)\b|\bnet\s*$/i;
/** An outflow's object: "Investments in intangible assets", "Payment for acquisition of subsidiaries". */
const OUTFLOW_OBJECT = /\b(?:investments?|purchases?|acquisitions?|payments?|additions?)\s+(?:in|of|for|to)\b.*$/i;
/** Lines whose printing in parentheses shows a table's costs are printed so: expenses, costs, charges, taxes (not cash paid or debt). */
const COST_NAMED = /\b(?:expenses?|costs?|charges?)\b|^(?:provision for )?(?:income )?tax(?:es|ation)?\b(?!.*\b(?:before|after)\b)/i;

const valuesOf = new WeakMap<KnowledgeBase, Map<string, Decimal[]>>();
/** A metric's table figures (prose states an outgoing as the amount it is: "finance costs rose 7.9% to R$74.9 million"), indexed once per release. */
function tableValues(kb: KnowledgeBase, metric: string): Decimal[] {
  let index = valuesOf.get(kb);
  if (!index) {
    valuesOf.set(kb, (index = new Map()));
    for (const f of kb.facts) if (f.role === 'value' && f.source === 'table') index.set(f.metric, [...(index.get(f.metric) ?? []), f.value]);
  }
  return index.get(metric) ?? [];
}
const allNegative = (values: Decimal[]) => values.some((v) => v.isNegative()) && values.every((v) => v.isNegative() || v.isZero());
const namedOutgoing = (label?: string) => Boolean(label && OUTGOING.test(label) && !bracketSide(label));

/** A line named an outgoing (or under one: "Fuel" under "Total operating costs") and printed negative in every period. */
function namedAndNegative(kb: KnowledgeBase, metric: string): boolean {
  const m = kb.metrics.get(metric);
  // (By the row's own label: "Inventories (Changes in assets and liabilities)" names no liability.)
  return Boolean(m && (namedOutgoing(ownLabel(m)) || namedOutgoing(kb.metrics.get(m.parent ?? '')?.label))) && allNegative(tableValues(kb, metric));
}

/**
 * A money line of a table that prints its costs in parentheses or with a minus (another of its lines is named a
 * cost and printed negative), itself negative in every period and named for no result: a cost of that size
 * ("Sales & marketing (48.9)", "Credit losses (12.4)" beside "Transaction expense (204.3)"). Likewise a flow of
 * a table that prints its outflows so ("Investments in property, plant and equipment  -401" beside "Dividend
 * paid  -298"): an outflow of that size, whatever its words (a balance sheet's lines are no flows).
 */
function placedAmongCosts(kb: KnowledgeBase, metric: string): boolean {
  const m = kb.metrics.get(metric);
  const fact = kb.facts.find((f) => f.metric === metric && f.source === 'table');
  // (What an outflow buys, "… in intangible assets", "…, net of cash acquired", names no result of its own.)
  const named = m?.label.replace(OUTFLOW_OBJECT, '').replace(/,?\s*net of\b.*$/i, '') ?? '';
  if (!m || m.source !== 'table' || fact?.unit.kind !== 'money' || bracketSide(m.label) || RESULT_WORD.test(named) || !allNegative(tableValues(kb, metric))) return false;
  const signsOutflows = (label: string) => COST_NAMED.test(label) || (fact.period.kind === 'duration' && OUTGOING.test(label));
  return [...kb.metrics.values()].some((o) => o.id !== metric && o.statement === m.statement && o.source === 'table' && signsOutflows(o.label) && namedAndNegative(kb, o.id));
}

/**
 * Whether a metric is an outgoing the release prints as negative in every period (income taxes, cash
 * used in investing, a cost line of a table printing its costs so): its figures are then read as amounts,
 * so that "tax expense rose" when it did. A line that is sometimes negative (a provision reversed) keeps its sign.
 */
export function isOutgoing(kb: KnowledgeBase, metric: string): boolean {
  let byMetric = outgoings.get(kb);
  if (!byMetric) outgoings.set(kb, (byMetric = new Map()));
  let out = byMetric.get(metric);
  if (out === undefined) {
    out = namedAndNegative(kb, metric) || placedAmongCosts(kb, metric);
    byMetric.set(metric, out);
  }
  return out;
}

/** Words of a line named for what is paid out ("Repurchases of common stock", "Payments for dividends", "amount spent"). */
const PAID = /\b(?:spent|paid|payments?|(?:re)?purchases?|(?:re)?purchased|dividends?|capital expenditures?|acquisitions?)\b/i;
/** Words of a line named for what comes in ("Dividend income", "Revenue from acquisitions"): no payment, whatever else it names. */
const INCOMING = /\b(?:income|revenues?|received|receivables?|proceeds|gains?|sales)\b/i;

/**
 * Whether a line's figures are amounts paid out, so that "how much did they spend on it" asks for them: a
 * line printed negative in every period of its tables, a cost or expense (or a line under one), or a
 * line named for a payment. Sales are no spending.
 */
export function paidOut(kb: KnowledgeBase, metric: string): boolean {
  const m = kb.metrics.get(metric);
  const named = (label?: string) => Boolean(label && (OUTGOING.test(label) || (PAID.test(label) && !INCOMING.test(label))) && !bracketSide(label));
  if (!m) return false;
  if (named(m.label) || named(kb.metrics.get(m.parent ?? '')?.label)) return true;
  return allNegative(tableValues(kb, metric));
}

export interface Found {
  /** The figure, as an amount for an outgoing line (the release's own sign otherwise). */
  fact: Fact;
  /** True when the release prints it in parentheses and `fact` carries its amount. */
  outgoing: boolean;
  /** Set when the figure is an RMB fact translated to USD at the release's rate; `own` when that rate is its period's. */
  usd?: { value: Decimal; text: string; rate: Fact; formula: string; own: boolean };
}

/**
 * The metric's figure for a period in the currency asked. An RMB figure is translated to USD at the
 * release's rate for the release's own period, as the release itself does; an earlier period's RMB
 * figure stays in RMB (the caller says so) rather than be translated at a rate that is not its own,
 * unless the caller asks for the release's rate anyway (`anyPeriod`: a figure asked in USD, which then
 * says whose rate it is), and the release translates no named period only (`translatedOnly`).
 */
export function find(kb: KnowledgeBase, metric: string, p: Period, currency: Currency, anyPeriod = false): Found | null {
  const period = periodFor(kb, metric, p);
  const outgoing = isOutgoing(kb, metric);
  const asAmount = (f: Fact): Fact => (outgoing ? { ...f, value: f.value.abs() } : f);
  const fact = kb.get(metric, period, currency);
  if (fact && (currency === kb.currency || currencyOf(fact.unit) !== kb.currency)) return { fact: asAmount(fact), outgoing };
  const rmb = kb.get(metric, period, kb.currency);
  const rate = kb.rate();
  const own = periodKey(period) === periodKey(periodFor(kb, metric, kb.quarter));
  const only = rate ? translatedOnly(kb, rate) : [];
  const translated = only.length ? only.some((x) => periodKey(x) === periodKey(period)) : own || anyPeriod;
  // Only at a rate from the figure's own currency (a release may state another's).
  if (currency === 'USD' && rmb && rate?.unit.kind === 'fx' && rate.unit.from === currencyOf(rmb.unit) && rmb.unit.kind === 'money' && translated) {
    const value = atRate(asAmount(rmb), rate);
    // A figure the prose rounds ("RMB8.32 billion") translates to no finer a figure than it has.
    const text = rmb.source === 'narrative' ? figure({ ...rmb, value: value.div(rmb.unit.scale), unit: { ...rmb.unit, currency: 'USD' } }) : money(value, 'USD');
    return { fact: asAmount(rmb), outgoing, usd: { value, text, rate, formula: `${figure(asAmount(rmb))} ÷ ${raw(rate)}`, own } };
  }
  return rmb ? { fact: asAmount(rmb), outgoing } : null;
}

/**
 * The periods a release's rate sentence says it translates ("For convenience only, amounts for 2Q26 have been
 * translated into U.S. dollars at R$5.40"): no other period's figure is translated at it. None where the sentence
 * names no period ("all translations ... are made at a rate of RMB7.2203 ... as of March 29, 2024").
 */
export function translatedOnly(kb: KnowledgeBase, rate: Fact): Period[] {
  return periodMentions(rate.citation.quote, kb.quarter).flatMap((m) => (m.ref.kind === 'period' && m.ref.period.kind === 'duration' ? [m.ref.period] : []));
}

/**
 * A figure as the input of a derived one (a sum, a difference, a ratio): the same line printed finer where the
 * release prints it so (knowledge/finer-twin.ts), with the sign the figure was found with; else the figure itself.
 */
export function finest(kb: KnowledgeBase, f: Fact): Fact {
  const twin = finerTwin(kb, f);
  return twin ? { ...twin, value: f.value.isNegative() ? twin.value.abs().neg() : twin.value.abs() } : f;
}

/** `find`, its figure as a derived figure's input (`finest`); a translated figure stays as found. */
export function findFinest(kb: KnowledgeBase, metric: string, p: Period, currency: Currency): Found | null {
  const found = find(kb, metric, p, currency);
  return found && !found.usd ? { ...found, fact: finest(kb, found.fact) } : found;
}

/** A figure that is a loss: its size, and whether the line's own name says it is a loss ("Net loss") or a figure must ("Net income (loss)"). */
export interface Loss {
  size: Fact;
  named: boolean;
}

/**
 * A figure of a loss, as its size: a line named for its loss side, printed in parentheses throughout ("Net loss
 * (13,900)") or as the size throughout ("Net loss 13,900"), or a two-sided line's figure on its loss side ("Net
 * income (loss)" printed negative). Its change is then the loss's (widened, narrowed), never the signed figures'
 * (a decrease where the loss grew). A loss-named line printed both ways, or any other line, is none.
 */
export function lossOf(kb: KnowledgeBase, metric: string, f: Fact): Loss | undefined {
  const m = kb.metrics.get(metric);
  if (!m || f.unit.kind === 'percent') return undefined;
  if (bracketSide(m.label) === 'loss') return f.value.isNegative() ? { size: { ...f, value: f.value.abs() }, named: false } : undefined;
  const values = tableValues(kb, metric);
  const signs = lossSigns(ownLabel(m), values.length ? values : [f.value]);
  if (signs === 'negative') return { size: { ...f, value: f.value.abs() }, named: true };
  return signs === 'positive' ? { size: f, named: true } : undefined;
}

/** A figure as a sentence says it: a loss as its size ("Net loss was $13.9 million"), named a loss where its line has two sides. */
export function said(kb: KnowledgeBase, metric: string, f: Fact): string {
  const loss = lossOf(kb, metric, f);
  if (!loss) return figure(f);
  return loss.named ? figure(loss.size) : `a loss of ${figure(loss.size)}`;
}
