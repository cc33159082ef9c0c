// The summary card (the quarter's headline figures with YoY) and help.
import { change } from '../../knowledge/derive.js';
import { periodLabel, yearAgo } from '../../knowledge/period.js';
import { EXAMPLES, HEADLINES } from '../catalog.js';
import { figure, percent, points, raw } from '../format.js';
import { find } from '../lookup.js';
import { Reply, title, type Handler } from '../reply.js';

export const summary: Handler = (ask) => {
  const reply = new Reply(ask.kb);
  const q = ask.periods[0] ?? ask.kb.quarter;
  reply.about(q).say(`${periodLabel(q)} at a glance:`);
  const own = ask.kb.headlines.map((h) => (l: string) => l.toLowerCase() === h.toLowerCase());
  for (const fits of [...HEADLINES.map((p) => (l: string) => p.test(l)), ...own]) {
    const metric = [...ask.kb.metrics.values()].find((m) => [m.label, ...m.labels].some(fits));
    if (!metric) continue;
    const now = find(ask.kb, metric.id, q, ask.kb.currency);
    if (!now) continue;
    const then = find(ask.kb, metric.id, yearAgo(now.fact.period), ask.kb.currency);
    reply.cite(now.fact);
    let yoy = '';
    if (then) {
      const c = change(then.fact, now.fact);
      reply.cite(then.fact);
      if (c.points) yoy = ` (${c.delta.isNegative() ? '-' : '+'}${points(c.delta)} YoY)`;
      else if (c.pct) {
        yoy = ` (${c.pct.isNegative() ? '' : '+'}${percent(c.pct)} YoY)`;
        reply.derive(`${title(metric.label)} YoY`, percent(c.pct), `(${raw(now.fact)} − ${raw(then.fact)}) ÷ ${raw(then.fact)} × 100`);
      }
    }
    reply.say(`- ${title(metric.label)}: ${figure(now.fact)}${yoy}`);
  }
  return reply.answer();
};

export const help: Handler = (ask) => {
  const r = ask.kb.releases.map((x) => x.title).join('; ');
  return {
    status: 'answer',
    text: [
      `I answer questions about ${r} with the release's own figures, each cited to its line.`,
      'Ask for a figure, its change (YoY, QoQ, percentage points), a share or ratio, a sum or breakdown, a comparison, a definition, the stated reason for a change, guidance, buybacks, the exchange rate, what management said, or a summary. Follow-ups like "and QoQ?" or "in USD?" carry on from the last answer.',
      'Examples:',
      ...EXAMPLES.map((e) => `- ${e}`),
    ].join('\n'),
    citations: [],
    derivations: [],
    choices: [],
  };
};
