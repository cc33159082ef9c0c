// A share of a whole: "S&M as % of rev", "what share of total net revenue came from platform
// services?" With one metric, its share of the line it adds up into.
import { percentOf } from '../../knowledge/derive.js';
import { figure, operands, percent, when } from '../format.js';
import { commensurable, find } from '../lookup.js';
import { inline, Reply, title, unknown, verb, type Ask, type Handler } from '../reply.js';

/** Which named metric is the whole: the one right after "of" (share of X, % of X), else the second. */
export function partAndWhole(ask: Ask): [string, string] | null {
  const { metrics, intent } = ask;
  if (metrics.length === 1) {
    const parent = ask.kb.metrics.get(metrics[0]!)?.parent;
    return parent ? [metrics[0]!, parent] : null;
  }
  if (metrics.length < 2) return null;
  const of = /\b(?:of|in|to)\s+(?:the\s+)?(?:total\s+)?$/;
  const whole = metrics.find((id) => ask.at.has(id) && of.test(intent.text.slice(0, ask.at.get(id)))) ?? metrics[1]!;
  const part = metrics.find((id) => id !== whole)!;
  return [part, whole];
}

export const share: Handler = (ask) => {
  const pair = partAndWhole(ask);
  if (!pair) return unknown(`Share of what? Name the whole, e.g. "${title(ask.kb.metrics.get(ask.metrics[0]!)?.label ?? 'Sales and marketing')} as % of total net revenue".`);
  const [partId, wholeId] = pair;
  const reply = new Reply(ask.kb);
  for (const p of ask.periods) {
    const part = find(ask.kb, partId, p, 'RMB');
    const whole = find(ask.kb, wholeId, p, 'RMB');
    if (part && whole && (!commensurable(part.fact, whole.fact) || part.fact.period.kind !== whole.fact.period.kind)) {
      return unknown(`${title(ask.kb.metrics.get(partId)!.label)} is not a part of ${inline(ask.kb.metrics.get(wholeId)!.label)}: they are different kinds of figure.`);
    }
    const pct = part && whole ? percentOf(part.fact, whole.fact) : null;
    if (!part || !whole || !pct) continue;
    const pl = title(ask.kb.metrics.get(partId)!.label);
    const wl = inline(ask.kb.metrics.get(wholeId)!.label);
    reply.cite(part.fact, whole.fact).about(part.fact.period);
    const [a, b] = operands(part.fact, whole.fact);
    reply.derive(`${pl} as % of ${wl}`, percent(pct), `${a} ÷ ${b} × 100`);
    reply.say(`${pl} ${verb(pl)} ${percent(pct)} of ${wl} ${when(part.fact)} (${figure(part.fact)} of ${figure(whole.fact)}).`);
  }
  const a = reply.answer();
  return a.citations.length ? a : unknown(`The release doesn't give both ${ask.kb.metrics.get(partId)!.label} and ${ask.kb.metrics.get(wholeId)!.label} for that period.`);
};
