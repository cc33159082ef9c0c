// The lines a total adds up: "break down platform services revenue".
import { percentOf } from '../../knowledge/derive.js';
import { figure, percent, when } from '../format.js';
import { find } from '../lookup.js';
import { inline, Reply, title, unknown, type Handler } from '../reply.js';

export const breakdown: Handler = (ask) => {
  const id = ask.metrics.find((m) => (ask.kb.metrics.get(m)?.children.length ?? 0) > 0);
  // A family of lines named by their head word ("the four provision lines"): each of them.
  const family = !id && !ask.metrics.length ? ask.family : [];
  if (family.length) {
    const reply = new Reply(ask.kb).say(`The ${family.length} such lines of the release:`);
    const p = ask.periods[0]!;
    for (const member of family) {
      const f = find(ask.kb, member, p, ask.currency)?.fact;
      if (!f) continue;
      reply.cite(f).about(f.period).say(`- ${title(ask.kb.metrics.get(member)!.label)}: ${figure(f)} ${when(f)}`);
    }
    const out = reply.answer();
    return out.citations.length ? out : unknown("The release doesn't give those lines for that period.");
  }
  if (!id) {
    const totals = [...ask.kb.metrics.values()].filter((m) => m.children.length > 1).map((m) => inline(m.label));
    return unknown(`The release doesn't break ${ask.metrics[0] ? inline(ask.kb.metrics.get(ask.metrics[0])?.label ?? 'that') : 'that'} down into lines. Lines it breaks down: ${totals.join(', ')}.`);
  }
  const metric = ask.kb.metrics.get(id)!;
  const reply = new Reply(ask.kb);
  const p = ask.periods[0]!;
  const whole = find(ask.kb, id, p, ask.currency);
  if (!whole) return unknown(`The release doesn't give ${metric.label} for that period.`);
  reply.cite(whole.fact).about(whole.fact.period);
  reply.say(`${title(metric.label)} was ${figure(whole.fact)} ${when(whole.fact)}, made up of:`);
  for (const child of metric.children) {
    const part = find(ask.kb, child, p, ask.currency);
    if (!part) continue;
    const pct = percentOf(part.fact, whole.fact);
    reply.cite(part.fact);
    reply.say(`- ${title(ask.kb.metrics.get(child)!.label)}: ${figure(part.fact)}${pct ? ` (${percent(pct)})` : ''}`);
  }
  return reply.answer();
};
