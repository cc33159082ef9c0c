// "Net income excluding SBC", "income from operations ex-SBC yoy": a line without an item that the release's
// non-GAAP reconciliation takes out of it is the release's own non-GAAP line, where the figures say so exactly
// for every period asked (non-GAAP X = X + Y, or X − Y): that line is answered, its change where one is asked,
// with the reconciliation's arithmetic and its lines cited. Short of the exact identity, the sum handler declines.
import type { Period } from '../../knowledge/period.js';
import { amount, type Fact } from '../../knowledge/fact.js';
import type { Answer } from '../answer.js';
import type { Ask } from '../frame.js';
import { figure, when } from '../format.js';
import { commensurable, find } from '../lookup.js';
import { inline, Reply, title } from '../reply.js';
import { bases, changeHandler } from './change.js';
import { oneAfterAnother } from './index.js';

/** The basis words a non-GAAP twin's label starts with. */
const ADJUSTED = /^(?:non-gaap|adjusted)\s+/i;

/** The line on the adjusted basis whose label is the line's own, else undefined. */
function adjustedTwin(ask: Ask, id: string): string | undefined {
  const own = ask.kb.metrics.get(id)?.label.toLowerCase().replace(/^gaap\s+/, '');
  return [...ask.kb.metrics.values()].find((m) => ADJUSTED.test(m.label) && m.label.toLowerCase().replace(ADJUSTED, '') === own)?.id;
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
  const twin = kept.length === 1 && out.length === 1 ? adjustedTwin(ask, kept[0]!) : undefined;
  if (!twin) return null;
  const three: [string, string, string] = [kept[0]!, out[0]!, twin];
  const changing = Boolean(ask.basis) || ask.periods.length >= 2;
  const periods = [p, ...(changing ? bases(ask, p).filter((b) => b.asked).map((b) => b.from) : [])];
  const found = periods.map((q) => identity(ask, three, q));
  if (found.some((f) => !f)) return null;
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
