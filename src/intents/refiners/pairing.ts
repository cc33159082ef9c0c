// Pairing refiner: in a share or a ratio, a word beside no name may be the other figure; it is not
// taken to qualify the one name ("ICE share of total loan volume": the ICE line of loan volume).
// Elsewhere, words apart from every name that name a line of their own are another figure the answer
// would leave out ("... and security deposits"), and decline.
import type { Answer } from '../answer.js';
import type { Lexicon } from '../lexicon.js';
import type { Intent } from '../recognisers/index.js';
import { EXAMPLES, NEUTRAL } from '../catalog.js';
import { familyOf } from '../families.js';
import type { MetricMatch } from '../recognisers/metrics.js';
import { EXCLUDE, isPartOf } from '../recognisers/expressions.js';
import { PAIRED, WHOLE_BEFORE } from '../recognisers/operations.js';
import { unknown } from '../reply.js';
import { nameStems, type Token } from '../text.js';
import type { Group } from './grouping.js';
import type { Words } from './qualifiers.js';
import { MANNER_WORDS } from '../vocabulary.js';
import { standardLines } from './standard-names.js';
import { ITEM_AFTER, ITEM_BEFORE } from '../recognisers/list-head.js';

/** A comparison word between one name and the words naming the other side. */
const VERSUS = /\b(?:vs\.?|versus|compared (?:to|with)|against)\s/;

/** The other side named by loose words (as a match), none, or a decline. */
export function pairLoose(w: Words, groups: Group[], rest: Token[], matches: MetricMatch[]): MetricMatch[] | Answer {
  const { lex, intent } = w;
  const paired = PAIRED.includes(intent.ops[0]!);
  // (Unless, with the one name, they are one line's name: "cash ... for investing activities".)
  const apart = rest.filter((t) => !NEUTRAL.has(t.stem));
  const oneLine = lex.matcher.refine([...matches.flatMap((m) => nameStems(m.name)), ...apart.map((t) => t.stem)]).length > 0;
  // (A sum's loose words are one more line to add: refiners/terms.ts adds it, or declines naming them.)
  const apartLines = lex.matcher.goingBy(apart.map((t) => t.stem));
  // ("gross profit minus opex": a standard name whose words fit only lines of another measure names no line: declined by its name.)
  const standard = apart.length ? standardLines(lex, intent.text.slice(apart[0]!.start, apart.at(-1)!.end), apartLines) : apartLines;
  if (!Array.isArray(standard) && !oneLine) return standard;
  if (!paired && intent.ops[0] !== 'sum' && !oneLine && apart.length >= 2 && apartLines.length) {
    return unknown(`That names more than one line ("${intent.text.slice(apart[0]!.start, apart[apart.length - 1]!.end)}" too). Ask for each, or for their sum, e.g. "cash and cash equivalents plus restricted cash".`, 'ambiguous');
  }
  const term = termApart(w, groups, rest);
  if (term) return term;
  // "diluted EPS per share vs per ADS": words after a comparison word beside one name are the other side.
  const versus = intent.ops[0] === 'compare' && groups.length === 1 ? VERSUS.exec(intent.text.slice(groups[0]!.matches.at(-1)!.end)) : null;
  const after = versus ? groups[0]!.matches.at(-1)!.end + versus.index : Infinity;
  const loose: Token[] = [];
  // (The other side's words with those any line may have: "Total" of "Total Solutions", where the rest fit several.)
  const whole: Token[] = [];
  for (const t of rest) {
    if (paired && t.start <= after && intent.ops[0] === 'share') whole.push(t);
    if (t.start > after && !NEUTRAL.has(t.stem)) loose.push(t);
    // (A word on the far side of an exclusion is the whole it is taken from, no qualifier: "provisions excluding X".)
    else if (groups.length === 1 && !paired) {
      if (!acrossExclusion(intent.text, t, groups[0]!.matches) && !inOtherItem(w, t, groups[0]!.matches, rest)) groups[0]!.words.push(t);
    }
    else if (paired && !NEUTRAL.has(t.stem) && (intent.ops[0] === 'share' || !familyOf(lex.kb, t).length)) loose.push(t);
  }
  // (Words only of manner name no other side: "vs Dec 31 in % terms", "vs last year in RMB terms".)
  if (loose.every((t) => MANNER_WORDS.has(t.word))) return [];
  const namedIds = matches.flatMap((m) => m.ids);
  const siblingOf = (ts: Token[]) => {
    const among = otherSide(w, ts, matches);
    // (A line the one named adds into is its whole whatever words they share: "payments' share of revenue".)
    const into = among.every((id) => namedIds.some((n) => isPartOf(lex.kb, n, id)));
    return lex.matcher.refine(ts.map((t) => t.stem), into ? [] : namedIds.flatMap((id) => lex.matcher.contextOf(id)), among).filter((id) => !namedIds.includes(id));
  };
  const few = siblingOf(loose);
  const sibling = few.length !== 1 && loose.length > 0 && whole.length > loose.length && siblingOf(whole).length === 1 ? siblingOf(whole) : few;
  if (sibling !== few) loose.splice(0, loose.length, ...whole);
  const words = loose.map((t) => t.word).join(' ');
  if (sibling.length !== 1) return unknown(`I couldn't tell which line "${words}" means here.${lex.suggestions(words)} Name it as the release does, e.g. "${EXAMPLES[2]}".`, 'not-understood');
  const [start, end] = [loose[0]!.start, loose[loose.length - 1]!.end];
  return [{ ids: sibling, name: intent.text.slice(start, end), start, end, exact: true }];
}

/**
 * The lines a share's or ratio's other side may be, by its words: never a part of the side named where it is the
 * whole, nor a whole of it where it is the part, while another line goes by them ("capital light bal as % of total
 * o/s": the total balance, not the balance for "Total Solutions", a part of the capital-light balance sharing more words).
 */
function otherSide(w: Words, ts: Token[], named: MetricMatch[]): string[] {
  const { lex, intent } = w;
  const fit = lex.matcher.goingBy(ts.map((t) => t.stem));
  // The side after the one named is the whole, unless a share's whole was named first ("what % of revenue is ...").
  const asWhole = ts[0]!.start >= named[0]!.end ? !WHOLE_BEFORE.test(intent.text.slice(0, named[0]!.start)) : WHOLE_BEFORE.test(intent.text.slice(0, ts[0]!.start));
  const ids = named.flatMap((m) => m.ids);
  const kept = fit.filter((id) => !ids.some((n) => (asWhole ? isPartOf(lex.kb, id, n) : isPartOf(lex.kb, n, id))));
  // (As the whole, a line the part adds into is it, not the part's siblings going by the whole's name through their heading:
  // "payments' share of revenue" is of operating revenue, never of financial services "under" it.)
  const into = asWhole ? kept.filter((id) => ids.some((n) => isPartOf(lex.kb, n, id))) : [];
  return into.length ? into : kept.length ? kept : fit;
}

/** An operator of arithmetic between lines, as the whole of a gap: "minus", "less", "plus", "+" (expressions.ts). */
const OPERATOR_GAP = /^[\s,(]*(?:minus|less(?! than)|plus|\+)[\s(]*$/;

/**
 * Words apart from the names that stand as a term of arithmetic between lines, across an operator from a name
 * ("total debt minus cash and short-term investments"): one more line, where exactly one goes by every word of
 * them, else a decline naming them. Never dropped: the arithmetic would be done without that term.
 */
function termApart(w: Words, groups: Group[], rest: Token[]): MetricMatch[] | Answer | null {
  const { lex, intent } = w;
  // (A sum's loose words are terms.ts's to add, or decline naming them.)
  if (PAIRED.includes(intent.ops[0]!) || intent.ops[0] === 'sum' || groups.length < 2) return null;
  const names = groups.flatMap((g) => g.matches);
  const runs: Token[][] = [];
  for (const t of rest) {
    const run = runs.at(-1);
    if (run && /^[\s-]*$/.test(intent.text.slice(run.at(-1)!.end, t.start))) run.push(t);
    else runs.push([t]);
  }
  // (Apart on both sides: an operator or the question's edge, never a list mark joining it to a name, "cash & equivalents".)
  const operand = (r: Token[]) => {
    const [start, end] = [r[0]!.start, r.at(-1)!.end];
    const next = names.find((n) => n.start >= end);
    const prev = names.filter((n) => n.end <= start).at(-1);
    const before = prev ? OPERATOR_GAP.test(intent.text.slice(prev.end, start)) : !/\w/.test(intent.bare.slice(0, start));
    const after = next ? OPERATOR_GAP.test(intent.text.slice(end, next.start)) : !/\w/.test(intent.bare.slice(end));
    return before && after && (Boolean(prev) || Boolean(next));
  };
  const run = runs.find((r) => r.some((t) => !NEUTRAL.has(t.stem)) && operand(r));
  if (!run) return null;
  const [start, end] = [run[0]!.start, run.at(-1)!.end];
  const words = intent.text.slice(start, end);
  const lines = lex.matcher.goingBy(run.map((t) => t.stem)).filter((id) => !names.some((n) => n.ids.includes(id)));
  if (lines.length !== 1) return unknown(`I couldn't tell which line "${words}" is, to work it into that arithmetic.${lex.suggestions(words)} Name it as the release does.`, 'not-understood');
  return [{ ids: lines, name: words, start, end, exact: true }];
}

/** Whether an exclusion word stands between a word and the names it would qualify. */
function acrossExclusion(text: string, t: Token, ms: MetricMatch[]): boolean {
  const [first, last] = [ms[0]!, ms[ms.length - 1]!];
  return EXCLUDE.test(t.end <= first.start ? text.slice(t.end, first.start) : text.slice(last.end, t.start));
}

/**
 * Whether a word stands in another item of a list, across a list mark from the names with a word between that
 * neither is taken nor is a word of the names' lines, whole or shortened ("income gizmos and net income"): no
 * qualifier, else the name would stretch over that item and claim its words, and the item would go unsaid. (Not
 * "EPS, diluted": only the mark stands between; nor "fac, orig & servicing exp": a line's label listing them.)
 */
function inOtherItem(w: Words, t: Token, ms: MetricMatch[], rest: Token[]): boolean {
  const [first, last] = [ms[0]!, ms[ms.length - 1]!];
  const [from, to] = t.end <= first.start ? [t.end, first.start] : [last.end, t.start];
  if (!(t.end <= first.start ? ITEM_BEFORE : ITEM_AFTER).test(w.intent.text.slice(from, to))) return false;
  const own = ms.flatMap((m) => m.ids).flatMap((id) => w.lex.matcher.labelStems(id));
  const held = (x: Token) => x.stem.length > 2 && own.some((s) => s.startsWith(x.stem));
  return w.leftover.some((x) => x.start >= from && x.end <= to && !rest.includes(x) && !held(x));
}

/** Words for what a whole measures, which its parts measure too. */
const MEASURE_OF_WHOLE = new Set(['volum', 'balanc']);

/**
 * In a share of two lines, the part as the whole's sibling: "capital-light share of loan volume" is the
 * capital-light volume, not the capital-light fees; "capital-light share of o/s balance" the capital-light
 * balance. The part's words pick the line among the whole's kin, where exactly one goes by them.
 */
export function partOfWhole(lex: Lexicon, intent: Intent, matches: MetricMatch[]): MetricMatch[] {
  if (intent.ops[0] !== 'share' || matches.length !== 2) return matches;
  const [part, whole] = matches as [MetricMatch, MetricMatch];
  if (whole.ids.length !== 1 || part.ids.some((id) => lex.kb.metrics.get(id)?.parent === whole.ids[0])) return matches;
  // The whole's measure ("volume", "balance") that the part's line lacks: the part's words with it name the line.
  const measure = lex.matcher.contextOf(whole.ids[0]!).find((w) => MEASURE_OF_WHOLE.has(w));
  if (!measure || part.ids.some((id) => lex.matcher.contextOf(id).includes(measure))) return matches;
  const kin = lex.matcher.refine([...nameStems(part.name), measure]).filter((id) => id !== whole.ids[0] && lex.kindOf(id) === lex.kindOf(whole.ids[0]!));
  return kin.length === 1 ? [{ ...part, ids: kin }, whole] : matches;
}
