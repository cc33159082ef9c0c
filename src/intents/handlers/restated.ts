// How much a restatement changed a figure: the figure a later release prints for a period against the
// one an earlier release first reported for it ("by how much did the restatement change it"), both cited.
// A period no loaded release restates says so, with its figure: never a change between two periods.
import { isBase } from '../../knowledge/derive.js';
import { amount } from '../../knowledge/fact.js';
import { restated } from '../../knowledge/history.js';
import { periodLabel } from '../../knowledge/period.js';
import { derived, figure, operands, percent, when } from '../format.js';
import { find } from '../lookup.js';
import { Reply, inline, title, unknown, type Handler } from '../reply.js';
import { releaseOf } from './series.js';

export const restatementChange: Handler = (ask) => {
  const reply = new Reply(ask.kb);
  const none: string[] = [];
  for (const id of ask.metrics.filter((m) => ask.kb.metrics.has(m))) {
    const label = ask.kb.metrics.get(id)!.label;
    for (const p of ask.periods) {
      const now = find(ask.kb, id, p, ask.currency)?.fact;
      const first = now && restated(ask.kb, now)[0];
      if (!now || !first) {
        none.push(now ? `${inline(label)} ${when(now)} (${figure(now)} in ${releaseOf(ask.kb, now)})` : `${inline(label)} for ${periodLabel(p)}`);
        continue;
      }
      const delta = amount(now).minus(amount(first));
      const pct = isBase(amount(first)) ? delta.div(amount(first)).times(100) : null;
      const by = `${delta.isNegative() ? 'a decrease' : 'an increase'} of ${derived(delta.abs(), now, first)}${pct ? ` (${percent(pct.abs())})` : ''}`;
      reply.cite(now, first).about(now.period);
      reply.derive(`${title(label)} restated less first reported`, derived(delta, now, first), operands(now, first).join(' − '));
      reply.say(`${title(label)} ${when(now)} is ${figure(now)} as restated in ${releaseOf(ask.kb, now)}, against ${figure(first)} first reported in ${releaseOf(ask.kb, first)}: ${delta.isZero() ? 'unchanged' : by}.`);
    }
  }
  if (!reply.answer().citations.length) return unknown(`No release loaded restates ${none.join('; ') || 'that figure'}.`, 'not-in-release');
  if (none.length) reply.say(`No release loaded restates ${none.join('; ')}.`);
  return reply.answer();
};
