// Answers that list a topic's facts: share repurchases, the exchange rate.
import type { Fact } from '../../knowledge/fact.js';
import { figure, when } from '../format.js';
import { endOf, periodLabel, samePeriod } from '../../knowledge/period.js';
import type { Answer } from '../answer.js';
import type { Ask } from '../frame.js';
import { citationKey, Reply, title, unknown, type Handler } from '../reply.js';

/**
 * A quarter or a date the question names that none of these facts is for ("ADSs bought in Q1 2024"
 * when the release counts them as of May 17): the dates it does give, not a figure of another one.
 */
function otherPeriod(ask: Ask, facts: Fact[]): Answer | null {
  const asked = ask.periodsNamed ? ask.periods.find((p) => p.kind === 'instant' || p.months <= 3) : undefined;
  if (!asked || facts.some((f) => samePeriod(f.period, asked) || samePeriod(endOf(f.period), asked))) return null;
  const given = [...new Set(facts.map((f) => periodLabel(f.period)))].join(', ');
  return unknown(`The release doesn't give that for ${periodLabel(asked)}; it gives it for ${given}.`);
}

function listing(select: (f: Fact) => boolean, none: string, intro: string): Handler {
  return (ask) => {
    const all = ask.kb.facts.filter(select);
    if (!all.length) return unknown(none);
    // The figures a question names ("ADSs bought", "average price"), else all of the topic's.
    const named = all.filter((f) => ask.metrics.includes(f.metric));
    const facts = named.length ? named : all;
    const elsewhen = otherPeriod(ask, facts);
    if (elsewhen) return elsewhen;
    // Dates and terms ("when did it start", "how much is left") are in the release's sentences, not its figures.
    if (ask.modifiers.has('terms')) {
      const reply = new Reply(ask.kb).say(`${intro.replace(/:$/, '')}, in the release's words:`);
      const quoted = new Set<string>();
      for (const f of facts) {
        const key = citationKey(f.citation);
        if (quoted.has(key)) continue;
        quoted.add(key);
        reply.cite(f).say(`“${f.citation.quote}” (line ${f.citation.line})`);
      }
      return reply.answer();
    }
    const reply = new Reply(ask.kb).say(intro);
    for (const f of facts) {
      reply.cite(f);
      reply.say(`- ${title(f.label)}: ${figure(f)}${f.period.kind === 'instant' ? ` (${when(f)})` : ''}`);
    }
    return reply.answer();
  };
}

export const buyback = listing((f) => /share_repurchase/.test(f.metric), 'The release says nothing about share repurchases.', 'Share repurchases, as the release states them:');
export const fx: Handler = (ask) => {
  const rate = ask.kb.rate();
  if (!rate) return unknown('The release states no exchange rate.');
  const elsewhen = otherPeriod(ask, [rate]);
  if (elsewhen) return elsewhen;
  return new Reply(ask.kb).cite(rate).say(`The release translates RMB into US dollars at ${figure(rate)} (line ${rate.citation.line}: "${rate.citation.quote}").`).answer();
};
