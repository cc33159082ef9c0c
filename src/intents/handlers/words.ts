// Answers in the release's own words: definitions, stated reasons, and what management said.
import type { TextFact } from '../../knowledge/fact.js';
import { termNames } from '../../knowledge/term-leads.js';
import { similarity } from '../../knowledge/labels.js';
import type { Ask } from '../frame.js';
import { inline, linesOf, Reply, title, unknown, type Handler } from '../reply.js';
import type { TextSearch } from '../search.js';
import { contentTokens, nameStems } from '../text.js';
import { releaseInitials } from '../naming/release-initials.js';
import type { ModifierName } from '../recognisers/modifiers.js';
import { speakerNamed } from '../people.js';
import { unguidedPeriod } from './guidance.js';
import { outlookSaid } from './outlook-said.js';
import { quoted, quoteInto } from './quoted.js';
import { safeHarbour, statesFigure } from '../../knowledge/outlook-sentences.js';
import { SAYS_EARLIER } from '../../knowledge/outlook-tables.js';

/**
 * The definitions whose whole defined term the question names, by any name the term goes by ("ARR" of "Annual
 * recurring revenue (ARR)"; an abbreviation the release defines, in "what does it stand for? keeps coming up"), the longest term's.
 */
function termsNamed(defs: TextFact[], topic: string): TextFact[] {
  const said = new Set(nameStems(topic));
  const fitOf = (t: TextFact) => Math.max(0, ...termNames(t.subject).map(nameStems).filter((st) => st.length && st.every((s) => said.has(s))).map((st) => st.length));
  const named = defs.filter((t) => fitOf(t) > 0);
  const longest = Math.max(0, ...named.map(fitOf));
  return named.filter((t) => fitOf(t) === longest);
}

/** Definitions of a term that is the initials of a line's label: "ROIC is ..." of "Return on invested capital (rolling 12 months)". */
function initialsDefined(defs: TextFact[], label: string): TextFact[] {
  const initials = releaseInitials([label], []);
  return defs.filter((t) => initials.get(t.subject.toLowerCase().replace(/["“”]/g, '').trim()));
}

/** "the non-GAAP adjustment", "the adjusted numbers": the release's non-GAAP measures as a basis, no one term. */
const ADJUSTMENT = /\bnon-gaap\b|\badjust(?:ed|ments?)\b/i;
const EXCLUDES = /\bexclu(?:de[sd]?|ding|sion)\b|\badjusted (?:for|to)\b/i;

/** What the non-GAAP measures take out: their definitions that say what is excluded, each wording once. */
function adjustments(defs: TextFact[]): TextFact[] {
  const taking = defs.filter((t) => ADJUSTMENT.test(t.subject) && EXCLUDES.test(t.text));
  return taking.filter((t, i) => taking.findIndex((u) => u.text === t.text) === i);
}

/** Words that point back at a line named before ("that", "it", "how's"), naming none themselves. */
const REFERENT = /\b(?:that|this|it|its|they|them|those|these|one|term|metric|measure|line)\b|['’]s\b/g;

/** Definitions tied to the named metric, else of the term the question names, else the ones whose defined term best fits it. */
export function definition(search: () => TextSearch): Handler {
  return (ask) => {
    const labelOf = (id: string) => (ask.kb.metrics.get(id)?.label ?? id).toLowerCase();
    const defs = ask.kb.texts.filter((t) => t.kind === 'definition');
    let found = ask.metrics.flatMap((id) => defs.filter((t) => t.metric === id));
    if (!found.length) found = ask.metrics.flatMap((id) => initialsDefined(defs, ask.kb.metrics.get(id)?.label ?? ''));
    // (The line a named line qualifies is another line, its definition no answer: "combined ratio" of "underlying combined ratio".)
    const qualified = (t: TextFact) => ask.metrics.some((id) => t.metric && t.metric !== id && labelOf(id).endsWith(` ${labelOf(t.metric)}`));
    if (!found.length) found = termsNamed(defs, ask.topic).filter((t) => !qualified(t));
    // A line named that the release defines nowhere: no other line's definition stands in for it.
    if (!found.length && !ask.metrics.length && ADJUSTMENT.test(ask.topic)) found = adjustments(defs);
    if (!found.length && ask.metrics.length) return unknown(`The release doesn't define ${ask.metrics.map((id) => inline(ask.kb.metrics.get(id)?.label ?? id)).join(' or ')}.`);
    if (!found.length) {
      const words = ask.topic.replace(/\b(?:what|is|are|does|do|the|an?|mean|measure|define[ds]?|defining|definition|of|how|stand|stands|for|refer|to)\b|[?!.]/g, ' ').trim();
      // "how's that defined" with no line before it names no term: no other line's definition stands in for it.
      if (!contentTokens(words.replace(REFERENT, ' ')).length) return unknown(`Which line's definition do you mean? Name it as the release prints it${defs.length ? `; it defines ${[...new Set(defs.map((t) => t.subject))].slice(0, 8).join(', ')}` : ''}.`, 'not-understood');
      found = defs.filter((t) => t.subject.toLowerCase() === words || similarity(t.subject, words) >= 0.5);
      if (!found.length) found = search().find(words, 2, ['definition']);
    }
    const terms = [...new Set(defs.map((t) => t.subject))].slice(0, 20);
    if (!found.length) return unknown(terms.length ? `The release doesn't define that. It defines: ${terms.join(', ')}.` : "The release doesn't define that; it defines no terms.");
    const subject = ask.metrics[0] ? ask.kb.metrics.get(ask.metrics[0])?.label : found[0]!.subject;
    return quoted(ask, `How the release defines ${subject}:`, found.slice(0, 4));
  };
}

/** A label's words, without case, punctuation or order: "Asia/Pacific construction Industries" is "Asia/Pacific (CONSTRUCTION INDUSTRIES)". */
const labelWords = (label: string) => [...new Set(label.toLowerCase().match(/[a-z0-9]+/g) ?? [])].sort().join(' ');

/**
 * A line's stated reasons: its own; else, where it states none, those of the line that prints the same figures
 * under the same words (a summary table's row and its section's row of one figure). Never another line's.
 */
function reasonsOf(ask: Ask, id: string): TextFact[] {
  const own = ask.kb.textsFor(id, 'reason');
  if (own.length) return own;
  const words = labelWords(ask.kb.metrics.get(id)?.label ?? id);
  const twins = [...ask.kb.metrics.values()].filter((m) => m.id !== id && labelWords(m.label) === words && ask.kb.sameFigures(id, m.id));
  return twins.length === 1 ? ask.kb.textsFor(twins[0]!.id, 'reason') : [];
}

/** Each line's own stated reasons, under its own name: one line's reason is never said of another asked beside it. */
export const reason: Handler = (ask) => {
  const lines = ask.metrics.map((id) => ({ label: ask.kb.metrics.get(id)?.label ?? id, found: reasonsOf(ask, id) }));
  if (!lines.length) return unknown('Which line do you mean? For example: "why did net income increase?"', 'not-understood');
  if (lines.every((l) => !l.found.length)) return unknown(`The release states no reason for the change in ${lines.map((l) => l.label).join(' or ')}.`);
  const reply = new Reply(ask.kb);
  for (const { label, found } of lines) {
    if (found.length) quoteInto(reply, `The release's reason for the change in ${label}:`, found);
    else reply.say(`The release states no reason for the change in ${label}.`);
  }
  return reply.answer();
};

/** Words of a sentence about what lies ahead. */
const OUTLOOK = /\b(?:expects?|expected|expecting|anticipates?|outlook|guidance|forecasts?|projects?|projected|will|going forward|next quarter|full[- ]year)\b/i;

/** A topic's own words: the question's, without its filler and outlook words. */
const topicWords = (topic: string) =>
  contentTokens(topic)
    .map((t) => t.word)
    .filter((w) => !OUTLOOK.test(w) && !/^(?:guid\w*|expect\w*|forecast\w*|outlook|for|on|about|what|do|does|they|the)$/.test(w))
    .join(' ');

/** A text that answers a guidance question: it states a figure, or it is a sentence (it ends as one). */
const saysOutlook = (t: TextFact) => statesFigure(t.text) || /[.!?][”"’')\]]*\s*$/.test(t.text);

/** Speakers people name by title, as the release's speaker lines name them. */
const SPEAKERS: [ModifierName, string][] = [
  ['ceo', 'Chief Executive Officer'],
  ['cfo', 'Chief Financial Officer'],
  ['cro', 'Chief Risk Officer'],
];

/** The sentences with a figure in the blocks (same speaker, same line) of the ones found. */
function withFigures(ask: Ask, found: TextFact[]): TextFact[] {
  const at = new Set(found.map((t) => `${t.subject}@${t.citation.line}`));
  return ask.kb.texts.filter((t) => !found.includes(t) && at.has(`${t.subject}@${t.citation.line}`) && /\d(?:[\d,.]*)\s*(?:%|million|billion|months)/.test(t.text));
}

/** A question about the outlook as a whole ("what did management say about the outlook?"): no topic but the outlook. */
const OUTLOOK_ASKED = /\b(?:outlook|guidance|forecasts?|expectations?|look(?:ing)?\s+ahead|going forward)\b/i;
const SAYING = /^(?:management|plan|plans|planning|planned|ceo|cfo|cro|chief|executive|financial|officer|chairman|president|managements|say|said|says|comment\w*|talk\w*|mention\w*|remarks?|statements?|discuss\w*|did|give|gave|provide\w*|any|their|its|overall)$/;
/** A question about the release's caveats themselves ("forward-looking statements", "what risks"). */
const ASKS_CAVEATS = /\b(?:forward[- ]looking|safe[- ]harbou?r|risks?|uncertaint\w*|cautionary|disclaimer)\b/i;
const asksOutlook = (topic: string) => OUTLOOK_ASKED.test(topic) && topicWords(topic).split(' ').every((w) => !w || SAYING.test(w));

export function quote(search: () => TextSearch): Handler {
  return (ask) => {
    // Guidance for a period the release guides nothing for: its decline, never a sentence about another period's outlook.
    const unguided = ask.op === 'guidance' ? unguidedPeriod(ask) : null;
    if (unguided) return unguided;
    const named = SPEAKERS.find(([m]) => ask.modifiers.has(m))?.[1] ?? speakerNamed(ask.kb, ask.topic);
    // Guidance on a topic no figure takes: only what the release says of its outlook, never a remark on the topic's past.
    const ahead = (t: TextFact) => ask.op !== 'guidance' || OUTLOOK.test(t.text);
    // A speaker's sentence that states a reason is filed as a reason of its metric: it is theirs by its line.
    const theirLines = new Set(named ? ask.kb.texts.filter((t) => t.subject === `${named} said`).map((t) => `${t.citation.document}:${t.citation.line}`) : []);
    const by = (t: TextFact) => !named || t.subject.startsWith(named) || (t.kind === 'reason' && theirLines.has(`${t.citation.document}:${t.citation.line}`));
    if (named && !theirLines.size) return unknown(`The release quotes no ${named}: no remarks in it are theirs, so I have none to give.`);
    if (asksOutlook(ask.topic)) return outlookSaid(ask, by, named);
    // Guidance on a topic ("EPS forecast") is a sentence holding the topic's own words, never one found by the outlook's
    // words alone ("The year-end dividend forecast has been raised").
    // (Only words that name lines: "midpoint" asks an operation of the range, no topic.)
    const own = ask.op === 'guidance' ? nameStems(topicWords(ask.topic).split(' ').filter((w) => ask.matcher.isNameWord(w)).join(' ')) : [];
    const about = (t: TextFact) => own.every((w) => nameStems(t.text).includes(w));
    // The safe harbour names the outlook, management and plans in every release: it answers only a question about itself.
    const harbour = (t: TextFact) => !safeHarbour(t.text) || ASKS_CAVEATS.test(ask.topic);
    const near = search().find(ask.topic, named || ask.op === 'guidance' ? 50 : 3, ['statement', 'reason']).filter((t) => by(t) && ahead(t) && about(t) && harbour(t));
    // Guidance is a figure or a sentence that says what is expected: words run together from a table's headings
    // ("Revision of full-year forecasts … Net sales Operating profit … Millions of yen") answer nothing asked.
    // (An earlier outlook a revision's table replaced, read as "Previous guidance: ..." (outlook-tables.ts), answers only a question about it.)
    const earlier = (t: TextFact) => !SAYS_EARLIER.test(t.text) || ask.modifiers.has('prior') || ask.modifiers.has('revision');
    const found = (ask.op === 'guidance' ? near.filter((t) => saysOutlook(t) && earlier(t)) : near).slice(0, 3);
    if (!found.length && near.length && ask.op === 'guidance') return unknown(`I couldn't read a figure for "${topicWords(ask.topic)}" in the release's outlook: the lines that name it (${linesOf(near[0]!)}) carry none ("${near[0]!.text.slice(0, 80)}…").`);
    const unused = search().unused(ask.topic).join(' ');
    const on = unused ? ` on "${unused}"` : ' on that';
    if (!found.length && ask.op === 'guidance') return unknown(`The release gives no outlook on "${topicWords(ask.topic)}".`);
    // A speaker asked about a topic their remarks do not name in those words: a decline (their other remarks answer nothing asked).
    if (named && !found.length && !unused) return unknown(`The release quotes no ${named} on that in those words; ask "what did the ${named} say?" for their remarks.`);
    if (!found.length) return unknown(named ? `The release quotes no ${named}${on}.` : `I couldn't find anything${on} in the release's commentary.`);
    // "any numbers?": the figures the same remarks give, beside the words found.
    if (ask.modifiers.has('figures')) found.push(...withFigures(ask, found).slice(0, 2));
    const speaker = named || (found[0]!.subject.endsWith(' said') ? found[0]!.subject.replace(/ said$/, '') : null);
    return quoted(ask, speaker ? `${title(speaker)}, in the release:` : "In the release's words:", found);
  };
}
