// Dialogue's periods: which periods a follow-up asks, as a table of named rules (dialogue.ts runs it),
// and what the thread's turns showed that "growth?", "diff between them" or "both dates" point at.
import { monthsOf, periodEnd, periodKey, priorQuarter, shift, yearAgo, type Period } from '../knowledge/period.js';
import type { PeriodRef } from '../knowledge/period-grammar.js';
import { askedPeriod } from '../knowledge/period-resolvers.js';
import type { KnowledgeBase } from '../knowledge/kb.js';
import type { Turn } from './context.js';
import type { Rule, Said } from './dialogue.js';
import type { Intent } from './recognisers/index.js';
import type { Basis } from './frame.js';
import { COMPARED, DIFFERENCE, PAIRED, SHOWN_LINES, type Operation } from './recognisers/operations.js';
import { BOTH_PERIODS, LONE_YEAR } from './recognisers/periods.js';
import type { Answer } from './answer.js';
import { unknown } from './reply.js';

/** The words of the grammar's full year before the release's, when no more than that: "last year", "the prior year's". */
const LAST_YEAR = /^(?:the\s+)?(?:last|prior|previous)[-\s]+year(?:['’]s)?$/i;

const fullYear = (p: Period | null) => p?.kind === 'duration' && p.months === 12;

/** Whether every line the question names is printed for full years only ("Free cash flow" in a table of years). */
/** Words setting one period named against another ("Q1 2024 vs Q1 2023 yoy"): one change between them. Else "growth yoy, quarter and YTD" is each period's own. */
export const SET_AGAINST = /\b(?:vs\.?|versus|against|compared|between)\b|\bfrom\b.+\bto\b/;

/**
 * Whether a change on a basis is each named period's own ("growth yoy for Q1 and Q4"). Two periods one basis apart
 * ("NI q1", "what about Q4?", "so qoq growth") ask the one change between them: the earlier one's own change, from a
 * quarter before it, was answered first as a gap ("The release doesn't give Net income for Q3 2023", r46-095).
 */
export function eachOwnChange(f: { op: string; basis: Basis | null; periodsNamed: boolean; periods: Period[]; topic: string }): boolean {
  if (f.op !== 'change' || !f.basis || !f.periodsNamed || f.periods.length < 2 || SET_AGAINST.test(f.topic)) return false;
  const [a, b] = [...f.periods].sort((x, y) => periodEnd(x).localeCompare(periodEnd(y)));
  const step = f.basis === 'yoy' ? yearAgo : priorQuarter;
  return !(f.periods.length === 2 && periodKey(step(b!)) === periodKey(a!));
}

export const yearsOnly = (kb: KnowledgeBase, intent: Intent) =>
  intent.metrics.length > 0 && intent.metrics.every((m) => m.ids.every((id) => { const ps = kb.periods(id); return ps.length > 0 && ps.every(fullYear); }));

/** A year-ago phrase worded by "last year" ("that same period last yr"), which names the year before the release's. */
const SAID_LAST_YEAR = /\b(?:last|prior|previous)[-\s]year\b/;

/**
 * "the non-GAAP for that same period last yr" after Q1 2023 is asked: the thread is already at the release's quarter
 * last year, which is what the words name, so it stays there, never a year before it (Q1 2022).
 */
function inLastYear(p: PeriodRef, anchor: Period, current: Period): Period | null {
  const already = p.kind === 'relative' && p.shift === 'year_ago' && SAID_LAST_YEAR.test(p.text) && periodKey(anchor) === periodKey(yearAgo(current));
  return already ? anchor : null;
}

/** A quarter named alone ("Q2", "2q"), which the grammar reads as the latest such quarter up to the release's. */
const BARE_QUARTER = /^(?:q[1-4]|[1-4]q)$/i;

/**
 * In a thread, a quarter named alone is the one of that number nearest the thread's period: "what about Q2?" after
 * Q1 2024 is Q2 2024, the next (which the release may not give yet: its decline names that quarter), never Q2 2023,
 * three back; "Q4?" after Q1 2024 stays Q4 2023. Equally near ("Q3?"), the earlier, as read alone.
 */
function nearThread(p: PeriodRef, anchor: Period): Period | null {
  if (p.kind !== 'period' || !BARE_QUARTER.test(p.text.trim())) return null;
  const ahead = shift(p.period, -12);
  const gap = (x: Period) => Math.abs(Date.parse(periodEnd(x)) - Date.parse(periodEnd(anchor)));
  return gap(ahead) < gap(p.period) ? ahead : null;
}

/**
 * "vs 2025?", "and 2025?" naming no line, in a thread at a span shorter than a year (nine months, a quarter): that span in the year
 * named, as "9M 2026 vs 2025" in one question is (recognisers/periods.ts), never the full year, a span unlike it.
 */
function spanInYear(p: PeriodRef, anchor: Period): Period | null {
  const y = LONE_YEAR.exec(p.text.trim())?.[1];
  if (!y || anchor.kind !== 'duration' || anchor.months >= 12) return null;
  return shift(anchor, 12 * (Number(anchor.end.slice(0, 4)) - Number(y)));
}

/** Topics whose year is an outlook's or a plan's name, never a span of figures. */
const YEAR_NAMED: Operation[] = ['guidance', 'buyback', 'fx'];

/** "then": the thread's own period. */
const isThen = (p: PeriodRef) => p.kind === 'relative' && p.shift === 'then';

/** The periods named, resolved: relative ones ("a year earlier", "then") against the thread's period. */
export function namedPeriods(intent: Intent, last: Turn | undefined, current: Period, own: (p: Period, text: string) => Period = (p) => p, yearsOnly = () => false): Period[] {
  const anchor = last ? last.periods[last.periods.length - 1]! : current;
  // "and at quarter end?" after a date contrasts with that date: the release's quarter end; after a
  // quarter, it is that quarter's end.
  const endAnchor = anchor.kind === 'instant' ? current : anchor;
  // "H1 revenue a year earlier": a year before the span the question names where it is not as long as the thread's
  // or the release's quarter (a half against a quarter is no change at all). One as long restates it ("a year ago, Q1 2023").
  const namedRef = intent.periods.find((p) => p.kind === 'period');
  const span = namedRef ? askedPeriod(namedRef, anchor) : null;
  const longer = span?.kind === 'duration' && anchor.kind === 'duration' && span.months !== anchor.months ? span : null;
  const back = (p: PeriodRef) => p.kind === 'relative' && (p.shift === 'year_ago' || p.shift === 'prior_quarter');
  const asked = (p: PeriodRef) => askedPeriod(p, p.kind === 'relative' && p.shift === 'period_end' ? endAnchor : back(p) && longer ? longer : anchor);
  // "last year?" after a quarter is that quarter a year earlier, as "Q1 last year" is ("last fiscal year" stays the year),
  // unless the question asks a full year otherwise ("and full year last year?", a line printed for full years only).
  const yearAsked = () => yearsOnly() || intent.periods.some((p) => !LAST_YEAR.test(p.text.trim()) && fullYear(asked(p)));
  // (A follow-up naming no line, no outlook or plan: "2027 FFO outlook?" asks the year's guidance, "left on the 2024 plan" names
  // a plan by its year; a line printed for years only, its year.)
  const alone = !intent.metrics.length && !YEAR_NAMED.some((o) => intent.ops.includes(o)) && !yearsOnly();
  const read = (p: PeriodRef) => (last && anchor.kind === 'duration' && LAST_YEAR.test(p.text.trim()) && !yearAsked() ? yearAgo(anchor) : inLastYear(p, anchor, current) ?? ((last && (nearThread(p, anchor) ?? (alone ? spanInYear(p, anchor) : null))) || asked(p)));
  // Each as the release's own period, with its own end date: "Q4 FY26" read from a calendar year's months ends in
  // December, after the June quarter it precedes, and the thread's periods are ordered, and changes run, by their ends.
  // ("Q4 non-GAAP NI then?": with a period named, "then" is "in that case", no second period to compare with.)
  const refs = intent.periods.some((p) => !isThen(p)) ? intent.periods.filter((p) => !isThen(p)) : intent.periods;
  const named = refs.flatMap((r) => [read(r)].filter((p): p is Period => p !== null).map((p) => own(p, r.text)));
  // One period named twice ("YTD ... through October 4, 2031") is one period, not two to compare.
  // So is one named two ways that the release prints as one ("the first half of 2031 (26 weeks)").
  return named.filter((p, i) => named.findIndex((q) => periodKey(q) === periodKey(p)) === i);
}

/** A comparison word right before a period phrase: "vs 1Q23", "compared with the prior quarter". */
const COMPARED_BEFORE = new RegExp(`(?:${COMPARED.source})\\s+(?:(?:the|a|that of|levels? (?:of|in)|in|at|as of)\\s+)*$`);
/**
 * "up compared to Q1 2023": one earlier period named right after a comparison word is the basis. In
 * "S&M vs G&A in Q1 2023" the word sets two lines against each other, and Q1 2023 is the period asked.
 */
export const against = (s: Said) =>
  s.named.length === 1 && comparedFirst(s.intent) && periodEnd(s.named[0]!) < periodEnd(s.current) && (s.intent.ops.includes('change') || s.intent.ops.includes('compare'));

/** A period phrase that is a comparison by itself ("half on half", "HoH": against the prior half), the basis whatever precedes it. */
const SELF_COMPARED = /^(?:half[-\s](?:on|over)[-\s]half|hoh|h\/h)$/i;

/** Whether the question's first period stands right after a comparison word, or compares by itself. */
function comparedFirst(intent: Intent): boolean {
  const ref = intent.periods.find((p) => p.kind !== 'unsupported');
  if (ref && SELF_COMPARED.test(ref.text)) return true;
  return COMPARED_BEFORE.test(ref ? intent.text.slice(0, Math.max(0, intent.text.indexOf(ref.text))) : '');
}

/**
 * The periods a declined question leaves the thread at: "change vs end of June" names only the comparison's
 * base, so the thread stays at its own, later period ("and leverage?" then asks that one, not June).
 */
export function periodsLeft(intent: Intent, named: Period[], anchor: Period): Period[] {
  return named.length === 1 && comparedFirst(intent) && periodEnd(named[0]!) < periodEnd(anchor) ? [anchor] : named;
}

/** The period just shown, when the last turn showed one figure for one period. */
const shown = (s: Said) => (s.last?.op === 'value' && s.last.periods.length === 1 ? s.last.periods[0]! : null);

/** The two periods the last turns showed one line at, pointed at ("diff between them", "diff?"), or null. */
/** The two periods the thread showed one line at (earlier first): the last turn's two, or its one and the one before. */
export function threadPair(last: Turn | undefined): Period[] | null {
  if (!last) return null;
  const pair = last.periods.length === 2 ? last.periods : last.periods.length === 1 && last.before ? [last.periods[0]!, last.before] : null;
  return pair && [...pair].sort((a, b) => periodEnd(a).localeCompare(periodEnd(b)));
}

/**
 * "then", "at both dates": periods only the thread can give. Asked with no thread (or one that showed no two
 * periods), the question asks which, never falls back to this quarter or answers one of them alone.
 */
export function threadPeriodMissing(intent: Intent, thread: Turn | undefined): Answer | null {
  const then = thread ? undefined : intent.periods.find(isThen);
  if (then) return unknown(`Which period do you mean by "${then.text.trim()}"? Name it, e.g. "Q4 2023" or "as of December 31, 2023".`, 'unknown-period');
  const both = BOTH_PERIODS.exec(intent.text);
  return both && intent.periods.length < 2 && !threadPair(thread) ? unknown(`Which two periods do you mean by "${both[0]}"? Name them, e.g. "Q4 2023 and Q1 2024".`, 'unknown-period') : null;
}

/** Only the thread's own period named ("QoQ change then?"): no period of its own. */
const thenOnly = (s: Said) => s.intent.periods.every(isThen);

export const shownPair = (s: Said): Period[] | null => {
  const [p, before] = [shown(s), s.last?.before];
  if (!p || !before || s.named.length || s.intent.metrics.length || s.last!.metrics.length !== 1 || !pointed(s)) return null;
  return [p, before].sort((a, b) => periodEnd(a).localeCompare(periodEnd(b)));
};

/** A change asked with no period of its own, the thread having shown its line at an earlier period, then the one just shown. */
function laterShown(s: Said): boolean {
  const [p, before] = [shown(s), s.last?.before];
  if (!p || !before || !thenOnly(s) || !s.intent.ops.includes('change') || periodEnd(before) >= periodEnd(p)) return false;
  return !s.intent.basis || periodKey(before) === periodKey(s.intent.basis === 'yoy' ? yearAgo(p) : priorQuarter(p));
}

/** Cues a question setting the thread's figure against another period may carry besides its period. */
const COMPARING: Operation[] = ['compare', 'change', 'value'];
/** Figures worked from the thread's lines, which a follow-up setting a period against them works again there. */
export const AGAIN: Operation[] = [...PAIRED, 'sum'];
/** Operations that show several lines each on its own: a change's lines "yoy", then "vs Q4", each change again (r56-113). */
const SHOWN_APART: Operation[] = ['compare', 'value', 'change'];
/**
 * "vs 4Q23?", "and Q4 2023 for comparison" naming no line, after a share, ratio or sum, or lines shown or set
 * against each other: the thread's figures again at the period named, compared (r31-002: a new ratio of the
 * share's two lines was answered instead). A basis alone ("QoQ?") after a share keeps asking each line's change.
 */
export const comparedAgain = (s: Said) =>
  Boolean(s.last && (AGAIN.includes(s.last.op) || SHOWN_APART.includes(s.last.op) && s.last.metrics.length > 1)) &&
  !s.intent.metrics.length &&
  (s.named.length === 1 || shareShownTwice(s)) &&
  s.intent.ops.some((o) => o === 'compare' || o === 'change') &&
  s.intent.ops.every((o) => COMPARING.includes(o));

/**
 * "pp change", "diff?" naming no period after a share shown at two periods (r42-139: "as % of total rev", then "a
 * year ago"): the share's change between them, never each line's change from a period before either.
 */
const shareShownTwice = (s: Said) => s.last?.op === 'share' && !s.named.length && (!s.intent.basis || s.intent.points) && threadPair(s.last)?.length === 2 && periodKey(threadPair(s.last)![0]!) !== periodKey(threadPair(s.last)![1]!);

/** The thread's period and the one named against it, earlier first; one if they are one. The two a share was shown at, where none is named. */
function againstThread(s: Said): Period[] {
  if (!s.named.length) return threadPair(s.last)!;
  const [p, other] = [s.last!.periods.at(-1) ?? s.current, s.named[0]!];
  return periodKey(other) === periodKey(p) ? [p] : [other, p].sort((a, b) => periodEnd(a).localeCompare(periodEnd(b)));
}

/**
 * "vs 2025?" after nine months: the thread's span, where it is as long as the one named and this quarter is not (set
 * against the quarter, nine months is a change between unlike spans, declined).
 */
function likeSpan(s: Said): Period | null {
  const [named, thread] = [s.named[0]!, s.last?.periods.at(-1)];
  const like = thread && monthsOf(named) !== monthsOf(s.current) && monthsOf(thread) === monthsOf(named) && periodEnd(thread) > periodEnd(named);
  return like ? thread : null;
}

/** "previous?", "the prior one?" alone after a figure of the thread (no line, no period named). */
const previousAsked = (s: Said) => Boolean(s.last && s.last.op !== 'guidance' && s.last.periods.length === 1 && !s.named.length && ((s.intent.modifiers.has('prior') && !s.intent.metrics.length) || priorOfThread(s.intent, s.last)));
/** "prior dividend?" after the dividend: the thread's own line named after "prior" asks it a period back, never its figure again (h33-011). */
const PRIOR_OPENING = /^\W*(?:(?:and|so|ok|okay)\W+)?(?:(?:what\s+(?:was|were|is)\s+)?(?:the|its|their)\s+)?(?:prior|previous)\s+(?!(?:years?|quarters?|periods?|fiscal|guidance|outlook|forecast|range)\b)/i;
export const priorOfThread = (intent: Intent, last: Turn) => PRIOR_OPENING.test(intent.text) && intent.metrics.length > 0 && intent.metrics.every((m) => m.ids.some((id) => last.metrics.includes(id)));

/** Whether the release prints figures for a period. */
const hasFigures = (s: Said, p: Period) => s.lex.kb.facts.some((f) => f.role === 'value' && periodKey(f.period) === periodKey(p));

export const PERIOD_RULES: Rule<Period[]>[] = [
  { name: '"at both dates": the two periods the thread showed', applies: (s) => BOTH_PERIODS.test(s.intent.text) && s.named.length < 2 && threadPair(s.last) !== null, produce: (s) => threadPair(s.last)! },
  { name: '"vs 4Q23?" after a share or ratio: the thread\'s period and the one set against it', applies: comparedAgain, produce: againstThread },
  { name: 'vs a period: the one named is the basis, this quarter (or the thread\'s span as long as it) the other', applies: against, produce: (s) => [s.named[0]!, likeSpan(s) ?? s.current] },
  {
    // "and a year earlier?" then "growth?": the change from the period just shown to the release's own
    // ("YoY change?" after the same quarter a year earlier was shown is that change too).
    name: 'a change after an earlier period was shown: from it to this quarter',
    applies: (s) => {
      const p = shown(s);
      const basisOfShown = !s.intent.basis || (p && periodKey(p) === periodKey(s.intent.basis === 'yoy' ? yearAgo(s.current) : priorQuarter(s.current)));
      return Boolean(p && thenOnly(s) && basisOfShown && s.intent.ops.includes('change') && periodEnd(p) < periodEnd(s.current));
    },
    // The later end is the period shown before it ("Q3 2025 net income", "and a year earlier?"), else this quarter.
    produce: (s) => {
      const p = shown(s)!;
      const before = s.last?.before;
      return [p, before && periodEnd(before) > periodEnd(p) ? before : s.current];
    },
  },
  // ("NIBD at 31 Dec 2025?", "and at the end of Q3 2026?", "so how much did it increase?": between the two dates the thread
  // named, never from the quarter before the later one, h56-025. A basis naming another period, "qoq growth?", keeps its own.)
  { name: 'a change after one line was shown at an earlier period, then this one: between the two', applies: laterShown, produce: (s) => [s.last!.before!, shown(s)!] },
  { name: '"diff between them" after one line at two periods: those two, earlier first', applies: (s) => shownPair(s) !== null, produce: (s) => shownPair(s)! },
  // ("dividend?", then "previous?": the thread's figure a period back, never the thread's again, h32-010. After guidance it
  // asks the earlier outlook, which the guidance handler reads.)
  { name: '"previous?" alone after a figure: the period before the thread\'s', applies: previousAsked, produce: (s) => { const p = s.last!.periods.at(-1)!; return [p.kind === 'duration' ? shift(p, p.months) : priorQuarter(p)]; } },
  { name: 'periods named', applies: (s) => s.named.length > 0, produce: (s) => s.named },
  // ("how big was the 2023 buyback plan", then "and the new one?": the newest plan, never the thread's year again.)
  { name: '"and the new one?" naming no period: the newest, this quarter\'s, never the thread\'s', applies: (s) => Boolean(s.last) && s.intent.modifiers.has('latest'), produce: (s) => [s.current] },
  { name: "the thread's periods", applies: (s) => Boolean(s.last), produce: (s) => s.last!.periods },
  // ("net income for the 39 weeks", then "diluted eps?": the 39 weeks, never this quarter's. A plan's year, "the 2024 plan", is no period of figures.)
  { name: 'a new line asked with no period, in a thread at a period of figures it named: that period', applies: (s) => Boolean(s.context?.periodsNamed) && !s.intent.periods.length && hasFigures(s, s.context!.periods.at(-1)!), produce: (s) => [s.context!.periods.at(-1)!] },
  { name: 'this quarter', applies: () => true, produce: (s) => [s.current] },
];

/** Words that point back to the lines just shown. */
export const THEM = new RegExp(`\\b${SHOWN_LINES}\\b`);
/** A follow-up pointing at what was just shown: "them", or a difference asked with no line named ("diff?"). */
export const pointed = (s: Said) => THEM.test(s.intent.text.replace(BOTH_PERIODS, ' ')) || TOTAL_ONLY.test(s.intent.text) || (DIFFERENCE.test(s.intent.rest) && !s.intent.metrics.length && !s.named.length);
/**
 * A follow-up that is only a total word ("total?", "and the sum?", "combined?", "in total?", "altogether?", "what's
 * that combined", "what do they add up to"): the lines just shown, added.
 */
/** Words that alone ask a sum. */
const SUM_WORD = String.raw`total|sum|combined|together|altogether|in\s+total|(?:sum|grand)\s+total|aggregate|added(?:\s+up)?|summed`;
export const TOTAL_ONLY = new RegExp(String.raw`^\W*(?:and\s+|so\s+)?(?:(?:what(?:'s| is| was| are)\s+)?(?:the|that|those|these|it|they)\s+)?(?:${SUM_WORD})\W*$|^\W*(?:and\s+|so\s+)?what do (?:they|those|these|both|the two) (?:total|add up to|sum to|come to)\W*$`, 'i');

/** The period the last turn showed, where this one shows the same lines at one other period: what "growth?" runs between. */
export function periodBefore(last: Turn | undefined, turn: Turn): Period | undefined {
  // (A share shown at one period, then another, is one figure at two: "pp change" asks between them.)
  const one = (t: Turn) => (t.op === 'value' || t.op === 'share') && t.periods.length === 1;
  if (!last || !one(last) || !one(turn) || last.op !== turn.op || last.metrics.join() !== turn.metrics.join()) return undefined;
  return periodKey(last.periods[0]!) === periodKey(turn.periods[0]!) ? last.before : last.periods[0];
}

/** Periods of one length. */
export const alike = (ps: Period[]) => new Set(ps.map((p) => (p.kind === 'duration' ? p.months : 0))).size === 1;
/**
 * Periods listed by "and" or a comma, each named whole: "PAT for Q2 and for H1" asks two figures, one a
 * period. Not "9M last year" (one span the grammar read as two), which stays a change, declined as unlike.
 */
export function listed(intent: Intent): boolean {
  const refs = [...intent.periods].sort((a, b) => intent.text.indexOf(a.text) - intent.text.indexOf(b.text));
  const gaps = refs.slice(1).map((r, k) => intent.text.slice(intent.text.indexOf(refs[k]!.text) + refs[k]!.text.length, intent.text.indexOf(r.text)));
  return refs.every((r) => !RELATIVE_YEAR.test(r.text)) && gaps.length > 0 && gaps.every((g) => /^[\s,]*(?:and|&)?\s*(?:for|in)?\s*(?:the\s+)?$/.test(g) && /,|\band\b|&/.test(g));
}
const RELATIVE_YEAR = /\b(?:last|prior|previous|this|next|current)\s+(?:fiscal\s+)?year\b/;
