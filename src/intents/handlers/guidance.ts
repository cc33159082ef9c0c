// Guidance: the ranges the release expects for the next quarter, and the growth they imply.
import type { Fact } from '../../knowledge/fact.js';
import { periodEnd, periodKey } from '../../knowledge/period.js';
import { figure, when } from '../format.js';
import { Reply, title, unknown, type Handler } from '../reply.js';

export const guidance: Handler = (ask) => {
  const lows = ask.kb.facts.filter((f) => f.role === 'low' && f.unit.kind !== 'percent');
  // The guidance for the period asked, else the latest a release gives.
  const asked = ask.periodsNamed ? lows.filter((f) => ask.periods.some((p) => periodKey(p) === periodKey(f.period))) : [];
  const latest = lows.map((f) => periodEnd(f.period)).sort().at(-1);
  const forPeriod = asked.length ? asked : lows.filter((f) => periodEnd(f.period) === latest);
  const wanted = ask.metrics.length ? forPeriod.filter((f) => ask.metrics.includes(f.metric)) : [];
  const ranges = wanted.length ? wanted : forPeriod;
  if (!ranges.length) return unknown('The release gives no guidance for that.');
  const reply = new Reply(ask.kb);
  // The high end and the implied growth stand in the same sentence of the same release as the low end.
  const beside = (low: Fact, role: Fact['role'], percent: boolean) =>
    ask.kb.facts.find((f) => f.role === role && f.metric === low.metric && (f.unit.kind === 'percent') === percent && f.citation.document === low.citation.document && f.citation.line === low.citation.line);
  for (const low of ranges) {
    const high = beside(low, 'high', false);
    if (!high) continue;
    const growthLow = beside(low, 'low', true);
    const growthHigh = beside(low, 'high', true);
    const growth = growthLow && growthHigh ? `, representing year-on-year growth between ${figure(growthLow)} and ${figure(growthHigh)}` : '';
    reply.cite(low, high).about(low.period);
    reply.say(`For ${when(low).replace(/^in /, '')}, the company expects ${title(ask.kb.metrics.get(low.metric)?.label ?? low.label)} between ${figure(low)} and ${figure(high)}${growth}.`);
  }
  const out = reply.answer();
  return out.citations.length ? { ...out, text: `${out.text}\nThe release says this outlook reflects management's current and preliminary views and is subject to change.` } : unknown('The release gives no guidance for that.');
};
