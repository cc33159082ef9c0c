// The ratio of two metrics: "ratio of funding costs to total net revenue".
import { ratio as ratioOf } from '../../knowledge/derive.js';
import { figure, operands, percent, when } from '../format.js';
import { commensurable, find } from '../lookup.js';
import { inline, Reply, title, unknown, type Handler } from '../reply.js';
import { value } from './value.js';

export const ratio: Handler = (ask) => {
  const [a, b] = ask.metrics;
  // A named ratio ("effective tax rate", "NPL ratio") is a value in its own right; an amount is not.
  if (a && (a.startsWith('formula:') || (!b && ask.kb.facts.some((f) => f.metric === a && f.unit.kind === 'percent')))) return value(ask);
  if (!a || !b) return unknown('A ratio needs two metrics, e.g. "ratio of funding costs to total net revenue".', 'not-understood');
  // A name that stood for two lines (current and non-current) leaves the pair unclear.
  if (ask.metrics.length > 2) return unknown(`A ratio is of two lines, and that names ${ask.metrics.length}: ${ask.metrics.map((id) => inline(ask.kb.metrics.get(id)?.label ?? id)).join(', ')}. Name the two you mean.`);
  const reply = new Reply(ask.kb);
  for (const p of ask.periods) {
    const x = find(ask.kb, a, p, ask.kb.currency);
    const y = find(ask.kb, b, p, ask.kb.currency);
    if (x && y && !commensurable(x.fact, y.fact)) {
      return unknown(`I won't divide ${inline(ask.kb.metrics.get(a)!.label)} by ${inline(ask.kb.metrics.get(b)!.label)}: they are different kinds of figure.`);
    }
    const r = x && y ? ratioOf(x.fact, y.fact) : null;
    if (!x || !y || !r) continue;
    const la = title(ask.kb.metrics.get(a)!.label);
    const lb = inline(ask.kb.metrics.get(b)!.label);
    reply.cite(x.fact, y.fact).about(x.fact.period);
    const [n, d] = operands(x.fact, y.fact);
    reply.derive(`${la} ÷ ${lb}`, r.toFixed(2), `${n} ÷ ${d}`);
    const pct = x.fact.unit.kind === y.fact.unit.kind ? ` (${percent(r.times(100))})` : '';
    reply.say(`The ratio of ${inline(la)} to ${lb} was ${r.toFixed(2)}x${pct} ${when(x.fact)} (${figure(x.fact)} ÷ ${figure(y.fact)}).`);
  }
  const out = reply.answer();
  return out.citations.length ? out : unknown('The release doesn\'t give both figures for that period.');
};
