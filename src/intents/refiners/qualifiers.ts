// Refiners over the metric names recognised, in order: names that qualify the name before them ("tenor of loans"), names
// side by side grouped as one ("capital heavy loan volume"), name words left over attached to the name beside them
// ("ending cash"; an unknown word too: "gross profit") or, in a follow-up naming none, to the last turn's line ("and
// investing?"). The line going by all those words replaces the match; where none does, the release doesn't give it.
import type { KnowledgeBase } from '../../knowledge/kb.js';
import type { Answer } from '../answer.js';
import { NEUTRAL } from '../catalog.js';
import type { Turn } from '../context.js';
import type { Lexicon } from '../lexicon.js';
import { unknown } from '../reply.js';
import type { Intent } from '../recognisers/index.js';
import type { MetricMatch } from '../recognisers/metrics.js';
import { OPERATOR_RULES } from '../recognisers/expressions.js';
import { ADDED_BACK } from '../recognisers/added-back.js';
import { FIGURE_OPS, NET_FLOW, PAIRED, WHOLE_BEFORE, type Operation } from '../recognisers/operations.js';
import { nameStems, type Token } from '../text.js';
import { refineGroups, strayModified, type Group } from './grouping.js';
import { PART_JOIN } from '../recognisers/runs.js';
import { oneResidual } from './qualified-copies.js';
import { unsaidQualifier } from './unsaid-qualifier.js';
import { onBasisAsked, onBasisOf, onBasisSaid } from '../other-basis.js';
import { including } from './including.js';
import { pairLoose, partOfWhole } from './pairing.js';
import { besideThread, besideThreadOf, itemOfListed, nearestToThread, parentOf, sameHead, threadPart } from './thread-part.js';
import { partCarried } from './part-carried.js';
import { standardLines } from './standard-names.js';
import { otherMeasure } from './other-measure-asked.js';
import { measureMeant } from './standard-measures.js';
import { taxMeant } from './tax-measures.js';
import { numberMeant } from './name-numbers.js';
import { standingCount } from './standing-count.js';

/** What every qualifier step reads: the question's words apart from its names, sorted by role. */
export interface Words {
  lex: Lexicon;
  intent: Intent;
  last: Turn | undefined;
  /** Content words outside every name. */
  leftover: Token[];
  /** Those that are words of some metric's name (not a cue's, unless neutral). */
  named: Token[];
  /** Those that say which line (not neutral). */
  said: Token[];
  /** Words neither the bot nor the release knows. */
  strays: Token[];
  isCue: (t: Token) => boolean;
}

// ("and as % of platform services?": the whole a share is asked of is the line named, never the thread's sibling or part.)
/** Whether the words before `at` ask for a share of a whole ("as % of total ..."). */
const wholeAsked = (intent: Intent, at: number) => intent.ops.includes('share') && WHOLE_BEFORE.test(intent.text.slice(0, at));

/** Whether what stands between a and b in the text is only the given glue. */
export const gap = (text: string, glue: RegExp) => (a: { end: number }, b: { start: number }) => a.end <= b.start && glue.test(text.slice(a.end, b.start));
/** A word qualifies a name it stands right beside, or joins it by "of" ("cost of revenue"). */
export const JOINED = /^[\s-]*(?:of\s+(?:the\s+)?)?$/;
/** Operations asked of a line by its name, whose words left over beside a name qualify it. */
const NAMED_OPS: Operation[] = [...FIGURE_OPS, 'reason'];
export const notGiven = (lex: Lexicon, phrase: string): Answer => unknown(`The release doesn't give "${phrase.trim()}".${lex.suggestions(phrase)} Say "help" for what I can answer.`);

/**
 * The names qualified by the words beside them; then a standard or tax measure named (standard-measures.ts, tax-measures.ts)
 * is answered only by a line that means it, a name number (name-numbers.ts) only by its line, a count outstanding
 * (standing-count.ts) never by a period's average.
 */
export const qualify = (lex: Lexicon, intent: Intent, last: Turn | undefined): MetricMatch[] | Answer =>
  standingCount(lex, intent, numberMeant(lex, intent, taxMeant(lex, intent, measureMeant(lex, intent, qualified(lex, intent, last)))));

function qualified(lex: Lexicon, intent: Intent, last: Turn | undefined): MetricMatch[] | Answer {
  const whole = including(lex, intent, dropQualifiers(intent, lex.kb));
  if (!Array.isArray(whole)) return whole;
  const matches = distribute(lex, intent, whole);
  // A reason is asked of a line as a figure is: its words beside the name say which ("why did sales n marketing drop").
  if (!NAMED_OPS.includes(intent.ops[0]!)) return matches;
  const leftover = lex.matcher.unexplained(intent.bare, [...intent.metrics, ...whole]);
  const isCue = lex.isCue(intent.text);
  const named = leftover.filter((t) => lex.matcher.isNameWord(t.word) && (!isCue(t) || NEUTRAL.has(t.stem)) && !isOperator(intent, t));
  const w: Words = { lex, intent, last, leftover, named, said: named.filter((t) => !NEUTRAL.has(t.stem)), strays: leftover.filter((t) => lex.unknownWord(t)), isCue };
  if (!matches.length) return namelessFollowUp(w, matches);
  const groups = groupNames(intent, matches);
  turnToSibling(w, groups);
  const rest = attachWords(intent, groups, [...named]);
  // (A share's or ratio's other side is read against the named side's own line, the words beside it taken: "ICE o/s
  // as % of capital-light o/s" is ICE's balance beside the capital-light balance, not beside its fees.)
  const first = PAIRED.includes(intent.ops[0]!) ? refineGroups(w, groups) : null;
  if (first && !Array.isArray(first)) return first;
  const loose = pairLoose(w, groups, rest, first ?? matches);
  if (!Array.isArray(loose)) return loose;
  const refined = first ?? refineGroups(w, groups);
  if (!Array.isArray(refined)) return refined;
  const out = besideThreadOf(lex, last, refined);
  const modified = strayModified(w, out);
  if (modified) return notGiven(lex, intent.text.slice(Math.min(modified.stray.start, modified.name.start), modified.name.end));
  // A word no line goes by that heads the words a name grew to, "price" of "average price of repurchased shares", is what
  // is asked, the name only what it is of: never dropped (a word cut short of the line's own, "orig", is the line's).
  const cut = (m: MetricMatch, t: Token) => m.ids.some((id) => lex.matcher.labelStems(id).some((s) => s.startsWith(t.word)));
  const heads = (m: MetricMatch, t: Token) => m.start <= t.start && t.end < m.end && /^\s+of\s/.test(intent.text.slice(t.end)) && !cut(m, t);
  const holding = out.find((m) => m.exact && w.strays.some((t) => heads(m, t)));
  if (holding) return notGiven(lex, intent.text.slice(holding.start, holding.end));
  const lines = partCarried(lex, intent, partOfWhole(lex, intent, [...out, ...loose].sort((a, b) => a.start - b.start)));
  if (!Array.isArray(lines)) return lines;
  return otherMeasure(lex, intent, lines) ?? lines;
}

/**
 * A word that is the whole of what stands between two names and an operator on them ("profit before tax
 * before exceptional items"): the expression's, never a word of the name before it.
 */
function isOperator(intent: Intent, t: Token): boolean {
  const before = intent.metrics.filter((m) => m.end <= t.start).at(-1);
  const after = intent.metrics.find((m) => m.start >= t.end);
  const between = before && after ? intent.text.slice(before.end, after.start) : '';
  // ("capex including equipment leased to others": the word adding a part back, recognisers/added-back.ts.)
  return OPERATOR_RULES.some((r) => r.sign !== 'plus' && r.pattern.test(between)) || ADDED_BACK.test(between);
}

/** A question naming no line: its name words turn the last line to a sibling, or fit a few lines to ask among. */
function namelessFollowUp(w: Words, matches: MetricMatch[]): MetricMatch[] | Answer {
  const { lex, intent, last } = w;
  // "and the net change?": the words of a net flow's name, which the operation cues would otherwise take.
  const flow = NET_FLOW.exec(intent.text);
  const flowWords = flow ? w.leftover.filter((t) => t.start >= flow.index && t.end <= flow.index + flow[0].length) : [];
  const [said, named] = flowWords.length ? [flowWords, flowWords] : [w.said, w.named];
  // ("balance?" after a volume: a neutral word alone may still turn a follow-up to a sibling.)
  const words = said.length ? said : last?.metrics.length && intent.ops[0] === 'value' ? named : [];
  if (!words.length) return matches;
  const [start, end] = [words[0]!.start, words[words.length - 1]!.end];
  const joined = gap(intent.text, JOINED);
  const stray = w.strays.find((t) => said.some((x) => joined(t, x) || joined(x, t)));
  if (stray) return notGiven(lex, intent.text.slice(Math.min(stray.start, start), Math.max(stray.end, end)));
  const stems = said.map((t) => t.stem);
  const as = (ids: string[]) => [{ ids, name: intent.text.slice(start, end), start, end, exact: true }];
  // ("as % of total o/s" after a sum: the whole a share is asked of is the line its words name, never a sibling of the thread's.)
  if (last?.metrics.length && !wholeAsked(intent, start)) {
    // "the current one": the last turn's lines that go by the words; else the line they turn it to ("and investing?").
    // (By every word said, a neutral one too: "of which total solutions" after ICE and other technology solutions
    // names no line of the thread but the part "Total Solutions", never the thread's line that goes by "solutions".)
    const among = lex.matcher.goingBy(named.map((t) => t.stem), last.metrics);
    if (among.length && among.length < last.metrics.length) return as(itemOfListed(lex, last, among, stems) ?? among);
    const kept = onBasisOf(lex, last, intent.modifiers);
    // (Only words that say which line turn to one beside it: "the number in USD" says none.)
    const beside = stems.length ? besideThread(lex, lex.matcher.goingBy(stems).filter(kept), last) : null;
    if (beside) return as(beside);
    const context = last.metrics.flatMap((id) => lex.matcher.contextOf(id));
    // A sibling of the last line on its basis, not the line itself: the follow-up turns away from it.
    const siblings = (ws: Token[]) => lex.matcher.refine(ws.map((t) => t.stem), context).filter((id) => !last.metrics.includes(id) && kept(id));
    const withNeutral = siblings(named);
    const found = withNeutral.length ? withNeutral : siblings(said);
    if (found.length) return as(found);
    if (!said.length) return matches;
  }
  // Name words alone ("delinquency rate", "weighted average ADS") that fit a few lines ask which,
  // where no other word says more ("customer acquisition cost"); lines to add up are the sum's.
  // ("balance under ICE" of a line printed "balance for ICE": the word joining a part to its measure is any such word.)
  const partOf = said.some((t) => PART_JOIN.test(t.word)) ? lex.matcher.refine(named.filter((t) => !PART_JOIN.test(t.word)).map((t) => t.stem)) : [];
  if (partOf.length === 1 && !intent.ops.includes('sum')) return as(partOf);
  const found = onBasisSaid(intent.modifiers, lex.matcher.goingBy(stems), (id) => lex.matcher.label(id));
  const unsaid = w.leftover.some((t) => !named.includes(t) && !w.isCue(t) && !/^\d/.test(t.word));
  // One residual line and its copies in qualified columns are no lines to ask among (qualified-copies.ts).
  const standard = standardLines(lex, named.map((t) => t.word).join(' '), found); // (never "Other income" for "net income")
  if (!Array.isArray(standard)) return standard;
  const several = found.length >= 2 && found.length <= 3 && !unsaid && !intent.ops.includes('sum') && !oneResidual(lex, found, intent.text);
  // (Read of the lines a standard name may be: "Interest and other income" lacks the "net" of "net income" but is no candidate.)
  if (several) return !last?.metrics.length && unsaidQualifier(lex, standard, named.map((t) => t.stem)) ? notGiven(lex, intent.text.slice(start, end)) : as(standard);
  return last?.metrics.length ? notGiven(lex, intent.text.slice(start, end)) : matches;
}

/** Names side by side, or joined as one line's name is ("balance under capital-light ...", "volume through ICE"). */
function groupNames(intent: Intent, matches: MetricMatch[]): Group[] {
  const joined = gap(intent.text, /^[\s-]*(?:(?:under|through|across)\s+(?:the\s+)?)?$/);
  // "net income per ordinary share, diluted": a name per share or ADS is one figure, never two lines.
  const perUnit = gap(intent.text, /^\s*per\s+(?:class [a-z]\s+|common\s+|ordinary\s+)?$/);
  const oneName = (a: MetricMatch, b: MetricMatch) => joined(a, b) || (perUnit(a, b) && /^(?:share|ads)\b/.test(intent.text.slice(b.start, b.end)));
  const groups: Group[] = [];
  for (const m of matches) {
    const g = groups[groups.length - 1];
    if (g && oneName(g.matches[g.matches.length - 1]!, m)) g.matches.push(m);
    else groups.push({ matches: [m], words: [] });
  }
  return groups;
}

/** A follow-up that turns to a line beside the thread's: "and the liabilities?", "how much of it ...", "the ... one". */
const TURNS_ASIDE = /^\s*(?:and|what about|how about|same for|now)\b|\bof (?:it|that|this|those|them|which)\b|\bone\s*[?.!]*$/;

/**
 * A follow-up naming a line by what tells it from the last one's sibling ("the credit driven one"
 * after the platform other services fees; "and the liabilities?" after deferred tax assets; "how much
 * of it capital light" after the loan volume; "capital light" after the loan balance, a balance where
 * the name alone is a quarter's fees): the one line that keeps the thread's other words.
 */
function turnToSibling(w: Words, groups: Group[]): void {
  const { lex, intent, last } = w;
  const only = groups.length === 1 && groups[0]!.matches.length === 1 ? groups[0]!.matches[0]! : null;
  const context = last?.metrics.flatMap((id) => lex.matcher.contextOf(id)).filter((s) => !NEUTRAL.has(s)) ?? [];
  if (!only || !last?.metrics.length || wholeAsked(intent, only.start)) return;
  const beside = besideThread(lex, only.ids, last);
  // ("how much was capital light" after the loan volume: the volume's part, not the capital-light fees.)
  const part = beside ?? threadPart(lex, intent, last, only);
  if (part) {
    groups[0] = { ...groups[0]!, matches: [{ ...only, ids: part }], threadChosen: true };
    return;
  }
  if (new Set(context).size < 2) return;
  const otherKind = only.ids.every((id) => last.metrics.every((l) => lex.timingOf(id) !== lex.timingOf(l)));
  if (!TURNS_ASIDE.test(intent.text) && !otherKind) {
    // "diluted?" after basic EPS per share, or after the basic ADS count: the line nearest the thread's (thread-part.ts).
    const nearest = nearestToThread(lex, last, only, context);
    if (nearest.length === 1) groups[0] = { ...groups[0]!, matches: [{ ...only, ids: nearest }], threadChosen: true };
    return;
  }
  // ("what about net income?" after operating income: never the cash flow's "adjustments to reconcile net income to
  // cash generated by operating activities", which holds the thread's word, over the line named; a sibling sits under
  // the thread line's statement or the named line's, where the name said is a line's whole label.)
  const statementOf = (id: string) => lex.kb.metrics.get(id)?.statement;
  const flat = (t: string) => nameStems(t).join(' ');
  const ownLine = only.ids.some((id) => flat(lex.matcher.label(id)) === flat(only.name));
  const own = new Set(ownLine ? [...only.ids, ...last.metrics].map(statementOf).filter(Boolean) : []);
  // (Never off the basis the question says: "and the GAAP net income?" after non-GAAP net income is no non-GAAP sibling.)
  const sibling = (sameHead(lex, last, nameStems(only.name), context) ?? lex.matcher.refine(nameStems(only.name), context).filter((id) => !last.metrics.includes(id) && !only.ids.includes(id))).filter((id) => (!own.size || own.has(statementOf(id))) && onBasisAsked(lex, intent.modifiers)(id));
  if (sibling.length !== 1) return;
  // "and under platform services?": the word that puts the sibling under the line named is part of the name.
  const under = UNDER.exec(intent.text.slice(0, only.start));
  const start = under && only.ids.includes(parentOf(lex, sibling[0]!) ?? '') ? under.index : only.start;
  groups[0] = { ...groups[0]!, matches: [{ ...only, ids: sibling, start }], threadChosen: true };
}

/** What puts a line under its parent in a follow-up: "and (the ones) under platform services?". */
const UNDER = /\b(?:under|within|in)\s+(?:the\s+)?$/;

/** A word beside a name, or beside a word beside it ("other technology volume"), qualifies that name; the rest are returned. */
function attachWords(intent: Intent, groups: Group[], rest: Token[]): Token[] {
  const joined = gap(intent.text, JOINED);
  const beside = (t: Token, ms: { start: number; end: number }[]) => joined(t, ms[0]!) || joined(ms[ms.length - 1]!, t);
  for (let grew = true; grew; ) {
    grew = false;
    for (const t of [...rest]) {
      const g = groups.find((g) => beside(t, [...g.matches, ...g.words].sort((a, b) => a.start - b.start)));
      if (!g) continue;
      g.words.push(t);
      rest.splice(rest.indexOf(t), 1);
      grew = true;
    }
  }
  return rest;
}

/**
 * Names that qualify the name before them: "tenor of loans", "effect ... on cash" (a one-word name after
 * "of" or "on"); "other services fees under credit driven services" (the parent line of one of the
 * lines the name fits, which picks that one).
 */
function dropQualifiers(intent: Intent, kb: KnowledgeBase): MetricMatch[] {
  const out: MetricMatch[] = [];
  for (const m of intent.metrics) {
    const prev = out[out.length - 1];
    const between = prev ? intent.text.slice(prev.end, m.start) : '';
    if (prev && m.name.split(' ').length === 1 && /^\s*(?:of|on)\s+(?:the\s+)?$/.test(between)) continue;
    const children = prev && prev.ids.length > 1 && /^\s*(?:under|in|within|of|for|from)\s+(?:the\s+)?$/.test(between) ? prev.ids.filter((id) => m.ids.includes(kb.metrics.get(id)?.parent ?? '')) : [];
    if (children.length) {
      out[out.length - 1] = { ...prev!, ids: children, end: m.end, name: intent.text.slice(prev!.start, m.end) };
      continue;
    }
    out.push(m);
  }
  return out;
}

/**
 * A head shared over "and": in "deferred tax assets and liabilities" the second side is the deferred tax
 * liabilities, where the first name's leading words with the second name a line of their own.
 */
function distribute(lex: Lexicon, intent: Intent, matches: MetricMatch[]): MetricMatch[] {
  return matches.map((m, k) => {
    const prev = matches[k - 1];
    if (!prev || !/^\s*(?:and|&|\+|plus|or|vs\.?|versus|minus|less)\s*$/.test(intent.text.slice(prev.end, m.start))) return m;
    // "Marine Systems segment profit and segment profit margin": the name qualifying the first part
    // picks, among the lines the second fits, the one it qualifies too.
    const qualifier = m.ids.length > 1 ? qualifierOf(lex, intent, matches.slice(0, k - 1), prev) : [];
    if (qualifier.length) {
      const own = lex.matcher.refine([...qualifier, ...nameStems(m.name)]).filter((id) => m.ids.includes(id));
      if (own.length === 1) return { ...m, ids: own };
    }
    const head = nameStems(prev.name).slice(0, -1);
    if (!head.length || nameStems(m.name).length > 1) return m;
    const line = lex.matcher.refine([...head, ...nameStems(m.name)]);
    return line.length === 1 && !m.ids.includes(line[0]!) && !prev.ids.includes(line[0]!) ? { ...m, ids: line } : m;
  });
}

/** The stems of the name, or the run of name words, right before a name ("Marine Systems" in "... segment profit"). */
function qualifierOf(lex: Lexicon, intent: Intent, before: MetricMatch[], name: MetricMatch): string[] {
  const touching = gap(intent.text, /^[\s-]*$/);
  const last = before.at(-1);
  if (last && touching(last, name)) return nameStems(last.name);
  const words = lex.matcher.unexplained(intent.bare, before).filter((t) => t.end <= name.start && lex.matcher.isNameWord(t.word) && !NEUTRAL.has(t.stem));
  const run: Token[] = [];
  for (let at = name as { start: number }, k = words.length - 1; k >= 0 && touching(words[k]!, at); at = words[k--]!) run.unshift(words[k]!);
  return run.map((t) => t.stem);
}
