// Steps around the recognisers that read the question as a whole: a term the release defines asked
// about as such ("what is ICE?"), the declines that come before any figure (another company, a period
// that cannot be answered or was not read), and the frame's details that words give (the whole of a
// share, a family of lines, a count said).
import { unreadLine } from './unread-lines.js';
import type { Answer } from './answer.js';
import type { Turn } from './context.js';
import { AMBIGUOUS_SHORTHAND } from './analyst-shorthand.js';
import { CATALOG, EXAMPLES } from './catalog.js';
import { ofTheName, smallestFamily } from './families.js';
import type { Ask, Frame } from './frame.js';
import type { KnowledgeBase } from '../knowledge/kb.js';
import type { Lexicon } from './lexicon.js';
import type { Intent } from './recognisers/index.js';
import { WHOLE_BEFORE, type Operation } from './recognisers/operations.js';
import { modifierSpans, NEXT_QUARTER } from './recognisers/modifiers.js';
import { eventAsked } from './recognisers/events.js';
import { nextResults } from './handlers/next-results.js';
import { callAnswer } from './handlers/call.js';
import { dividendTopic } from './recognisers/dividend-topic.js';
import { dividend } from './handlers/dividend.js';
import { unitAsked } from './other-basis.js';
import { quarterNotGiven } from './quarter-asked.js';
import { clarify, unknown, type Handler } from './reply.js';
import { contentTokens, type Token } from './text.js';
import { literal } from '../knowledge/literal.js';
import { words } from '../knowledge/labels.js';
import { ratioOfNoLine } from './refiners/named-ratio.js';

/** "What is ICE?": a term the release defines, asked about as such, wants its definition. */
export function askedTerm(lex: Lexicon, intent: Intent): void {
  // (The question is what comes before its question mark: "hey what's ICE? keeps coming up".)
  // ("what is 'X' exactly": the adverb after the quoted term asks the same; so does "X - what's that?".)
  const asked = intent.text.split('?')[0]!.replace(/(?:["',]*\s+(?:exactly|precisely|really|again))?[\s"',.!]*$/, '');
  // (The term said first is tried first: "X - what's that?" would otherwise ask what "that" is.)
  const term = (/^(?:an? |the )?["']?([^"'?.!]+?)["']?(?: (?:is|are) what|\s*[,:\u2013\u2014-]\s*what(?:'s| is| are) (?:it|that|this|they))$/.exec(asked) ?? /\bwhat(?: exactly)?(?:'s|s| is| are)(?: exactly)? (?:an? |the )?["']?([^"'?.!]+)$/.exec(asked))?.[1];
  if (!term || !lex.definedTerms.has(term.trim()) || intent.op === 'definition') return;
  // (A term that is also a figure's name, "what's Core FFO?", gets the release's definition and the figure.)
  if (intent.metrics.length) intent.modifiers.add('defined');
  else {
    intent.ops.unshift('definition');
    intent.op = 'definition';
  }
}

/** "does it include ...", "is that counted in": what a definition is asked to say of the line, after the line named. */
const INCLUSION_ASKED = /\b(?:does|do|did|is|are|was|were)\s+(?:it|that|this|they|those|these|the (?:rate|figure|number|line|metric))\s+(?:includ|cover|count|exclud|contain)\w*/;

/**
 * "how's that defined - does it include ICE loans?": a line named after the inclusion asked is what the
 * definition is asked about, not a line to define; it is no name of the question (the thread's line, or
 * the one named before, is defined), so another line's footnote never stands in for the definition.
 */
export function inclusionAsked(intent: Intent): void {
  const asked = intent.op === 'definition' ? INCLUSION_ASKED.exec(intent.text) : null;
  if (asked) intent.metrics = intent.metrics.filter((m) => m.start < asked.index);
}

/** A question's words before any inclusion it asks of a definition: the ones that may name what is defined. */
export const beforeInclusion = (text: string): string => text.slice(0, INCLUSION_ASKED.exec(text)?.index ?? text.length);

/** Operations that answer in the release's words, for which an unread time word is no period. */
const WORDS_OPS: Operation[] = ['help', 'definition', 'reason', 'quote', 'guidance', 'buyback', 'fx'];
/** Operations that answer only in the release's words, never with a figure: asked of any name the release prints. */
const SAID_OPS: Operation[] = ['help', 'definition', 'reason', 'quote'];

/**
 * The decline for a name that is neither the issuer nor anything the release prints. A word the bot knows that stands
 * as a name ("Delta's", "at Progressive") is one the release says nothing about; any other ("NPL", "Tesla") is only
 * not recognised (not understood): calling it a company would be a claim the release does not support.
 */
function foreignDecline(lex: Lexicon, name: string): Answer {
  const unread = unreadLine(lex.kb, name);
  if (unread) return unknown(unread, 'not-in-release');
  if (name.toLowerCase().split(/\s+/).every((w) => lex.knows(w))) return unknown(`${lex.kb.releases.length > 1 ? 'The releases are' : 'The release is'} ${issuerShortName(lex)}'s; it says nothing about "${name}", so I give no figure for it.`, 'unknown-company');
  return unknown(`I don't recognise "${name}" as a line, term or company of ${lex.titles}, so I give no figure for it. Ask with the line's name as the release prints it.`, 'not-understood');
}

/** The decline for a figure of a name the release prints only as a name: a line of a table left unread, else no line's. */
function printedDecline(lex: Lexicon, name: string): Answer {
  const unread = unreadLine(lex.kb, name);
  if (unread) return unknown(unread, 'not-in-release');
  return unknown(`"${name}" is a name that ${lex.titles} prints (another company, a brand, project or place), but none of its lines is about it, so I give no figure for it.`, 'not-in-release');
}

/** The shortest name the latest release gives its issuer ("Harrowgate" of "Harrowgate Regional Airlines, Inc."). */
const issuerShortName = (lex: Lexicon): string => [...lex.kb.releases[0]!.issuer.names].sort((a, b) => a.length - b.length)[0] ?? lex.titles;

/** Each ambiguous shorthand's word as a pattern: found in a question, and every place of it replaced. (Built once, not per question.) */
const SHORTHAND = AMBIGUOUS_SHORTHAND.map((s) => ({ ...s, at: new RegExp(`\\b${s.word}\\b`), every: new RegExp(`\\b${s.word}\\b`, 'g') }));

/** Shorthand no line's name took and no neighbour read ("what is BS"): the bot asks which word is meant, naming it. */
function vagueShorthand(intent: Intent): Answer | null {
  const found = SHORTHAND.find((s) => s.at.test(intent.rest));
  if (!found) return null;
  const choices = found.means.map((m) => ({ label: m, question: intent.text.replace(found.every, m) }));
  return clarify(`By "${found.said}" do you mean ${found.means.join(' or ')}? Ask again with the word spelled out, e.g. "${choices[0]!.question}".`, choices);
}

/**
 * Words asked, whatever period they are of ("what did the CRO say about risk trends for the rest of the year"): a quote,
 * or a quote the only answer where no line is named (its "trends" cues a change of nothing).
 */
const wordsAsked = (intent: Intent) => intent.op === 'quote' || (intent.ops.includes('quote') && !intent.metrics.length);

/** Help, or the decline that comes before any figure is looked up (with the thread it leaves, where it answered a line); null to go on. */
export function beforeAnything(lex: Lexicon, intent: Intent, help: Handler): Answer | { answer: Answer; turn?: Turn } | null {
  if (intent.instruction) return unknown(`I only answer questions about ${lex.titles}, from its own figures and words; I don't take instructions ("${intent.instruction}"). Ask me for a figure, e.g. "${EXAMPLES[0]}".`, 'instruction');
  if (intent.op === 'help') return help(emptyAsk(lex));
  const vague = vagueShorthand(intent);
  if (vague) return vague;
  if (intent.foreign) return foreignDecline(lex, intent.foreign);
  const unprinted = ratioOfNoLine(lex, intent);
  if (unprinted) return unprinted;
  // A figure of a name the release prints as a name only is none of its lines' (what the release says of it may be asked).
  if (intent.printedName && !SAID_OPS.includes(intent.op)) return printedDecline(lex, intent.printedName);
  // A results date asked ("next earnings date"): its "earnings" is the event, never a figure to answer.
  const event = eventAsked(intent.text);
  if (event === 'next-results') return nextResults(lex.kb);
  if (event === 'call') return callAnswer(lex.kb, intent.text);
  // The dividend named alone is a topic of its own, whatever the thread was about (recognisers/dividend-topic.ts).
  const topic = !intent.periods.length && dividendTopic(intent.text) ? dividend(lex.kb, unitAsked(intent.text)) : null;
  if (topic) return topic;
  const unsupported = intent.periods.find((p) => p.kind === 'unsupported');
  if (unsupported?.kind === 'unsupported' && intent.op !== 'guidance' && !wordsAsked(intent)) return unknown(`I can't answer that: ${unsupported.reason}.`);
  const noQuarter = quarterNotGiven(lex.kb, intent.periods);
  if (noQuarter && !WORDS_OPS.includes(intent.op)) return noQuarter;
  // A time named in words no period rule reads ("two years back") must not fall back to this quarter.
  if (intent.unreadPeriod && !WORDS_OPS.includes(intent.op)) {
    return unknown(`I couldn't tell which period "${intent.unreadPeriod}" means. Name it like "Q4 2023", "a year earlier", "last quarter" or "as of December 31, 2023".`, 'unknown-period');
  }
  return null;
}

function emptyAsk(lex: Lexicon): Ask {
  const frame: Frame = { op: 'help', answerAs: 'help', metrics: [], at: new Map(), periods: [lex.kb.quarter], periodsNamed: false, basis: null, bases: [], currency: lex.kb.currency, points: false, modifiers: new Set(), topic: '', whole: null, family: [], count: null, signs: new Map() };
  return { ...frame, kb: lex.kb, matcher: lex.matcher };
}

const COUNTS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

const guidedMemo = new WeakMap<KnowledgeBase, { lines: Map<string, Set<string>>; words: Set<string> }>();
/** The lines the release guides, each with the words of its name (whole and hyphen parts, lowercased), and all those words. */
function guided(kb: KnowledgeBase): { lines: Map<string, Set<string>>; words: Set<string> } {
  let found = guidedMemo.get(kb);
  if (!found) {
    const lines = new Map<string, Set<string>>();
    for (const f of kb.facts) {
      if (f.role !== 'low' || lines.has(f.metric)) continue;
      const label = kb.metrics.get(f.metric)?.label ?? f.label;
      lines.set(f.metric, new Set(label.toLowerCase().split(/[^a-z0-9-]+/).flatMap((w) => [w, ...w.split('-')]).filter(Boolean)));
    }
    found = { lines, words: new Set([...lines.values()].flatMap((w) => [...w])) };
    guidedMemo.set(kb, found);
  }
  return found;
}
const guidedWords = (kb: KnowledgeBase) => guided(kb).words;

/**
 * Guidance asked by words of a guided line's name that name no line ("loan growth" of the "Loan portfolio
 * growth" guided): the guided lines whose names hold every such word. None: null, and the guidance of
 * other lines is no answer (the handler declines naming what it guides). No words: every guided line.
 * Lines named (`named`) add none, and are no answer where a word said against their name was dropped.
 */
export function guidedByWords(lex: Lexicon, intent: Intent, named: string[]): string[] | null {
  const isCue = lex.isCue(intent.text);
  // (A guided line going by the words with it, "recurring" of "recurring net income", is the one asked, as before.)
  if (named.length) return wordDropped(lex, intent, intent.metrics, [...named, ...guided(lex.kb).lines.keys()]) ? null : [];
  const asked = lex.matcher.unexplained(intent.text, intent.metrics).filter((t) => lex.matcher.isNameWord(t.word) && !isCue(t) && guidedWords(lex.kb).has(t.word));
  if (!asked.length) return [];
  const apart = saidApart(lex, intent.text, asked);
  const fits = [...guided(lex.kb).lines].filter(([id, held]) => asked.every((t) => held.has(t.word)) && !apart(id) && !wordDropped(lex, intent, asked, [id])).map(([id]) => id);
  return fits.length ? fits : null;
}

/** The lines the release guides, by their labels: what a decline of guidance not given names. */
export const guidedLabels = (kb: KnowledgeBase): string => [...guided(kb).lines.keys()].map((id) => kb.metrics.get(id)?.label ?? id).join('; ');

/**
 * A word said just before a name that, with it, names another figure ("operating" of "operating profit": the
 * catalog's, or a run of a line's name) which none of the lines found goes by: the name's own word, dropped,
 * would have the guidance of "Underlying profit before tax" answer "operating profit".
 */
function wordDropped(lex: Lexicon, intent: Intent, spans: { start: number; end: number }[], lines: string[]): boolean {
  const isCue = lex.isCue(intent.text);
  const loose = lex.matcher.unexplained(intent.text, intent.metrics).filter((t) => !isCue(t));
  return spans.some((m) => {
    const before = loose.find((t) => t.end <= m.start && /^[\s-]+$/.test(intent.text.slice(t.end, m.start)));
    if (!before) return false;
    const run = new RegExp(`(?:^|\\s)${literal(`${before.word} ${intent.text.slice(m.start, m.end).toLowerCase()}`)}(?:\\s|$)`);
    const other = CATALOG.some((e) => e.names.some((n) => run.test(n))) || lex.matcher.names.some((n) => run.test(n.text));
    return other && !lines.some((id) => run.test(lex.matcher.label(id).toLowerCase()) || lex.matcher.names.some((n) => n.ids.includes(id) && run.test(n.text)));
  });
}

/**
 * Words said together that are another figure's name ("net income": the catalog's, or a run of an
 * unguided line's name, "recurring net income") name that figure: a guided line holding them only apart
 * ("net interest income growth") is not it.
 */
function saidApart(lex: Lexicon, text: string, asked: Token[]): (id: string) => boolean {
  const together = asked.length > 1 && asked.every((t, i) => i === 0 || !text.slice(asked[i - 1]!.end, t.start).trim());
  if (!together) return () => false;
  const run = new RegExp(`(?:^|\\s)${literal(asked.map((t) => t.word).join(' '))}(?:\\s|$)`);
  const lines = guided(lex.kb).lines;
  const named = CATALOG.some((e) => e.names.some((n) => run.test(n))) || lex.matcher.names.some((n) => run.test(n.text) && n.ids.every((id) => !lines.has(id)));
  return (id) => named && !lex.matcher.names.some((n) => n.ids.includes(id) && run.test(n.text));
}

/** What the question's words say about the frame beyond its spans. */
export function frameDetails(lex: Lexicon, intent: Intent, metrics: string[], at: Map<string, number>, op: Operation): Pick<Frame, 'whole' | 'family' | 'count' | 'answerAs' | 'yearNamed'> {
  // The whole of a share: the line named after "in"/"within" ("share of X in Y"), else after "of"/"to".
  // (The word stands between the two names, unless a share's words lead to it: "what share of total
  // volume went through ICE"; "in S&M as % of rev" names no whole by its first word.)
  const first = Math.min(...metrics.map((id) => at.get(id) ?? Infinity));
  // (Read with the periods blanked, a possessive's "'s" with them: "% of Q2 group sales", "% of this quarter's
  // sales" name their whole as "% of group sales" does; read in full, the part would be taken for the whole.)
  const before = (id: string) => intent.bare.slice(0, at.get(id)).replace(/(?<=\s)'s(?=\s*$)/, '');
  const after = (re: RegExp, between: boolean) => metrics.find((id) => at.has(id) && (!between || at.get(id)! > first) && re.test(before(id)));
  const whole = after(/\b(?:in|within)\s+(?:the\s+)?(?:total\s+)?$/, true) ?? after(WHOLE_BEFORE, false) ?? after(/\b(?:of|to)\s+(?:the\s+)?(?:total\s+)?$/, true) ?? null;
  const heads = (op === 'sum' && metrics.length < 2) || ((op === 'breakdown' || op === 'compare') && !metrics.length) ? smallestFamily(lex.kb, contentTokens(intent.text)) : [];
  // (A family is asked only where a word outside the names of one line points into it ("stand ready plus
  // contingent", "allowances excluding ..."): "sum of profit after tax in Q1 and Q2" adds one line over two
  // quarters, never the lines that start with "profit".)
  const oneLine = intent.metrics.filter((m) => m.ids.length === 1);
  const outside = contentTokens(intent.text).filter((t) => !oneLine.some((m) => t.start >= m.start && t.end <= m.end));
  const members = !oneLine.length || outside.some((t) => heads.some((id) => words(lex.kb.metrics.get(id)!.label).includes(t.stem))) ? heads : [];
  // (A name said narrows the family to its own lines: the parts of "X, current plus noncurrent" are X's.)
  // (With no line named, the question's words a member's label holds are the name: "sum of segment revenues" adds
  // the "Segment revenue - ..." lines, never the "Segment EBIT - ..." lines beside them.)
  const memberWords = new Set(members.flatMap((id) => words(lex.kb.metrics.get(id)!.label)));
  const unnamed = contentTokens(intent.text).filter((t) => memberWords.has(t.stem) && !members.every((id) => words(lex.kb.metrics.get(id)!.label).includes(t.stem)));
  const family = ofTheName(lex.kb, members, (intent.metrics.length ? intent.metrics.map((m) => intent.text.slice(m.start, m.end)) : unnamed.map((t) => t.word)).join(' '));
  const said = /\ball\s+(?:the\s+)?(two|three|four|five|six|seven|eight|nine|ten|\d+)\b/.exec(intent.text)?.[1];
  const count = said ? (COUNTS[said] ?? Number(said)) : null;
  // Guidance asked about a topic no figure takes ("expect for risk metrics") is a question for the commentary.
  const isCue = lex.isCue(intent.text);
  // Words of a guided line's own name ("non-GAAP" of the non-GAAP net income guided) narrow the guidance: no topic.
  // (Read with its periods blanked: "full year guidance?" and "guidance for the coming quarter" name a period, no topic.)
  const periodless = intent.bare.replace(new RegExp(NEXT_QUARTER.source, 'g'), (m) => ' '.repeat(m.length));
  // (Words asking the earlier outlook, "what was it before?", ask it of the guidance: no topic, though "before" names lines.)
  const prior = modifierSpans(periodless, ['prior']);
  const askingPrior = (t: Token) => prior.some((p) => t.start >= p.start && t.end <= p.end);
  const topical = !metrics.length && op === 'guidance' && lex.matcher.unexplained(periodless, intent.metrics).some((t) => lex.matcher.isNameWord(t.word) && !isCue(t) && !askingPrior(t) && !guidedWords(lex.kb).has(t.word));
  // A period named with its year ("Q1 2025", "1Q25", "Q1 last year", the thread's "and last year's?") is that period alone;
  // one with no year ("Q2", "the second quarter", or the thread's) may be the latest past or the next ahead.
  const yearNamed = intent.periods.some((p) => (p.kind === 'period' && /\d{2}|\b(?:last|this|next|prior|previous) year\b/i.test(p.text)) || (p.kind === 'relative' && p.shift === 'year_ago'));
  return { whole, family, count, answerAs: topical ? 'quote' : op, yearNamed };
}
