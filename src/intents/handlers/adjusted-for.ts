// "Net income excluding SBC", "income from operations ex-SBC yoy": a line without an item that the release's
// non-GAAP reconciliation takes out of it is the release's own non-GAAP line, where the figures say so exactly
// for every period asked (non-GAAP X = X + Y, or X − Y): that line is answered, its change where one is asked,
// with the reconciliation's arithmetic and its lines cited. Short of the exact identity, the sum handler declines.
import type { KnowledgeBase } from '../../knowledge/kb.js';
import type { Period } from '../../knowledge/period.js';
import { amount, type Fact } from '../../knowledge/fact.js';
import type { Answer } from '../answer.js';
import type { Ask } from '../frame.js';
import { figure, when } from '../format.js';
import { commensurable, find } from '../lookup.js';
import { inline, Reply, title } from '../reply.js';
import { bases, changeHandler } from './change.js';
import { nameStems } from '../text.js';
import { oneAfterAnother } from './index.js';

/** The basis words a non-GAAP twin's label starts with. */
const ADJUSTED = /^(?:non-gaap|adjusted)\s+/i;

/** The line on the adjusted basis whose label is the line's own, else undefined. */
function adjustedTwin(kb: KnowledgeBase, id: string): string | undefined {
  const own = kb.metrics.get(id)?.label.toLowerCase().replace(/^gaap\s+/, '');
  return [...kb.metrics.values()].find((m) => ADJUSTED.test(m.label) && m.label.toLowerCase().replace(ADJUSTED, '') === own)?.id;
}

/** Whether an item stands in the reconciliation that gives a line's adjusted twin: "ex-SBC" of a line the release adjusts so. */
export function reconciledOut(kb: KnowledgeBase, item: string, line: string): boolean {
  const twin = adjustedTwin(kb, line);
  return twin !== undefined && kb.metrics.get(item)?.statement === kb.metrics.get(twin)?.statement;
}

/** The three figures at a period and the sign that makes the identity exact, else null. */
function identity(ask: Ask, ids: [string, string, string], p: Period): { facts: [Fact, Fact, Fact]; sign: string } | null {
  const [x, y, n] = ids.map((id) => find(ask.kb, id, p, ask.currency)?.fact);
  if (!x || !y || !n || !commensurable(x, n) || !commensurable(y, n)) return null;
  const item = amount(y).abs();
  // (The item added back, an expense, or taken off, a gain: whichever the release's figures add up to exactly.)
  const sign = amount(n).equals(amount(x).plus(item)) ? '+' : amount(n).equals(amount(x).minus(item)) ? '−' : null;
  return sign && !item.isZero() ? { facts: [x, y, n], sign } : null;
}

/** One line with one other taken out, answered by the adjusted line that is exactly that; else null. */
export function adjustedFor(ask: Ask, ids: string[], p: Period): Answer | null {
  const kept = ids.filter((id) => !ask.signs.has(id));
  const out = ids.filter((id) => ask.signs.get(id) === 'excluded');
  const twin = kept.length === 1 && out.length === 1 ? adjustedTwin(ask.kb, kept[0]!) : undefined;
  if (!twin) return null;
  const three: [string, string, string] = [kept[0]!, out[0]!, twin];
  const changing = Boolean(ask.basis) || ask.periods.length >= 2;
  const periods = [p, ...(changing ? bases(ask, p).filter((b) => b.asked).map((b) => b.from) : [])];
  const found = periods.map((q) => identity(ask, three, q));
  if (found.some((f) => !f)) return !changing && find(ask.kb, kept[0]!, p, ask.currency)?.fact.unit.kind === 'percent' ? rateAdjusted(ask, three, p) : null;
  const { facts, sign } = found[0]!;
  const [x, y, n] = facts;
  const label = (f: Fact) => ask.kb.metrics.get(f.metric)!.label;
  const lead = new Reply(ask.kb)
    .cite(x, y, n)
    .about(n.period)
    .say(`${title(label(x))} excluding ${inline(label(y))} is the release's ${inline(label(n))}${changing ? '' : `: ${figure(n)} ${when(n)}`}.`)
    .say(`How: ${figure(x)} ${sign} ${figure({ ...y, value: y.value.abs() })} = ${figure(n)} ${when(n)}, as the release's reconciliation prints it.`)
    .answer();
  return changing ? oneAfterAnother([lead, changeHandler({ ...ask, metrics: [twin], signs: new Map(), family: [] })]) : lead;
}

/**
 * "op margin ex-SBC": a rate has no identity of its own, but where the release's reconciliation beside it takes the item
 * out of an amount exactly (non-GAAP income from operations = income from operations + SBC) its adjusted rate is the
 * rate without that item: the release's own twin, cited with the identity that shows what the adjustment is.
 */
function rateAdjusted(ask: Ask, [rate, item, twin]: [string, string, string], p: Period): Answer | null {
  const statement = ask.kb.metrics.get(twin)!.statement;
  // (The amount nearest the rate by its words shows it best: income from operations for the operating margin.)
  const near = (label: string) => nameStems(label).filter((w) => nameStems(ask.kb.metrics.get(rate)!.label).includes(w)).length;
  const inStatement = (id: string | undefined) => id !== undefined && ask.kb.metrics.get(id)?.statement === statement;
  const amounts = [...ask.kb.metrics.values()].filter((m) => m.id !== rate && inStatement(adjustedTwin(ask.kb, m.id))).sort((a, b) => near(b.label) - near(a.label));
  const shown = amounts.map((m) => identity(ask, [m.id, item, adjustedTwin(ask.kb, m.id)!], p)).find((f) => f !== null);
  const [x, n] = [find(ask.kb, rate, p, ask.currency)?.fact, find(ask.kb, twin, p, ask.currency)?.fact];
  if (!shown || !x || !n) return null;
  const [a, y, an] = shown.facts;
  const label = (f: Fact) => ask.kb.metrics.get(f.metric)!.label;
  return new Reply(ask.kb)
    .cite(x, y, n, a, an)
    .about(n.period)
    .say(`${title(label(x))} excluding ${inline(label(y))} is the release's ${inline(label(n))}: ${figure(n)} ${when(n)}.`)
    .say(`The release's adjustment takes ${inline(label(y))} out: ${figure(a)} ${shown.sign} ${figure({ ...y, value: y.value.abs() })} = ${figure(an)} (${inline(label(an))}) ${when(an)}.`)
    .answer();
}
