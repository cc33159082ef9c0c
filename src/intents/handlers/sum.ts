// A sum of lines: "total provisions, adding up all four provision lines".
import { sum as sumOf } from '../../knowledge/derive.js';
import { derived, figure, money, operands, when } from '../format.js';
import { commensurable, find } from '../lookup.js';
import { Reply, title, unknown, type Handler } from '../reply.js';

export const sum: Handler = (ask) => {
  // Lines named as a family ("all four provision lines") are the family's members, as many as said.
  const ids = ask.metrics.length >= 2 ? ask.metrics : ask.family;
  if (ids.length < 2) return unknown('Which lines should I add up? Name them, e.g. "sum of funding costs and sales and marketing".', 'not-understood');
  const count = ask.count;
  if (count && count !== ids.length) {
    return unknown(`The release has ${ids.length} such lines, not ${count}: ${ids.map((id) => ask.kb.metrics.get(id)!.label).join('; ')}. Ask for the ones you mean.`);
  }
  const reply = new Reply(ask.kb);
  const p = ask.periods[0]!;
  const facts = ids.map((id) => find(ask.kb, id, p, ask.currency)?.fact);
  if (facts.some((f) => !f || f.unit.kind !== 'money')) return unknown('The release doesn\'t give all of those lines as amounts for that period.');
  const fs = facts.map((f) => f!);
  // A balance and a quarter's flow, or RMB and USD, do not add up.
  if (fs.some((f) => !commensurable(f, fs[0]!) || f.period.kind !== fs[0]!.period.kind)) {
    return unknown('Those lines are not of one kind (a balance at a date and an amount for a quarter, say), so they do not add up.');
  }
  const total = sumOf(fs);
  const u = fs[0]!.unit;
  const shown = u.kind === 'money' ? derived(total, ...fs) : money(total, ask.kb.currency);
  reply.cite(...fs).about(fs[0]!.period);
  reply.derive('Sum', shown, operands(...fs).join(' + '));
  reply.say(`The sum of ${fs.length} lines was ${shown} ${when(fs[0]!)}:`);
  for (const f of fs) reply.say(`- ${title(ask.kb.metrics.get(f.metric)!.label)}: ${figure(f)}`);
  return reply.answer();
};
