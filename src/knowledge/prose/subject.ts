// The metric phrase a figure belongs to, read from its clause: "X was|reached|stood at|came to <figure>",
// "<figure> <count noun phrase>", "At <figure>, X was", "X accounted for <figure> of Y", "<figure> of
// that balance was under X", "X rose 12%". A phrase that is only a pronoun or an anaphor ("the rate",
// "the consumer number") is resolved against the sentence's earlier phrases, or not at all.
import { COUNT_NOUNS } from './mentions.js';
import { withoutTrailingPeriod } from './periods.js';

/** Verbs of change, past and present ("rose", "improves", "net debt reduced to"): a metric's name ends before them. */
const CHANGE_VERBS = 'increased|increases|rose|rises|grew|grows|reduced|reduces|raised|raises|lowered|lowers|climbed|climbs|jumped|jumps|gained|gains|decreased|decreases|declined|declines|fell|falls|dropped|drops|improved|improves|expanded|expands|contracted|contracts|narrowed|narrows|widened|widens';
/** A finite verb in a phrase: the clause's name is the words before it ("combined ratio improves", "ARR surpasses"). */
// (A passive perfect too: "debt position has been reduced to $2.9 billion" names the debt position.)
const FINITE = new RegExp(String.raw`\s+(?:${CHANGE_VERBS}|surpass(?:es|ed)|exceed(?:s|ed)|tops|topped|doubles|doubled|reaches|reached|hits|(?:has|have|had) been [a-z]+ed)\b.*$`, 'i');
// A sentence adverb or an introductory clause ("Overall,", "As a result of the sale ..., the company's
// debt") says how or why, and is no part of the name after it.
const LEAD_IN = /^\s*(?:and|but|while|(?:in|during|for|as of|as at|out of|on|at the end of|compared (?:with|to)|including|through|overall|altogether|meanwhile|however|additionally|consequently|as a result(?: of)?|due to|following)\b(?:[^,]*?\d{1,2}, \d{4}|[^,]*),)\s*/i;
// A period phrase at the end of a metric phrase belongs to the figure, not to the metric's name.
const TRAILING_PERIOD = /\s+(?:(?:in|for|during) the \w+ quarter(?: of \d{4})?|(?:in|for|during) the (?:three|six|nine|twelve) months ended [A-Z][a-z]+\.? \d{1,2}(?:,? \d{4})?|(?:in|for|during) the (?:first|second) half(?: of \d{4})?|(?:during|in|for) the (?:quarter|period|year)|(?:in|for|during) (?:fiscal )?(?:year )?\d{4}|as of [A-Z][a-z]+ \d{1,2},? \d{4}|at the (?:quarter|period) end(?:ing)?)$/i;
const VERBS = String.raw`was|were|is|are|to be(?:\s+between)?|averag(?:ed|es|ing)|reached|reaches|totaled|totalled|totals|amounted to|amounts to|stood at|stands at|came to|comes to|came in at|comes in at|numbered|(?:(?:has|have|had)\s+been\s+|(?:was|were|is|are)\s+)?(?:${CHANGE_VERBS}) to|of|to|between`;
// "Revenue: EUR 1,234 million": a name and its figure after a colon.
const VERB_BEFORE = new RegExp(String.raw`(.*?)\s*(?:\b(?:${VERBS})|(?<=[A-Za-z)])\s*:)\s+(?:approximately\s+|about\s+|around\s+|up to\s+|a total of\s+)?$`, 'i');
/** A count's noun phrase right after it: "17,524,872 loans through our platform", "1.8 million unique borrowers". */
export const COUNT_AFTER = new RegExp(
  String.raw`^\s*(?:["“]?[\w-]+["”]?\s+){0,4}?(?:${COUNT_NOUNS})\b(?:\s+(?:across|with|through|under|for)\s+["“]?[\w\s-]+?["”]?(?=[,.;]|\s+and\b|\s+as of\b))?`,
  'i',
);
/** "loans were facilitated and originated", "users had approved credit lines": what the noun did names it. */
const COUNT_VERB = /^\s*(?:were|was)\s+((?:[a-z]+ed)(?:\s+and\s+[a-z]+ed)?)\b|^\s*had\s+([a-z][\w\s-]*?)(?=\s*(?:[,.;]|$|\b(?:as of|in|during|on a|by)\b))/i;
const CHANGE_VERB = new RegExp(String.raw`^(.*?)\s*\b(?:(?:was|were)\s+)?(?:also\s+|further\s+)?(?:${CHANGE_VERBS}|(?:was|were|is|are)\s+(?:up|down))(?:\s+by)?\s*$`, 'i');
/** A headline's change with no verb, its name opening the sentence: "Cloud Revenue (IaaS) up 36% in USD". */
const HEADLINE_CHANGE = /^\s*([A-Z][^,;:]*?)\s+(?:up|down)\s*$/;
const PRONOUN = /^(?:it|this|that|which|they|the latter|the former)$/i;

/** Whether an acronym's letters are the initials of the words that end a text ("TPV", "Total payment volume"). */
function abbreviates(acronym: string, before: string): boolean {
  const letters = acronym.replace(/[^A-Za-z]/g, '').toUpperCase();
  const initials = before.trim().split(/\s+/).slice(-letters.length).map((w) => w[0] ?? '').join('').toUpperCase();
  return letters.length > 1 && initials === letters;
}

/** A phrase trimmed to its name: no lead-in, article, possessive owner, quotes or trailing period. */
export function clean(phrase: string): string {
  // An acronym is a name word ("loan volume through ICE"), except where it abbreviates the words just
  // before it ("Total payment volume (TPV)": the line is its long form, the acronym a name of it); other asides are not.
  // What a line leaves out in brackets ("Identical store sales (ex. fuel)") names which line it is, as its table row's does.
  let label = phrase.replace(/\((?:ex|excl|excluding)\.?\s+([^()]+)\)/gi, ' ex $1 ').replace(/\(["“]?([A-Z][A-Za-z]{1,5})["”]?\)/g, (_, a: string, at: number) => (abbreviates(a, phrase.slice(0, at)) ? ' ' : ` ${a} `));
  // (Innermost asides first: "Gearing (net debt / (net debt + equity))" leaves "Gearing", never "Gearing )".)
  for (let prev = ''; prev !== label; ) [prev, label] = [label, label.replace(/\([^()]*\)/g, ' ')];
  label = label.replace(/\s+/g, ' ');
  for (let prev = ''; prev !== label; ) {
    prev = label;
    label = label
      .replace(LEAD_IN, '')
      // A bullet's topic before its colon ("Shareholder returns: an interim dividend of ¥40"): the name is after it, where an
      // article opens it; a topic that names the line itself ("Research and Development (R&D) Expenses: R&D expenses were") stays.
      .replace(/^[^:]{1,40}:\s+(?=(?:an?|the)\s)/i, '')
      // What follows a bracket the figure before closed: ") and revenue to EUR ...".
      .replace(/^[\s)]*\)\s*(?:and|or)\s+/i, '')
      // Connectives a clause hangs on ("..., comprising fee-based revenue", ", giving an operating expense ratio").
      .replace(/^[\s,;:]*(?:(?:comprising|including|consisting of)\s+|(?:giving|resulting in|bringing|reflecting|with|at)\s+(?=(?:an?|the)\s))?/i, '')
      .replace(/^\s*(?:the|our|its|their|a|an)\s+/i, '')
      .replace(/^number of\s+(?=cumulative\b)/i, '')
      .replace(/^(?:(?:first|second|third|fourth)[\s-]+quarter|full[\s-]year|fiscal(?:\s+year)?)(?:\s+(?:of\s+)?\d{4})?\s+(?=[a-z])/i, '')
      .replace(/^[a-z]+['’]s\s+/i, '')
      .replace(/^.*\b(?:expects? to generate|expects?|generate)\s+(?:an?\s+)?/i, '');
  }
  // An aside after the name ("..., repeat borrowers included,") is no part of it.
  // So is a definition in passing ("Take rate, defined as fee income divided by TPV,").
  const bare = label.replace(/["“”]/g, '').replace(/,\s*(?:[\w-]+\s+){0,3}(?:included|excluded)\b[,\s]*$/i, '').replace(/,\s*(?:defined|calculated|computed|measured)\s+as\b.*$/i, '').replace(/[,;:\s]+$/, '');
  const name = head(withoutTrailingPeriod(bare.trim().replace(TRAILING_PERIOD, '')).replace(/\s+(?:also|further)$/i, ''));
  // A name is a noun phrase of the release, never a clause with its verb ("combined ratio improves").
  return name.replace(FINITE, '') || name;
}

/**
 * A clause shortened to its metric phrase: "the Company announced a plan ... with an aggregate value"
 * → "aggregate value"; "Loans originated during the quarter carried a weighted average tenor" →
 * "weighted average tenor of loans originated".
 */
function head(label: string): string {
  // "the board of directors approved a dividend", "the AGM resolved a dividend", "the Group launched a buyback
  // programme": what was approved or launched is the subject.
  // (An article follows the verb: "users with approved credit lines" is a name, not an act.)
  // Which payment of the year ("interim", "final", "special") stays in the name; its form or cadence does not.
  const acted = /\b(?:approved|declared|authori[sz]ed|announced|resolved|proposed|recommended|launched|adopted|initiated|commenced)\s+(?:an?|the)\s+(?:(?:new|semi-annual|annual|quarterly|cash|ordinary)\s+)*(?:(special|final|interim)\s+(?:(?:cash|ordinary)\s+)*)?(.+)$/i.exec(label);
  if (acted) return acted[1] ? `${acted[1].toLowerCase()} ${acted[2]}` : acted[2]!;
  const carried = /^(.+?)\s+(?:carried|had|recorded|posted|showed)\s+(?:an?|the)\s+(.+)$/i.exec(label);
  if (carried) return `${carried[2]} of ${clean(carried[1]!)}`;
  // "The company reported quarterly revenue": what was reported is the subject.
  // "... cheaper deposit funding lifted our net income margin": what was moved is the subject.
  const reported = /\b(?:reported|posted|recorded|delivered|generated|achieved|drove|lifted|pushed|brought|took)\s+(?:an?\s+|the\s+|our\s+|its\s+|their\s+)?(.+)$/i.exec(label);
  if (reported) return reported[1]!;
  // "... announced today that net income": what the clause after "that" names.
  // "Core operating profit, which excludes impairment losses (of ¥1,204 million)": the figure is the clause's noun's.
  const within = RELATIVE_PART.exec(label);
  if (within) return within[1]!;
  const that = /\bthat\s+(?!had\b|has\b|have\b)(.+)$/i.exec(label);
  if (that && !/\b(?:with|for|at|of)\b/i.test(that[1]!)) return that[1]!;
  const clausal = /\b(?:whereby|which|that|had|has|have|announced)\b/i.test(label) || /^(?:in|for|at|with|on|by)\b/i.test(label);
  if (!clausal) return label;
  const m = /.*\b(?:with|for|at|of)\s+(?:an?\s+|the\s+)?(.+)$/i.exec(label);
  return m ? m[1]! : label;
}

/** A relative clause of what a line includes or leaves out, ", which excludes impairment losses": the noun it names. */
const RELATIVE_PART = /,\s*(?:which|that)\s+(?:exclud|includ|compris|reflect|contain|consist)\w*(?:\s+of)?\s+(?:an?\s+|the\s+)?(.+)$/i;
/** "Core operating profit*, which excludes ... plant, was <figure>": the verb after a relative clause is its subject's. */
const AFTER_RELATIVE = new RegExp(String.raw`([^,;]+),\s*(?:which|that)\s+[^;]*?,\s*(?:was|were|is|are|amounted to|totall?ed|came to|stood at|reached)\s+(?:approximately\s+|about\s+|around\s+)?$`, 'i');

/** The subject of a verb that closes a relative clause set off by commas, in the sentence up to the figure; null where none closes. */
export function relativeSubject(before: string): string | null {
  const m = AFTER_RELATIVE.exec(before);
  return m ? clean(m[1]!) || null : null;
}

/** The metric phrase before a figure's verb ("X was <figure>"), in the last clause of `pre`. */
export function phraseBefore(pre: string, earlier: string[]): string {
  const verb = VERB_BEFORE.exec(lastClause(pre));
  return verb ? named(verb[1]!, earlier) : '';
}

/** The metric phrase before a stated change ("total operating revenue rose <12%>"). */
export function changeSubject(pre: string, earlier: string[]): string {
  const m = CHANGE_VERB.exec(lastClause(pre)) ?? HEADLINE_CHANGE.exec(pre);
  return m ? named(m[1]!, earlier) : '';
}

/** A noun phrase of two to five words up to a participle, a clause or a preposition. */
const COMPOUND = /^\s*([a-z][\w-]*(?:\s+[a-z][\w-]*){1,4}?)(?=\s+(?:announced|approved|authori[sz]ed|adopted|launched|that|which|under|in|of|for|on|to|from|with|was|were|is|and)\b|\s*[,.;)]|$)/i;

/** Verbs before a count that say how much, not what was done: "reached 1.2 million users". */
const MEASURE_VERB = /^(?:reached|totall?ed|amounted|numbered|counted|increased|decreased|declined|dropped|climbed|jumped|gained|expanded|improved|compared|ended|exceeded|surpassed|represented|included|excluded)$/i;

/**
 * A bare count noun (one or two words: "loans", "shares") names nothing alone: it is named by what was
 * done to it ("the Company repurchased 412,000 shares" → "shares repurchased"). Longer names stand.
 */
function actedOn(phrase: string, pre: string): string {
  const verb = /\b([a-z]+ed)\s+(?:approximately\s+|about\s+|around\s+|nearly\s+|over\s+|more than\s+|a total of\s+)?$/i.exec(pre)?.[1];
  if (!verb || MEASURE_VERB.test(verb) || phrase.split(/\s+/).length > 2 || /\b[a-z]+ed\b/i.test(phrase)) return phrase;
  return `${phrase} ${verb.toLowerCase()}`;
}

/** A count's own noun phrase after it, with what it did: "loans facilitated and originated". */
export function countPhrase(post: string): { phrase: string; length: number } | null {
  if (/^\s*of\b/i.test(post)) return null;
  const noun = COUNT_AFTER.exec(post);
  if (!noun) return null;
  const rest = post.slice(noun[0].length);
  const did = COUNT_VERB.exec(rest);
  const phrase = noun[0].replace(/["“”]/g, '').replace(/\s+/g, ' ').trim();
  const named = did ? (did[1] ? `${phrase} ${did[1]}` : `${phrase} that had ${did[2]!.trim()}`) : phrase;
  return { phrase: named, length: noun[0].length };
}

function lastClause(text: string): string {
  return text.split(/,\s+(?:and|while|but|whereas)\s+|;\s*|,\s+(?=with\s)/).pop()!;
}

/** Whether a phrase is no name of its own: a pronoun, or empty. */
export function pronoun(phrase: string): boolean {
  return !phrase || PRONOUN.test(phrase);
}

/**
 * An anaphor resolved against the sentence's earlier phrases: "the consumer number" → "consumers with
 * potential credit needs"; "for all outstanding loans 91-180 days past due the rate" → "delinquency
 * rate for all outstanding loans 91-180 days past due". Null when nothing earlier fits.
 */
const ANAPHOR = /^(?:(for\s.+?)\s+)?the\s+(?:(\w+)\s+(?:number|count|figure)|(rate|ratio|balance|volume|amount|figure|number|count))$/i;

/** A phrase's name: the earlier phrase an anaphor stands for, none for an anaphor that stands for none. */
function named(raw: string, earlier: string[]): string {
  return resolveAnaphor(raw, earlier) ?? (ANAPHOR.test(raw.replace(/\s+/g, ' ').trim()) ? '' : clean(raw));
}

export function resolveAnaphor(phrase: string, earlier: string[]): string | null {
  const m = ANAPHOR.exec(phrase.replace(/\s+/g, ' ').trim());
  if (!m) return null;
  const word = (m[2] ?? m[3]!).toLowerCase().replace(/s$/, '');
  const prior = [...earlier].reverse().find((l) => new RegExp(`\\b${word}`, 'i').test(l));
  if (!prior) return null;
  if (!m[1]) return prior;
  const end = prior.toLowerCase().indexOf(word) + word.length;
  return `${prior.slice(0, end)} ${m[1]}`;
}

/** The qualifier after a part's figure: "... RMB37,565 million for other technology solutions". */
const QUALIFIER = /^\s*(?:was|were)?\s*((?:for|through|under)\s+(?!the \w+ quarter|the (?:same )?period|the year)["“]?[\w\s-]+?["”]?)(?=\s+and\b|\s+of which\b|[,.]|$)/i;

export function qualifierOf(post: string): string | null {
  const q = QUALIFIER.exec(post);
  return q ? q[1]!.replace(/["“”]/g, '') : null;
}

export interface Found {
  label: string;
  /** How many characters after the figure its own words take (a count's noun). */
  length: number;
  /** A qualifier after the figure that makes it a part ("was under X"). */
  qualifier: string | null;
}

/** What "that balance", "of such loan balance" refers to: the block's topic, or the noun it names. */
function topicNear(text: string, topic: string): string {
  return /\b(?:that|such|this|the)\s+(?:loan\s+)?balance\b/i.test(text) ? 'outstanding loan balance' : /\b(?:that|such|this)\s+volume\b|\bthe loans originated\b/i.test(text) ? 'loan volume' : topic;
}

/**
 * The metric phrase a figure starts: a count's noun phrase right after it (`plain`: no currency or %); "At <figure>, X was";
 * "X accounted for <figure> of Y"; "X was|reached <figure>"; "<figure> of that balance was under X"
 * about the block's topic; else a short phrase after it. `pre` is the text since the previous figure.
 */
export function subjectOf(pre: string, post: string, topic: string, term: string, earlier: string[], plain: boolean, before = pre): Found {
  const termed = (label: string) => (term && !label.includes(term) ? `${term} ${label}` : label);
  const qualifier = qualifierOf(post);
  const count = plain ? countPhrase(post) : null;
  // Under a plan's name ("the 2024 Share Repurchase Plan"), the count is named by the plan.
  if (count) return { label: termed(term ? count.phrase : actedOn(count.phrase, pre)), length: count.length, qualifier: null };
  const at = /^\s*at\s*$/i.test(pre) ? /^\s*,\s*(.+?)\s+(?:was|were|is|are|stood|came|reached|totall?ed|amounted)\b/i.exec(post) : null;
  if (at) return { label: termed(clean(at[1]!)), length: 0, qualifier: null };
  const accounted = /^(.*?)\s+accounted for\s*$/i.exec(lastClause(pre));
  const of = accounted ? /^\s*of\s+((?:that|the|those|such|this)\s+[^,.;]+)/i.exec(post) : null;
  if (accounted && of) return { label: termed(`${topicNear(of[1]!, topic)} under ${clean(accounted[1]!)}`), length: 0, qualifier: null };
  // "final dividend of 12.0 cents, taking total FY26 dividends to 20.0 cents": the figure is the total the clause names.
  const took = /,\s*(?:taking|bringing|lifting|raising)\s+([^,;]{3,60}?)\s+to\s*$/i.exec(pre);
  // (The year it names is the figure's period, no word of its name: "total FY26 dividends" is "total dividends".)
  if (took) return { label: termed(clean(took[1]!.replace(/\s*\b(?:(?:for|in)\s+)?(?:(?:H[12]\s*)?FY\s?'?\d{2,4}|(?:fiscal\s+)?(?:19|20)\d{2})\b/gi, ''))), length: 0, qualifier: null };
  // (The unit of the figure before ends its clause, "at an average price of A$7.10 per share, a cost of": no word of this name.)
  const own = pre.replace(/^\s*per\s+[a-z]+(?:\s+[a-z]+)?\s*,\s*(?=[a-z])/i, ' ');
  const label = relativeSubject(before) ?? phraseBefore(own, earlier);
  if (label && !pronoun(label) && !anaphor(label)) return { label: termed(label), length: 0, qualifier: label.includes(qualifier ?? '\u0000') ? null : qualifier };
  if (label && pronoun(label)) return { label, length: 0, qualifier: null };
  // "The company retired $600 million of domestic term debt": the amount of what was done, named by both.
  const done = plain ? null : /\b(retired|repaid|redeemed|repurchased|issued|invested|spent|returned|raised|borrowed|paid down)\s+(?:approximately\s+|about\s+|an additional\s+)?$/i.exec(pre);
  const what = done ? /^\s*of\s+((?:its\s+|our\s+|the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,4}?)(?=\s+(?:in|during|for|as of|at|by|through|under|to)\b|\s*[,.;(]|$)/i.exec(post) : null;
  if (done && what) return { label: termed(`${clean(what[1]!)} ${done[1]!.toLowerCase()}`), length: 0, qualifier: null };
  const noun = countPhrase(post);
  // An amount before a compound noun ("US$100 million share repurchase program announced ...") names the compound, not a count.
  const compound = noun && !plain ? COMPOUND.exec(post) : null;
  if (compound) return { label: termed(compound[1]!), length: compound[0].length, qualifier: null };
  if (noun) return { label: termed(noun.phrase), length: noun.length, qualifier: null };
  const under = /^\s*(?:of (?:such|that|this) (?:loan )?(?:balance|volume)\s+)?(?:was|were)\s+((?:under|through|for)\s+[^,]*(?:,\s*[^,]*?\band\s+[^,.]*)?)/i.exec(post);
  if (under) return { label: `${topicNear(post, topic)} ${under[1]!.replace(/\([^)]*\)\s*/g, '').replace(/["“”]/g, '').replace(/^under the\s/i, 'under ')}`.replace(/\s+/g, ' ').trim(), length: 0, qualifier: null };
  // "A$162.0 million is available for further purchases": the amount so said, named by what it is available for. (Said only
  // "under" a plan, "$412.0 million remained available under the authorization", it names no line: prose-spec P27.)
  const available = /^\s*(?:is|are|was|were|remains?|remained)\s+(?:still\s+)?(available|left|unused)\s+for\s+([a-z][a-z\s-]{2,40}?)(?=\s+(?:through|until|till|by|at|as|under|in)\b|[,.;]|$)/i.exec(post);
  // (Named by what it is for, never by a plan another clause names: the whole available may be more than that plan's.)
  if (available) return { label: `amount ${available[1]!.toLowerCase()} for ${available[2]!}`, length: 0, qualifier: null };
  // "RMB1.96 billion cash from operations": a short noun phrase after it, never a period or comparison.
  const phrase = /^\s*(?!(?:of|in|for|from|than|as|at|on|to|during|compared|versus|higher|lower|more|less|up|down)\b)([a-z][a-z\s-]{2,40}?)(?=[,.;]|\s+and\b|$)/.exec(post);
  return { label: phrase ? phrase[1]!.trim() : '', length: 0, qualifier: null };
}

/**
 * The plan a sentence names (`term`), where it names the figure at `start`-`end`: a plan named in another clause ("2.9 million shares for
 * $176.5 million, and $412.0 million remained available under the share repurchase authorization") names only that clause's figures.
 */
export function termFor(text: string, term: string, start: number, end: number): string {
  const at = term ? text.indexOf(term) : -1;
  const between = at < 0 ? '' : at > end ? text.slice(end, at) : text.slice(at, start);
  return /;|,\s+(?:and|while|but|whereas)\s/i.test(between) ? '' : term;
}

/** An anaphor left unresolved ("the rate", "the consumer number"): no name to bind a figure to. */
function anaphor(label: string): boolean {
  return /^(?:(?:\w+\s+)?(?:number|count|figure)|rate|ratio|balance|volume|amount)$/i.test(label);
}
