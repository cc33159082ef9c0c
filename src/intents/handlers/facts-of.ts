// Answers that list a topic's facts: share repurchases, the exchange rate.
import type { Fact } from '../../knowledge/fact.js';
import { figure, when } from '../format.js';
import { Reply, title, unknown, type Handler } from '../reply.js';

function listing(select: (f: Fact) => boolean, none: string, intro: string): Handler {
  return (ask) => {
    const facts = ask.kb.facts.filter(select);
    if (!facts.length) return unknown(none);
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
  return new Reply(ask.kb).cite(rate).say(`The release translates RMB into US dollars at ${figure(rate)} (line ${rate.citation.line}: "${rate.citation.quote.slice(0, 200)}").`).answer();
};
