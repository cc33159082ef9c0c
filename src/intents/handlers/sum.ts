// A sum of lines: "total provisions, adding up all four provision lines".
import { sum as sumOf } from '../../knowledge/derive.js';
import { stem } from '../../nlp.js';
import { figure, money, raw, when } from '../format.js';
import { find } from '../lookup.js';
import { Reply, title, unknown, type Ask, type Handler } from '../reply.js';
import { contentTokens } from '../text.js';

/** Words that start many labels without naming a family of lines. */
const NOT_A_FAMILY = new Set(['total', 'net', 'other', 'income', 'non']);

/** Lines named as a family ("all four provision lines"): the metrics whose label starts with that word. */
export function family(ask: Ask): string[] {
  let best: string[] = [];
  for (const t of contentTokens(ask.intent.text)) {
    if (NOT_A_FAMILY.has(t.word)) continue;
    const members = [...ask.kb.metrics.values()].filter((m) => m.source === 'table' && stem(m.label.split(/\s+/)[0]!.toLowerCase()) === t.stem);
    if (members.length >= 2 && (!best.length || members.length < best.length)) best = members.map((m) => m.id);
  }
  return best;
}

export const sum: Handler = (ask) => {
  const ids = ask.metrics.length >= 2 ? ask.metrics : family(ask);
  if (ids.length < 2) return unknown('Which lines should I add up? Name them, e.g. "sum of funding costs and sales and marketing".');
  const reply = new Reply(ask.kb);
  const p = ask.periods[0]!;
  const facts = ids.map((id) => find(ask.kb, id, p, 'RMB')?.fact);
  if (facts.some((f) => !f || f.unit.kind !== 'money')) return unknown('The release doesn\'t give all of those lines as amounts for that period.');
  const fs = facts.map((f) => f!);
  const total = sumOf(fs);
  const currency = fs[0]!.unit.kind === 'money' ? fs[0]!.unit.currency : 'RMB';
  reply.cite(...fs).about(fs[0]!.period);
  reply.derive('Sum', money(total, currency), fs.map(raw).join(' + '));
  reply.say(`The sum of ${fs.length} lines was ${money(total, currency)} ${when(fs[0]!)}:`);
  for (const f of fs) reply.say(`- ${title(ask.kb.metrics.get(f.metric)!.label)}: ${figure(f)}`);
  return reply.answer();
};
