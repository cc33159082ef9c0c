// The lines a total adds up: "break down platform services revenue". Asked for a chart ("chart the
// revenue mix"), the answer carries the parts' values as bars, or stacked for a mix or pie.
import { percentOf } from '../../knowledge/derive.js';
import type { Fact } from '../../knowledge/fact.js';
import type { Answer } from '../answer.js';
import { partsChart } from '../chart.js';
import type { Ask } from '../frame.js';
import { figure, percent, when } from '../format.js';
import { find } from '../lookup.js';
import { inline, Reply, title, unknown, type Handler } from '../reply.js';
import { MEASURES } from '../catalog.js';
import { nameStems } from '../text.js';

type Part = { name: string; fact: Fact };

/** The answer, with its chart when the question asks for one. */
function withChart(ask: Ask, answer: Answer, what: string, parts: Part[], whole?: Fact): Answer {
  if (!ask.modifiers.has('chart') || answer.status !== 'answer') return answer;
  const chart = partsChart(ask.kb, what, parts, ask.modifiers.has('mix'), whole);
  return chart ? { ...answer, chart } : answer;
}

/** A measure asked ("segment margin") that none of a family's lines is (segment profit amounts): its word, else null. */
function measureUnmet(ask: Ask, family: string[]): string | null {
  const asked = [...MEASURES].find((m) => nameStems(ask.topic).includes(m));
  return asked && !family.some((id) => nameStems(ask.kb.metrics.get(id)!.label).includes(asked)) ? asked.replace(/^volum$/, 'volume') : null;
}

export const breakdown: Handler = (ask) => {
  const id = ask.metrics.find((m) => (ask.kb.metrics.get(m)?.children.length ?? 0) > 0);
  // A family of lines named by their head word ("the four provision lines"): each of them.
  const family = !id && !ask.metrics.length ? ask.family : [];
  if (family.length) {
    const unmet = measureUnmet(ask, family);
    if (unmet) return unknown(`The lines you named (${family.slice(0, 3).map((m) => inline(ask.kb.metrics.get(m)!.label)).join('; ')}) are no ${unmet}, which you asked for; I won't list them in its place. Ask for one line by its name.`, 'not-in-release');
    const reply = new Reply(ask.kb).say(`The ${family.length} such lines of the release:`);
    const p = ask.periods[0]!;
    const parts: Part[] = [];
    for (const member of family) {
      const f = find(ask.kb, member, p, ask.currency)?.fact;
      if (!f) continue;
      parts.push({ name: title(ask.kb.metrics.get(member)!.label), fact: f });
      reply.cite(f).about(f.period).say(`- ${title(ask.kb.metrics.get(member)!.label)}: ${figure(f)} ${when(f)}`);
    }
    const out = reply.answer();
    return out.citations.length ? withChart(ask, out, `the ${family.length} lines`, parts) : unknown("The release doesn't give those lines for that period.");
  }
  if (!id) {
    const totals = [...ask.kb.metrics.values()].filter((m) => m.children.length > 1).map((m) => inline(m.label));
    const others = totals.length ? `. Lines it breaks down: ${totals.join(', ')}` : ', nor any other line';
    return unknown(`The release doesn't break ${ask.metrics[0] ? inline(ask.kb.metrics.get(ask.metrics[0])?.label ?? 'that') : 'that'} down into lines${others}.`);
  }
  const metric = ask.kb.metrics.get(id)!;
  const reply = new Reply(ask.kb);
  const p = ask.periods[0]!;
  const whole = find(ask.kb, id, p, ask.currency);
  if (!whole) return unknown(`The release doesn't give ${metric.label} for that period.`);
  reply.cite(whole.fact).about(whole.fact.period);
  // "split between S&M and G&A": the parts named, each a share of the whole; else every part.
  const named = metric.children.filter((c) => ask.metrics.includes(c));
  reply.say(`${title(metric.label)} was ${figure(whole.fact)} ${when(whole.fact)}, ${named.length >= 2 ? 'of which' : 'made up of'}:`);
  const parts: Part[] = [];
  for (const child of named.length >= 2 ? named : metric.children) {
    const part = find(ask.kb, child, p, ask.currency);
    if (!part) continue;
    const pct = percentOf(part.fact, whole.fact);
    const name = title(ask.kb.metrics.get(child)!.label);
    parts.push({ name, fact: part.fact });
    reply.cite(part.fact);
    reply.say(`- ${name}: ${figure(part.fact)}${pct ? ` (${percent(pct)})` : ''}`);
  }
  return withChart(ask, reply.answer(), `${inline(metric.label)} by line`, parts, whole.fact);
};
