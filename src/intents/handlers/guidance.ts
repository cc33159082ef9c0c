// Guidance: the ranges the release expects for the next quarter, and the growth they imply.
import { figure, when } from '../format.js';
import { Reply, title, unknown, type Handler } from '../reply.js';

export const guidance: Handler = (ask) => {
  const lows = ask.kb.facts.filter((f) => f.role === 'low');
  const wanted = ask.metrics.length ? lows.filter((f) => ask.metrics.includes(f.metric)) : lows;
  const ranges = (wanted.length ? wanted : lows).filter((f) => f.unit.kind !== 'percent');
  if (!ranges.length) return unknown('The release gives no guidance for that.');
  const reply = new Reply(ask.kb);
  for (const low of ranges) {
    const high = ask.kb.facts.find((f) => f.role === 'high' && f.metric === low.metric && f.unit.kind === low.unit.kind && f.citation.line === low.citation.line);
    if (!high) continue;
    const growthLow = ask.kb.facts.find((f) => f.role === 'low' && f.metric === low.metric && f.unit.kind === 'percent');
    const growthHigh = ask.kb.facts.find((f) => f.role === 'high' && f.metric === low.metric && f.unit.kind === 'percent');
    const growth = growthLow && growthHigh ? `, representing year-on-year growth between ${figure(growthLow)} and ${figure(growthHigh)}` : '';
    reply.cite(low, high).about(low.period);
    reply.say(`For ${when(low).replace(/^in /, '')}, the company expects ${title(ask.kb.metrics.get(low.metric)?.label ?? low.label)} between ${figure(low)} and ${figure(high)}${growth}.`);
  }
  const out = reply.answer();
  return out.citations.length ? { ...out, text: `${out.text}\nThe release says this outlook reflects management's current and preliminary views and is subject to change.` } : unknown('The release gives no guidance for that.');
};
