// The exchange rate, and the check shared with buybacks: a period asked that none of a topic's facts is for.
import type { Fact } from '../../knowledge/fact.js';
import { figure } from '../format.js';
import { endOf, periodEnd, periodLabel, samePeriod, type Period } from '../../knowledge/period.js';
import type { Answer } from '../answer.js';
import type { Ask } from '../frame.js';
import { Reply, unknown, type Handler } from '../reply.js';

/**
 * A quarter or a date the question names that none of these facts is for ("ADSs bought in Q1 2024"
 * when the release counts them as of May 17): the dates it does give, not a figure of another one.
 */
export function otherPeriod(ask: Ask, facts: Fact[], spans = false): Answer | null {
  // (With `spans`, a buyback's: a span within the year, "YTD", "H1", is answered by its own figures or those to date at its
  // end, never a quarter's; a year, unless a figure's own sentence names it: then it is the plan's name, "the 2024 plan".)
  const named = (p: Period) => p.kind === 'duration' && p.months === 12 && facts.some((f) => f.citation.quote.includes(periodEnd(p).slice(0, 4)));
  const asked = ask.periodsNamed ? ask.periods.find((p) => p.kind === 'instant' || p.months <= 3 || (spans && p.months <= 12 && !named(p))) : undefined;
  // (A figure its label says is to date, "year-to-date repurchases", is of the span whatever its sentence dated it.)
  const atEnd = (f: Fact) => asked?.kind === 'duration' && asked.months > 3 && ((f.period.kind === 'instant' && samePeriod(f.period, endOf(asked))) || /\b(?:year[- ]to[- ]date|ytd|to date)\b/i.test(f.label));
  if (!asked || facts.some((f) => samePeriod(f.period, asked) || samePeriod(endOf(f.period), asked) || atEnd(f))) return null;
  const given = [...new Set(facts.map((f) => periodLabel(f.period)))].join(', ');
  return unknown(`The release doesn't give that for ${periodLabel(asked)}; it gives it for ${given}.`);
}

export const fx: Handler = (ask) => {
  const rate = ask.kb.rate();
  if (!rate) return unknown('The release states no exchange rate.');
  const elsewhen = otherPeriod(ask, [rate]);
  if (elsewhen) return elsewhen;
  return new Reply(ask.kb).cite(rate).say(`The release translates ${rate.unit.kind === 'fx' ? rate.unit.from : 'its amounts'} into US dollars at ${figure(rate)} (line ${rate.citation.line}: "${rate.citation.quote}").`).answer();
};
