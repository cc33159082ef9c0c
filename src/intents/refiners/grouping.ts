// Grouping refiner: each group of names side by side, with the words attached to it, becomes the one
// line that goes by all of them. A refinement keeps the kind of figure the question asks for ("per
// share", "how many") or else the kinds its names are.
import type { Answer } from '../answer.js';
import { MEASURES, NEUTRAL } from '../catalog.js';
import type { Intent } from '../recognisers/index.js';
import type { MetricMatch } from '../recognisers/metrics.js';
import { contentTokens, nameStems, normalise, tokens, type Token } from '../text.js';
import { MANNER_WORDS } from '../vocabulary.js';
import { includedIn } from '../coverage.js';
import { lineOf } from '../../knowledge/citation.js';
import { ownPart } from '../line-sentences.js';
import { namesSomeItems } from '../recognisers/coordinated.js';
import { ITEM_AFTER, ITEM_BEFORE } from '../recognisers/list-head.js';
import { byHeadingAlone, PART_JOIN } from '../recognisers/runs.js';
import { gap, JOINED, notGiven, type Words } from './qualifiers.js';
import type { Lexicon } from '../lexicon.js';
import type { Operation } from '../recognisers/operations.js';

/** Operations asking one line's figure, whose sentence's words may stand beside its name (a sum, share or ratio's loose words are another line). */
const ONE_FIGURE: Operation[] = ['value', 'change'];

export interface Group {
  matches: MetricMatch[];
  words: Token[];
  /** Its line was chosen as the thread's measure ("how much of it ..." after a volume: the volume under them). */
  threadChosen?: boolean;
}

/** "per" right before a word, or "/" ("EPS/ADS"), with its qualifiers ("per diluted ordinary share"): the word is the unit a figure is per. */
const PER_BEFORE = /(?:\bper\s+|\/\s*)(?:(?:class\s+[a-z]|[a-z]+)\s+){0,2}$/;
/** A basis word's stem: "non-GAAP" (the question's "adjusted" is normalised to it), "underlying". */
const BASIS_STEM = /gaap$|^underli/;
/** The nouns a figure is per that are counted too ("diluted shares", "ADSs outstanding"). */
const UNIT_NOUN = /^(?:shares?|ads|adss|units?)$/;

/** Whether a label holds a unit noun only as the unit it is per ("share" of "Earnings per share"): no count of shares. */
export function unitOnly(label: string, word: string): boolean {
  if (!UNIT_NOUN.test(word)) return false;
  const text = normalise(label);
  const stemOf = tokens(word)[0]?.stem;
  const at = tokens(text).filter((t) => t.stem === stemOf);
  return at.length > 0 && at.every((t) => PER_BEFORE.test(text.slice(0, t.start)));
}

/** A label's own "per ADS", "per ordinary share": the figure it is used for, which the line itself need not be. */
const PER_IN_LABEL = /\bper\s+(?:ordinary\s+|common\s+)?(?:shares?|ads)\b/i;

/**
 * The kinds of figure a group may answer: the kind asked, else its lines' own. ("weighted avg basic ADS used for per ADS
 * calc": "per ADS" said after a count whose own label holds it asks no per-ADS figure; "per ordinary share, basic",
 * with "per" before the name, does.)
 */
function kindsAsked(lex: Lexicon, intent: Intent, g: Group, asked: string | undefined): Set<string> {
  const ids = g.matches.flatMap((m) => m.ids);
  const perAfter = !/\bper\b/i.test(intent.text.slice(0, g.matches.at(-1)!.end));
  const ownPer = asked === 'per_share' && perAfter && ids.every((id) => lex.kindOf(id) !== asked && PER_IN_LABEL.test(lex.matcher.label(id)));
  return new Set(asked && !ownPer ? [asked] : ids.map((id) => lex.kindOf(id)));
}

/** The kind of figure the question's own words ask for, where they say. */
function askedKind(intent: Intent): string | undefined {
  // ("how many months" asks a figure in months, a tenor, not a count of anything.)
  if (/\bhow many months\b/.test(intent.text)) return 'months';
  if (intent.modifiers.has('how-many')) return 'count';
  if (intent.modifiers.has('per-share')) return 'per_share';
  return undefined;
}

/** The words a label prints in brackets: its unit ("Statutory EPS (cents)"). */
const bracketed = (label: string) => [...label.matchAll(/\(([^)]*)\)/g)].flatMap((m) => nameStems(m[1]!));

export function refineGroups(w: Words, groups: Group[]): MetricMatch[] | Answer {
  const { lex, intent } = w;
  const joined = gap(intent.text, JOINED);
  const beside = (t: Token, ms: { start: number; end: number }[]) => joined(t, ms[0]!) || joined(ms[ms.length - 1]!, t);
  const asked = askedKind(intent);
  const out: MetricMatch[] = [];
  for (const g of groups) {
    // A part said to be included ("all loans including those across V-pocket") does not narrow the name.
    g.words = g.words.filter((t) => !includedIn(intent.text, g.matches, t));
    const words = g.words.filter((t) => !NEUTRAL.has(t.stem));
    // Words every line of a name the thread chose holds already say nothing new: they never turn it to a plainer
    // line of another measure ("under" in "how much of it under capital-light, ICE ...": the volume, not the balance).
    const thread = g.threadChosen && g.matches[0]!.ids.every((id) => lex.matcher.goingBy(g.words.map((t) => t.stem), [id]).length);
    // (Nor does the unit a line's label prints in brackets: "statutory EPS change, cents" of "Statutory EPS (cents)".)
    const own = g.words.length > 0 && g.matches[0]!.ids.every((id) => g.words.every((t) => bracketed(lex.matcher.label(id)).includes(t.stem)));
    if (g.matches.length === 1 && (thread || own || !g.words.length)) {
      out.push(g.matches[0]!);
      continue;
    }
    // Neutral words count where a line goes by them ("Total Solutions", "capital light balance"), not
    // otherwise ("total S&M"). A refinement keeps the kind of figure asked (a per-share amount is no ADS count).
    const stems = g.matches.flatMap((m) => nameStems(m.name));
    const ofKind = linesOfKind(w, g, asked);
    const withNeutral = ofKind(lex.matcher.refine([...stems, ...g.words.map((t) => t.stem)]));
    // "balance under ICE" of a line printed "balance for ICE": the word joining a part to its measure is any such word.
    // (A join before the part's words only: "originate through" joins nothing.)
    const joins = g.words.filter((t) => PART_JOIN.test(t.word) && g.words.some((x) => x.start > t.end && !NEUTRAL.has(x.stem)));
    if (!withNeutral.length && joins.length) {
      const plain = g.words.filter((t) => !joins.includes(t));
      const found = ofKind(lex.matcher.refine([...stems, ...plain.map((t) => t.stem)]));
      if (found.length) {
        g.words = plain;
        withNeutral.push(...found);
      }
    }
    if (!withNeutral.length && g.matches.length === 1 && !words.length) {
      out.push(g.matches[0]!);
      continue;
    }
    const refined = withNeutral.length ? [] : lex.matcher.refine([...stems, ...words.map((t) => t.stem)]);
    const found = withNeutral.length ? withNeutral : ofKind(refined);
    const start = Math.min(g.matches[0]!.start, ...g.words.map((t) => t.start));
    const end = Math.max(g.matches[g.matches.length - 1]!.end, ...g.words.map((t) => t.end));
    if (found.length && droppedApart(lex, g, found)) return notGiven(lex, intent.text.slice(start, end));
    const better = found.length ? null : preferred(w, g, words, ofKind);
    if (found.length) out.push({ ids: found, name: intent.text.slice(start, end), start, end, exact: true });
    else if (better) out.push(...better);
    // Words that name only the section a line of the name stands in say where it is: "Kurrajong copper recovery".
    else if (g.matches.length === 1 && placedBy(lex, g.matches[0]!.ids, words).length) out.push({ ids: placedBy(lex, g.matches[0]!.ids, words), name: intent.text.slice(start, end), start, end, exact: true });
    // Words the one line's own sentence holds say nothing new: "partners connected" of "our platform has connected 159 ... partners".
    else if (g.matches.length === 1 && ONE_FIGURE.includes(intent.ops[0]!) && saidBeside(lex, g.matches[0]!.ids, words)) out.push({ ids: g.matches[0]!.ids, name: intent.text.slice(start, end), start, end, exact: true });
    // Words that point to a figure of another kind ("how many loans did ICE facilitate": a volume, no count), or a word for
    // the kind of figure ("margin on net income attributable ...") the name is not.
    else if (refined.length || g.matches.length > 1 || words.some((t) => beside(t, g.matches) || MEASURES.has(t.stem))) return notGiven(lex, intent.text.slice(start, end));
    else out.push(...g.matches);
  }
  return out;
}

/** The lines a group's words may turn it to: of the kind asked or its lines' own, each no item of a listing line, no unit's line, no line trading a word. */
function linesOfKind(w: Words, g: Group, asked: string | undefined): (ids: string[]) => string[] {
  const { lex, intent } = w;
  const kinds = kindsAsked(lex, intent, g, asked);
  // (One item of a line listing several is no name for the whole list's figure, unless a name of that line was said.)
  const said = new Set([...g.matches.flatMap((m) => nameStems(m.name)), ...g.words.map((t) => t.stem)]);
  const item = (id: string) => !g.matches.some((m) => m.ids.includes(id)) && namesSomeItems(lex.matcher.label(id), said);
  // (A word the question says as a noun of its own, "diluted shares", is not the unit of a line's "per share".)
  const units = g.words.filter((t) => !PER_BEFORE.test(intent.text.slice(0, t.start)));
  const traded = tradesWord(lex, g, new Set(contentTokens(intent.text).map((t) => t.stem)), /\bper\b/i.test(intent.text));
  return (ids) => ids.filter((id) => kinds.has(lex.kindOf(id)) && !item(id) && !traded(id) && !units.some((t) => unitOnly(lex.matcher.label(id), t.word)));
}

/**
 * An unknown word right before a name, or inside one grown only by neutral words and right beside the name read there
 * ("net device revenue" is no net revenue; "credit-side other services fees" keeps its "credit"): the name and the word.
 */
export function strayModified(w: Words, out: MetricMatch[]): { name: MetricMatch; stray: Token } | null {
  const { intent } = w;
  const touching = gap(intent.text, /^[\s-]*$/);
  const grownByNeutral = (m: MetricMatch) => w.leftover.every((x) => x.start < m.start || x.end > m.end || w.strays.includes(x) || NEUTRAL.has(x.stem));
  // (A word joining a part to its whole, "line items within total operating costs", names no thing.)
  const inside = (t: Token, m: MetricMatch) => m.start < t.start && t.end < m.end && !PART_JOIN.test(t.word) && grownByNeutral(m) && intent.metrics.some((n) => m.start <= n.start && n.end <= m.end && touching(t, n));
  for (const name of out) {
    const stray = w.strays.find((t) => touching(t, name) || inside(t, name));
    if (stray) return { name, stray };
  }
  return null;
}

/**
 * Words no line goes by with the name that the name's own lines are not about either ("loans ... through
 * V-pocket": all loans are not about V-pocket): the line that goes by the name with just those words, if
 * any ("loans across V-pocket"). Else the name stands, and the coverage rule declines naming the words.
 */
function preferred(w: Words, g: Group, words: Token[], ofKind: (ids: string[]) => string[]): MetricMatch[] | null {
  const { lex, intent } = w;
  const ids = g.matches.flatMap((m) => m.ids);
  const left = words.filter((t) => !MANNER_WORDS.has(t.word) && !ids.some((id) => lex.lineWords(id).has(t.stem)));
  if (!left.length || g.matches.length !== 1) return null;
  const m = g.matches[0]!;
  // (Words joined to the name as a list's next item, "volume through ICE and other tech solutions", are another line, no qualifier.)
  if (ITEM_AFTER.test(intent.text.slice(m.end, left[0]!.start)) || ITEM_BEFORE.test(intent.text.slice(left.at(-1)!.end, m.start))) return null;
  const stems = left.map((t) => t.stem);
  // The line going by the name and those words; else the one line going by those words that keeps most of the name's ("loans originated through V-pocket").
  const own = nameStems(m.name).filter((s) => !NEUTRAL.has(s));
  // (Its label's own words: "count" goes by a count's catalog names, and names no part.)
  // (Never by the words of its heading alone: "investing cash flow" is no row under "Cash flow from investing activities".)
  const labelled = (id: string) => stems.every((s) => lex.matcher.labelStems(id).includes(s)) && !byHeadingAlone(lex.kb.metrics.get(id), [...own, ...stems]);
  const kept = ofKind(lex.matcher.goingBy(stems)).filter(labelled).map((id) => ({ id, n: own.filter((s) => lex.matcher.wordsOf(id).has(s)).length }));
  // (A basis word turns the name to its twin on that basis, which keeps every word the name shares with its line's
  // label: "adjusted operating profit" is no adjusted net profit. The question's "adjusted" reaches here as
  // "non-gaap" (catalog.ts normalises it), so the one stem test covers both.)
  // It is the same measure: it holds every word of the name said ("net" too: "non-GAAP net income" is no non-GAAP
  // income from operations) or of the line's label ("adjusted profit before tax" is no profit after tax).
  const labelWords = new Set(m.ids.flatMap((id) => lex.matcher.labelStems(id)));
  const holds = (id: string, ws: readonly string[]) => ws.every((s) => lex.matcher.wordsOf(id).has(s));
  const same = (id: string) => holds(id, nameStems(m.name)) || m.ids.some((mid) => holds(id, lex.matcher.labelStems(mid)));
  const twin = (id: string) => !stems.some((s) => BASIS_STEM.test(s)) || (own.every((s) => !labelWords.has(s) || lex.matcher.wordsOf(id).has(s)) && same(id));
  const most = Math.max(0, ...kept.map((k) => k.n));
  // (It never drops a word that says which of the name's own line, printed in its label: "growth capex" is no
  // "Total capital expenditure", whose "capital" it keeps but not the "growth" of "growth capital".)
  // (Of one figure asked: a comparison's words may name its other line, "compare funding costs with G&A".)
  const printed = ONE_FIGURE.includes(intent.ops[0]!) ? own.filter((s) => m.ids.every((id) => lex.matcher.labelStems(id).includes(s))) : [];
  const near = kept.filter((k) => k.n === most && most > 0 && twin(k.id) && printed.every((s) => lex.matcher.wordsOf(k.id).has(s))).map((k) => k.id);
  const found = ofKind(lex.matcher.refine([...nameStems(m.name), ...stems]));
  if (!found.length && near.length === 1) found.push(near[0]!);
  if (!found.length) return null;
  const [start, end] = [Math.min(m.start, ...left.map((t) => t.start)), Math.max(m.end, ...left.map((t) => t.end))];
  return [{ ids: found, name: intent.text.slice(start, end), start, end, exact: true }];
}

/**
 * The lines of a name whose section's name holds every word said beside it, where no line outside such a section prints
 * those words in its labels: they name the place a line stands ("KURRAJONG COPPER-GOLD OPERATION"), never a measure.
 */
function placedBy(lex: Lexicon, ids: string[], words: Token[]): string[] {
  if (!words.length) return [];
  const section = (id: string) => new Set(nameStems(lex.kb.metrics.get(id)?.statement ?? ''));
  const elsewhere = (s: string) => [...lex.kb.metrics.values()].some((m) => !section(m.id).has(s) && m.labels.some((l) => nameStems(l).includes(s)));
  if (words.some((t) => elsewhere(t.stem))) return [];
  return ids.filter((id) => words.every((t) => section(id).has(t.stem)));
}

/**
 * Whether a line the words beside a name turn it to trades a word of the name for one never said: "Kurrajong copper
 * recovery" is no "Gold recovery (%) (KURRAJONG COPPER-GOLD OPERATION)", which holds "copper" only in its section's name.
 * A word of the name counts where the question says it and each of the name's own lines has it in its label; a word of the line's own
 * label that says which (no neutral word) and that the question never says is the other thing it is about.
 */
function tradesWord(lex: Lexicon, g: Group, said: ReadonlySet<string>, perSaid: boolean): (id: string) => boolean {
  // (A row's labels as printed and the heading naming its measure, "Sensing & Controls" under "Net sales": the label a
  // line is answered by may add its section's name, "(KURRAJONG ...)", which names no measure.)
  const own = (id: string) => [...(lex.kb.metrics.get(id)?.labels ?? [lex.matcher.label(id)]), lex.kb.metrics.get(id)?.heading ?? ''].flatMap((l) => nameStems(l));
  // (By the label it is answered by: a short form a sentence prints, "diluted EPS", is no word to trade.)
  const named = g.matches.flatMap((m) => nameStems(m.name).filter((s) => !NEUTRAL.has(s) && said.has(s) && m.ids.every((id) => lex.matcher.labelStems(id).includes(s))));
  const ids = g.matches.flatMap((m) => m.ids);
  return (id) => {
    if (ids.includes(id) || !named.length) return false;
    const label = own(id);
    const dropped = named.filter((s) => !label.includes(s));
    const unsaid = label.filter((s) => !NEUTRAL.has(s) && !said.has(s));
    if (!dropped.length || !unsaid.length) return false;
    // (Only where the release prints the line with the word said in their place: "Copper recovery" beside "Gold
    // recovery". "Net loss attributable to noncontrolling interests" for "net income ... minority interests" has none.)
    // (A rate per a thing unsaid is no sibling: "Brokerage revenue per load" beside "Freight brokerage", asked "brokerage revenue".)
    const sibling = [...label.filter((s) => !unsaid.includes(s)), ...dropped];
    const rate = (other: string) => !perSaid && /\bper\b/i.test(lex.matcher.label(other));
    return [...lex.kb.metrics.keys()].some((other) => other !== id && sibling.every((s) => own(other).includes(s)) && !rate(other));
  };
}

/**
 * Whether a neutral word said, left out to find the line, is one the name's own line holds and the line found lacks
 * ("net written premiums": net premiums earned holds "net", gross written premiums not): it tells the lines apart.
 */
function droppedApart(lex: Lexicon, g: Group, found: string[]): boolean {
  // (By the labels' own words: "number" of "number of V-pocket loans" is a name people give the count, no word of its label.)
  const has = (id: string, s: string) => lex.matcher.labelStems(id).includes(s);
  const own = g.matches.flatMap((m) => m.ids);
  return g.words.some((t) => NEUTRAL.has(t.stem) && own.some((id) => has(id, t.stem)) && found.every((id) => !own.includes(id) && !has(id, t.stem)));
}

/** Whether the one line's own sentence, each one it is read from, holds every word ("connected" of "our platform has connected 159 ... partners"). */
function saidBeside(lex: Lexicon, ids: string[], words: Token[]): boolean {
  // (An acronym names a thing of its own, a part the sentence also names: "ICE share of the capital-light volume";
  // a measure word another figure: "EBITDA growth, and the margin".)
  if (ids.length !== 1 || !words.length || words.some((t) => lex.acronyms.has(t.word) || MEASURES.has(t.stem))) return false;
  const read = lex.kb.facts.filter((f) => f.metric === ids[0] && f.source === 'narrative');
  // (A word the sentence holds only in another line's name names that line: "written" of "Gross written premiums of
  // ...; net premiums earned grew ..." asks net premiums written, never the premiums earned.)
  const lines = new Set(read.map((f) => lineOf(f.citation)));
  const others = [...new Set(lex.kb.facts.filter((f) => f.metric !== ids[0] && lines.has(lineOf(f.citation))).map((f) => lex.matcher.label(f.metric).toLowerCase()))];
  const quotes = read.map((f) => new Set(nameStems(others.reduce((q, label) => q.split(label).join(' '), ownPart(f.citation.quote).toLowerCase()))));
  return quotes.length > 0 && quotes.every((q) => words.every((t) => q.has(t.stem)));
}
