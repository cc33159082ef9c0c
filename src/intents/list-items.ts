// The items of a list a question asks ("A, B and C", "A / B / C", "A + B", "A & B"): every item is answered
// or declined by name, never dropped. An item no name claims is the line its words fit once the lines
// its sibling items name are set aside ("cumulative users" beside "approved users": items of a list are
// different lines); else, where each line is answered on its own, it is set aside, the others answered,
// and the reply names it as words it did not understand: such a reply is no complete answer, so it is
// no answer's status. (Where the items make one figure, a sum or a ratio, the checks decline as before.)
import type { Answer } from './answer.js';
import type { Lexicon } from './lexicon.js';
import type { Intent } from './recognisers/index.js';
import type { MetricMatch } from './recognisers/metrics.js';
import type { Operation } from './recognisers/operations.js';
import { asksForThing, INCLUDED } from './coverage.js';
import { EXCLUDE } from './recognisers/expressions.js';
import { blank, contentTokens, type Token } from './text.js';
import { REPURCHASE } from './handlers/buyback-words.js';
import { standardLines } from './refiners/standard-names.js';

/** What joins two items: a comma, "and", "&", "+", "plus", a slash. */
const MARK = /\s*,\s*(?:and\s+)?|\s+(?:and|plus)\s+|\s*[&+/]\s*/g;
/** A mark that joins the last item ("and", a sign): after one comma alone, words may be a qualifier ("..., non-GAAP"), no item. */
const JOIN = /(?:^|\s)(?:and|plus)\s*$|[&+/]\s*$/;
/**
 * Operations whose answer gives each line on its own: an item set aside leaves the others' answers standing.
 * (A buyback answers each line named beside it: "the dividend and the buyback" leaves no part unsaid.)
 */
const EACH_ON_ITS_OWN: Operation[] = ['value', 'change', 'buyback'];
/** Items a topic claims with no line's name: the buyback's own words ("how big is the buyback", "at what price"). */
const TOPIC_WORDS: Partial<Record<Operation, RegExp>> = { buyback: new RegExp(`${REPURCHASE.source}|\\b(?:prices?|priced|px)\\b`, 'i') };
/**
 * Words beside a topic that ask for another thing though no line of the release is named by them: the other
 * return to shareholders beside a buyback ("the dividend", "distribution per unit", "JCP per share").
 */
const BESIDE_TOPIC: Partial<Record<Operation, RegExp>> = { buyback: /\b(?:dividends?|payouts?|distributions?|per (?:share|unit))\b/i };

interface Item {
  start: number;
  end: number;
  words: Token[];
}

/** The stretches of the text between list marks outside every name, each an item where a mark follows it or a join precedes it. */
function itemsOf(text: string, names: MetricMatch[]): Item[] {
  const inName = (at: number) => names.some((n) => at > n.start && at < n.end);
  const found = [...text.matchAll(MARK)].filter((m) => !inName(m.index!));
  // (One slash between two names is a ratio's, "net debt / equity" (coverage.ts unreadSide); slashes in a chain list parts.)
  const lone = found.filter((m) => m[0].trim() === '/').length === 1;
  const marks = found.filter((m) => !(lone && m[0].trim() === '/'));
  if (!marks.length) return [];
  const cuts = [0, ...marks.flatMap((m) => [m.index!, m.index! + m[0].length]), text.length];
  const items: Item[] = [];
  for (let k = 0; k < cuts.length; k += 2) {
    const [start, end] = [cuts[k]!, cuts[k + 1]!];
    const followed = k + 2 < cuts.length;
    // ("A, B, C" is a list to its last item; in "A, B" the words after the comma may qualify A: "EPS, diluted".)
    const joined = k > 0 && (JOIN.test(text.slice(cuts[k - 1]!, start)) || marks.length > 1);
    if (followed || joined) items.push({ start, end, words: contentTokens(text.slice(0, end)).filter((t) => t.start >= start) });
  }
  return items;
}

/** The items of the question's list no name claims and that ask for some thing. */
function openItems(lex: Lexicon, intent: Intent, names: MetricMatch[], op?: Operation): Item[] {
  const asks = asksForThing(lex, intent);
  const items = itemsOf(intent.bare, names);
  const said = (i: Item) => intent.bare.slice(i.start, i.end);
  const topic = (i: Item) => Boolean(op && TOPIC_WORDS[op]?.test(said(i)));
  // (Beside a topic no line names, an item asks for another thing only by that thing's words, "the dividend",
  // "JCP per share"; any other, "when does it run", "how's the pace", the topic's own sentences answer.)
  const beside = op && BESIDE_TOPIC[op];
  const other = (i: Item) => (beside ? beside.test(said(i)) : i.words.some(asks));
  const open = items.filter((i) => !names.some((n) => n.start < i.end && i.start < n.end) && !topic(i) && other(i));
  // (A list none of whose items a name claims is no list of lines: coverage declines it as it stands.)
  return open.length < items.length ? open : [];
}

/**
 * An item no name claims, in a question asking each line on its own, is the one line its words fit once
 * the lines its sibling items name are set aside: "cumulative users" beside "approved users" is the
 * cumulative registered users, the other line "cumulative users" fits.
 */
export function siblingItems(lex: Lexicon, intent: Intent): Intent {
  // (Items of what a line includes or leaves out, "cash including restricted cash and security deposits", are no lines asked.)
  if (!EACH_ON_ITS_OWN.includes(intent.ops[0]!) || INCLUDED.test(intent.text) || EXCLUDE.test(intent.text)) return intent;
  const asks = asksForThing(lex, intent);
  const taken = new Set(intent.metrics.flatMap((n) => n.ids));
  const found: MetricMatch[] = [];
  const items = itemsOf(intent.bare, intent.metrics);
  for (const item of openItems(lex, intent, intent.metrics)) {
    const words = item.words.filter(asks);
    // (A standard name, "opex", is no line that only shares its words and names another measure: left unclaimed, so declined by name.)
    const fit = words.length >= 2 ? standardLines(lex, words.map((t) => t.word).join(' '), lex.matcher.goingBy(words.map((t) => t.stem))) : [];
    const own = Array.isArray(fit) ? fit.filter((id) => !taken.has(id)) : [];
    const before = items.filter((i) => i.end <= item.start).at(-1);
    const line = own.length === 1 || !before ? own : qualifierLine(lex, intent, before, item).filter((id) => !taken.has(id));
    const [start, end] = [item.words[0]!.start, item.words.at(-1)!.end];
    if (line.length === 1) found.push({ ids: line, name: intent.text.slice(start, end), start, end, exact: true });
  }
  if (!found.length) return intent;
  return { ...intent, metrics: [...intent.metrics, ...found].sort((a, b) => a.start - b.start), rest: blank(intent.rest, found) };
}

/** Words that join a measure to what qualifies it: "balance for ICE", "volume through Total Solutions". */
const LINKS = 'for|of|through|under|in|at|from|on';

/**
 * An item naming only what qualifies its sibling's measure ("balance for A and for B", "loan volume and the Total
 * Solutions piece"): the lines whose whole label is the sibling's head ("balance", before its "for"; else none) and
 * the item's name words, besides its sibling's label, where a name claims the
 * sibling to its end (a sibling read in part, "balance for ICE" read as "balance", lends no head).
 */
function qualifierLine(lex: Lexicon, intent: Intent, sibling: Item, item: Item): string[] {
  const last = sibling.words.at(-1);
  const head = new RegExp(`^(.*?\\S)\\s+(?:${LINKS})\\s`).exec(intent.bare.slice(sibling.start, sibling.end));
  const name = last && intent.metrics.find((n) => n.start <= last.start && last.end <= n.end && n.ids.length === 1);
  // (With no head, "loan volume and the total solutions piece": the item's words alone, the line's words beside the
  // sibling's label; only after a list's "and" or comma: "cash + restricted" adds, no qualifier of cash is asked.)
  const listed = /^\s*,?\s*(?:and\s*)?$/.test(intent.bare.slice(sibling.end, item.start));
  if (!name || (!head && !listed)) return [];
  const named = (t: Token) => lex.matcher.isNameWord(t.word);
  const said = [...(head ? contentTokens(head[1]!).filter(named) : []), ...item.words.filter(named)].map((t) => t.stem);
  // (Its label says no more than the item and its sibling's line: "loan" of "o/s balance" is the sibling's, "capital-light" no one's.)
  if (!said.length) return [];
  const known = new Set([...said, ...lex.matcher.labelStems(name.ids[0]!)]);
  const link = new RegExp(`^(?:${LINKS})$`);
  // (With no head, the item's words are the label's own, never only its section's: "marketing" names no "Revenue" row under it.)
  const fits = (stems: readonly string[]) => stems.every((s) => known.has(s) || (!head && link.test(s))) && (head !== null || said.every((s) => stems.includes(s)));
  // (An adjusted sibling's measure is adjusted too: "non-gaap EBITDA and the margin" is never the GAAP EBITDA margin.)
  const adjusted = ADJUSTED.test(lex.matcher.label(name.ids[0]!));
  return lex.matcher.goingBy(said).filter((id) => fits(lex.matcher.labelStems(id)) && (!adjusted || ADJUSTED.test(lex.matcher.label(id))));
}

/** Words of a line's label that make it a measure other than the reported one. */
const ADJUSTED = /\b(?:adjusted|non-gaap|non-ifrs|underlying|core|recurring)\b/i;

/**
 * The items still unclaimed once the names are refined, where each line is answered on its own: the
 * question without them (for the checks that would decline it all), and the items as the asker wrote them.
 */
export function setAside(lex: Lexicon, intent: Intent, names: MetricMatch[], op: Operation, metrics: string[]): { intent: Intent; left: string[] } {
  // (An item whose words a chosen line goes by was attached to it by a refiner: "cash & equivalents".)
  const asks = asksForThing(lex, intent);
  // (An item beside a topic may hold no word of a line's name, "the dividend" beside the buyback: no line holds it.)
  const held = (i: Item) => i.words.some(asks) && i.words.filter(asks).every((t) => metrics.some((id) => lex.matcher.wordsOf(id).has(t.stem)));
  const open = EACH_ON_ITS_OWN.includes(op) ? openItems(lex, intent, names, op).filter((i) => !held(i)) : [];
  if (!open.length) return { intent, left: [] };
  // (Quoted as the asker wrote the item: "30x collection", not only its known words.)
  const spans = open.map((i) => ({ start: i.words[0]!.start, end: i.words.at(-1)!.end }));
  const left = spans.map((g) => intent.text.slice(g.start, g.end));
  return { intent: { ...intent, text: blank(intent.text, spans), rest: blank(intent.rest, spans), bare: blank(intent.bare, spans) }, left };
}

/** The reply to a list with items set aside: the others' answer with those items named, never read as a complete answer. */
export function namingGaps(lex: Lexicon, answer: Answer, left: string[] = []): Answer {
  if (!left.length) return answer;
  const them = left.length > 1 ? 'them' : 'it';
  const note = `I couldn't tell which line of the release you mean by ${left.map((w) => `"${w}"`).join(', ')}, so I left ${them} out.${lex.suggestions(left.join(' '))} Ask for ${them} by the name the release prints.`;
  return { ...answer, status: 'unknown', reason: 'not-understood', text: `${answer.text}\n${note}`, choices: [] };
}
