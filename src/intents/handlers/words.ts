// Answers in the release's own words: definitions, stated reasons, and what management said.
import type { TextFact } from '../../knowledge/fact.js';
import { similarity } from '../../knowledge/labels.js';
import type { Ask } from '../frame.js';
import { Reply, title, unknown, type Handler } from '../reply.js';
import type { TextSearch } from '../search.js';
import type { ModifierName } from '../recognisers/modifiers.js';

function quoted(ask: Ask, intro: string, texts: TextFact[]) {
  const reply = new Reply(ask.kb).say(intro);
  for (const t of texts) reply.cite(t).say(`“${t.text}” (line ${t.citation.line})`);
  return reply.answer();
}

/** Definitions tied to the named metric, else the ones whose defined term best fits the question. */
export function definition(search: () => TextSearch): Handler {
  return (ask) => {
    const defs = ask.kb.texts.filter((t) => t.kind === 'definition');
    let found = ask.metrics.flatMap((id) => defs.filter((t) => t.metric === id));
    if (!found.length) {
      const words = ask.topic.replace(/\b(?:what|is|are|does|do|the|an?|mean|measure|define[ds]?|definition|of|how|stand|stands|for|refer|to)\b|[?!.]/g, ' ').trim();
      found = defs.filter((t) => t.subject.toLowerCase() === words || similarity(t.subject, words) >= 0.5);
      if (!found.length) found = search().find(words, 2, ['definition']);
    }
    if (!found.length) return unknown(`The release doesn't define that. It defines: ${[...new Set(defs.map((t) => t.subject))].slice(0, 20).join(', ')}.`);
    const subject = ask.metrics[0] ? ask.kb.metrics.get(ask.metrics[0])?.label : found[0]!.subject;
    return quoted(ask, `How the release defines ${subject}:`, found.slice(0, 4));
  };
}

export const reason: Handler = (ask) => {
  const found = ask.metrics.flatMap((id) => ask.kb.textsFor(id, 'reason'));
  const label = ask.metrics[0] ? ask.kb.metrics.get(ask.metrics[0])?.label : undefined;
  if (!label) return unknown('Which line do you mean? For example: "why did referral services fees increase?"');
  if (!found.length) return unknown(`The release states no reason for the change in ${label}.`);
  return quoted(ask, `The release's reason for the change in ${label}:`, found);
};

/** Speakers people name by title, as the release's speaker lines name them. */
const SPEAKERS: [ModifierName, string][] = [
  ['ceo', 'Chief Executive Officer'],
  ['cfo', 'Chief Financial Officer'],
  ['cro', 'Chief Risk Officer'],
];

export function quote(search: () => TextSearch): Handler {
  return (ask) => {
    const named = SPEAKERS.find(([m]) => ask.modifiers.has(m))?.[1];
    const found = search().find(ask.topic, named ? 50 : 3, ['statement', 'reason']).filter((t) => !named || t.subject.startsWith(named)).slice(0, 3);
    if (!found.length) return unknown(named ? `The release quotes no ${named} on that.` : "I couldn't find that in the release's commentary.");
    const speaker = found[0]!.subject.endsWith(' said') ? found[0]!.subject.replace(/ said$/, '') : 'The release';
    return quoted(ask, `${title(speaker)}, in the release:`, found);
  };
}
