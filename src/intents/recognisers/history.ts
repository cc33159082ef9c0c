// The history recogniser: words that ask about a metric across quarters ("each quarter", "over the last
// 4 quarters", "since Q1 2023", "2Q24 thru 1Q25", "TTM") and what to do along them (the series, the
// highest or lowest quarter, the average, compound growth, the trend, sequential changes, the sum).
// Rules as data, each a name and a pattern, pinned by test/corpus/history.jsonl. The phrases read are
// blanked, so the rest of the pipeline reads only the metric's name (and a company's).
import { findPeriods } from '../../knowledge/period-grammar.js';
import { periodEnd, shift, type Period } from '../../knowledge/period.js';
import { execs, tests } from '../../knowledge/prefilter.js';

export type HistoryOp = 'series' | 'highest' | 'lowest' | 'average' | 'growth' | 'trend' | 'changes' | 'sum' | 'overall';

/** Which quarters: every one the releases give, the last n up to the latest, from one on, between two, of one year. */
export type Span = { kind: 'list'; periods: Period[] } | { kind: 'all' } | { kind: 'last'; n: number } | { kind: 'since'; from: Period } | { kind: 'between'; from: Period; to: Period } | { kind: 'year'; year: number };

export interface HistoryAsk {
  op: HistoryOp;
  /** Null where the question names no span (a follow-up takes the thread's). */
  span: Span | null;
  /** Whether the span is only assumed, every quarter, since the words ask along quarters but name none ("is X trending up"). */
  assumed: boolean;
  /** A picture asked for: "chart", "plot", "graph", "trend". */
  chart: boolean;
  /** The question with the span and the operation's words blanked. */
  rest: string;
}

const QUARTER = String.raw`(?:q[1-4]\s*['’-]?\s*(?:fy\s*)?(?:(?:19|20)\d{2}|\d{2})|[1-4]q\s*['’]?\s*(?:(?:19|20)\d{2}|\d{2})|(?:19|20)\d{2}\s*-?\s*q[1-4]|(?:first|second|third|fourth)\s+quarter\s+(?:of\s+)?(?:19|20)\d{2})`;
const COUNT: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12 };

interface SpanRule {
  name: string;
  pattern: RegExp;
  produce(m: RegExpExecArray, current: Period): Span | null;
  /** The operation the phrase itself asks for ("TTM" is a sum). */
  op?: HistoryOp;
  /** A group of the match that is no part of the span (the line's name in "TTM adj EBITDA through Q3"): kept. */
  keep?: number;
}

const quarterIn = (text: string, current: Period): Period | null => {
  const p = findPeriods(text, current).find((r) => r.kind === 'period' && r.period.kind === 'duration' && r.period.months === 3);
  return p?.kind === 'period' ? p.period : null;
};

export const SPAN_RULES: SpanRule[] = [
  { name: 'between two quarters: Q1 2023 to Q4 2023, 2Q24 thru 1Q25, from Q2 2023 through Q1 2024', pattern: new RegExp(String.raw`\b(?:from\s+|between\s+)?(${QUARTER})\s*(?:to|thru|through|until|till|-|–|—)\s*(${QUARTER})`, 'i'), produce: (m, c) => {
    const from = quarterIn(m[1]!, c);
    const to = quarterIn(m[2]!, c);
    return from && to ? { kind: 'between', from, to } : null;
  } },
  { name: 'since a quarter or a year: since Q1 2023, starting Q3 2023, since 2023', pattern: new RegExp(String.raw`\b(?:since|starting(?:\s+(?:from|in|with))?|from)\s+(${QUARTER}|(?:19|20)\d{2}\b)`, 'i'), produce: (m, c) => {
    const from = /^\d{4}$/.test(m[1]!) ? ({ kind: 'duration', end: `${m[1]}-03-31`, months: 3 } as const) : quarterIn(m[1]!, c);
    return from ? { kind: 'since', from } : null;
  } },
  { name: 'trailing twelve months to a quarter: TTM through Q3 2025, LTM ended 3Q25 (that quarter and the three before, added up)', pattern: new RegExp(String.raw`\b(?:ttm|ltm|trailing[- ](?:twelve|12)[- ]months?|last[- ](?:twelve|12)[- ]months)\b(.*?)\b(?:through|thru|to|ending(?:\s+in)?|ended|as\s+of|at)\s+(${QUARTER})`, 'id'), keep: 1, produce: (m, c) => {
    const to = quarterIn(m[2]!, c);
    return to && !/\d/.test(m[1]!) ? { kind: 'between', from: shift(to, 9), to } : null;
  }, op: 'sum' },
  { name: 'trailing twelve months: TTM, LTM, trailing 12 months (the last four quarters, added up)', pattern: /\b(?:ttm|ltm|trailing[- ](?:twelve|12)[- ]months?|last[- ](?:twelve|12)[- ]months)\b/i, produce: () => ({ kind: 'last', n: 4 }), op: 'sum' },
  { name: 'the past year by quarter: by quarter over the past year, over the last year each quarter (the last four quarters)', pattern: /\b(?:by|each|every|per)\s+quarter\s+(?:over|in|for|during)\s+the\s+(?:last|past)\s+year\b|\b(?:over|in|for|during)\s+the\s+(?:last|past)\s+year\s+(?:by|each|every|per)\s+quarter\b/i, produce: () => ({ kind: 'last', n: 4 }) },
  { name: 'the last n quarters: over the last 4 quarters, past four quarters, trailing 4 quarters, last 4Q, in each of the last 4 quarters', pattern: /\b(?:(?:over|in|for|during|across)\s+)?(?:(?:each|every|any)\s+of\s+)?(?:the\s+)?(?:last|past|previous|trailing|latest|recent|most\s+recent)\s+(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|twelve)\s*(?:quarters\b|q\b)/i, produce: (m) => ({ kind: 'last', n: COUNT[m[1]!.toLowerCase()] ?? Number(m[1]) }) },
  { name: 'each quarter of a year: each quarter of 2023, every quarter this year', pattern: /\b(?:each|every|per|by)\s+quarter\s+(?:of\s+|in\s+)?(?:((?:19|20)\d{2})|this\s+year|last\s+year)\b/i, produce: (m, c) => {
    const latest = Number((c.kind === 'duration' ? c.end : c.date).slice(0, 4));
    return { kind: 'year', year: m[1] ? Number(m[1]) : /last/i.test(m[0]) ? latest - 1 : latest };
  } },
  { name: 'the quarters of a year asked which of: which quarter of 2025, in which 2025 quarter', pattern: /\b(?:which|what)\s+(?:quarter\s+(?:of|in)\s+((?:19|20)\d{2})|((?:19|20)\d{2})\s+quarter)\b/i, produce: (m) => ({ kind: 'year', year: Number(m[1] ?? m[2]) }) },
  { name: 'quarterly figures in a year: average quarterly revenue in 2025, quarterly net income for 2024', pattern: /\bquarterly\b(?=.*?\b(?:in|for|during|of|over)\s+((?:19|20)\d{2})\b(?!\s*(?:q[1-4]|quarter)))/i, produce: () => ({ kind: 'all' }) },
  { name: 'each quarter: each quarter, every quarter, quarter by quarter, by quarter, all quarters, over time, history', pattern: /\b(?:(?:(?:at\s+)?(?:the\s+)?end\s+of\s+|for\s+|in\s+)?(?:each|every)\s+quarter|quarter[- ]by[- ]quarter|by\s+quarter|(?:across|in|over|for)\s+(?:all\s+)?(?:the\s+)?quarters|all\s+(?:the\s+)?quarters|over\s+time|historically|(?:the\s+)?history(?:\s+of)?|time\s+series|quarterly\s+(?:series|history|figures|numbers|trend))\b/i, produce: () => ({ kind: 'all' }) },
];

interface OpRule {
  name: string;
  op: HistoryOp;
  pattern: RegExp;
  /** Whether the words ask about history by themselves, with no span named ("is X trending up"). */
  alone: boolean;
  /** Only beside a span the question names: after a series, "net income change YoY" is no step along it. */
  ownSpan?: boolean;
  /** Words that must be there too, read with the rule's (the quarter a superlative picks). */
  with?: RegExp;
  /** Words that run along quarters: beside a year alone ("qoq growth over 2025", "average net income in 2024") they take its quarters. */
  stepwise?: boolean;
}

const HIGHEST = /\b(?:highest|largest|biggest|greatest|most(?!\s+recent)|best|strongest|peak(?:ed|s)?|record|max(?:imum)?)\b/i;
const LOWEST = /\b(?:lowest|smallest|(?<!\bat\s)least|worst|weakest|min(?:imum)?|bottom(?:ed)?(?:\s+out)?|trough(?:ed)?)\b/i;
/**
 * Words that ask which quarter, whatever their place: "which quarter had", "the quarter with", "when did",
 * or "quarter" itself where no determiner makes it a period ("operating income quarter", not "last quarter").
 */
const QUARTER_PICKED = /\b(?:in\s+)?(?:which|what)\s+(?:fiscal\s+)?quarter(?:\s+(?:had|has|saw|showed|was|did|delivered|posted|brought))?\b|\b(?:the\s+)?quarter\s+(?:with|when|where|in\s+which|that\s+(?:had|saw|showed|was))\b|\bwhen\s+(?:did|was|were|has|had)\b|(?<!\b(?:last|this|prior|previous|same|current|latest|recent|that|next|first|second|third|fourth|each|every|a|the|per|by|one|any|over|on|to)[\s-])\bquarter(?:s|ly)?\b(?![- ](?:over|on|to|end|ends|ended)\b)(?:\s+(?:had|saw|was))?|\bat\s+its\b/i;

export const OP_RULES: OpRule[] = [
  { name: 'compound growth: CAGR, compound quarterly growth, compounded growth rate', op: 'growth', pattern: /\b(?:cagr|cqgr|compound(?:ed)?\s+(?:(?:annual|quarterly|average)\s+)?growth(?:\s+rate)?)\b/i, alone: true },
  { name: 'the highest quarter: a quarter asked for (which quarter, the quarter with, when did, its best quarter) and a highest word anywhere', op: 'highest', pattern: HIGHEST, alone: true, with: QUARTER_PICKED },
  { name: 'the lowest quarter: a quarter asked for (which quarter, the quarter with, when was, the weakest quarter) and a lowest word anywhere', op: 'lowest', pattern: LOWEST, alone: true, with: QUARTER_PICKED },
  { name: 'one change between the ends of a span: growth from the first to the last, change from start to end, over the whole span', op: 'overall', pattern: /\b(?:(?:growth|change|increase|decrease|rise|fall|move)\s+)?(?:from\s+)?(?:the\s+)?(?:first|start|beginning|earliest)(?:\s+(?:one|quarter|figure))?\s+(?:to|through|until|till)\s+(?:the\s+)?(?:last|end|latest|final)(?:\s+(?:one|quarter|figure))?\b|\b(?:growth|change)\s+over\s+the\s+whole\s+(?:span|period|series)\b/i, alone: false },
  { name: 'highest or lowest along a span: the highest, max, peak', op: 'highest', pattern: /\b(?:highest|max(?:imum)?|peak|largest|biggest)\b/i, alone: false, stepwise: true },
  { name: 'lowest along a span: the lowest, min', op: 'lowest', pattern: /\b(?:lowest|min(?:imum)?|smallest)\b/i, alone: false, stepwise: true },
  { name: 'average: average, avg, mean', op: 'average', pattern: /\b(?:(?:the\s+)?average|avg|mean)\b/i, alone: false, stepwise: true },
  { name: 'trend: trending up, the trend, trajectory, going up or down over time', op: 'trend', pattern: /\b(?:trending(?:\s+(?:up|down|upward|downward|higher|lower))?|(?:the\s+)?trend(?:\s+(?:of|in|for))?|trajectory|(?:going|heading)\s+(?:up|down))\b/i, alone: true },
  { name: 'sequential changes along a span: QoQ changes, sequential growth, quarter-over-quarter change', op: 'changes', pattern: /\b(?:sequential(?:ly)?|qoq|q\/q|quarter[- ](?:over|on)[- ]quarter)(?:\s+(?:changes?|growth|moves?))?\b|\b(?:changes?|growth)\s+(?:from\s+)?quarter\s+to\s+quarter\b/i, alone: false, stepwise: true },
  { name: 'sum along a span: added up, in total, cumulative, combined, sum', op: 'sum', pattern: /\b(?:sum(?:\s+of)?|add(?:ed)?\s+(?:them\s+|these\s+|those\s+)?up|in\s+total|altogether|cumulative(?:ly)?|combined|total\s+(?:for|over|across)\s+(?:the\s+)?(?:last|past|these|those|all))\b/i, alone: false },
  { name: 'growth or change along a span: net income growth each quarter (the change from each quarter to the next)', op: 'changes', pattern: /\b(?:growth|changes?|increases?|decreases?)\b/i, alone: false, ownSpan: true },
];

/** Words that ask along every step of a span, not across it once. */
const EACH = /\b(?:each|every|sequential(?:ly)?|qoq|quarter[- ](?:over|on)[- ]quarter|along)\b/i;
/** Words that ask for one change between the ends of a span. */
const ONE_CHANGE = /\b(?:chang\w*|grow\w*|grew|increas\w*|decreas\w*|ris(?:e|en|ing)|rose|fell|fall\w*|declin\w*|drop\w*|up|down|mov\w*|evolv\w*|differ\w*)\b/i;

/** Words that ask for a picture of the series. */
export const CHART_CUE = /\b(?:chart|plot|graph|trend|trending|visuali[sz]e|draw)\b/i;
/** What asks for a picture besides its cue: "show me a line chart of", "give me a graph of". */
const PICTURE = /\b(?:(?:show|give|make)\s+(?:me\s+)?)?(?:an?\s+)?(?:line\s+|bar\s+)?(?:chart|plot|graph)(?:\s+(?:of|for|showing))?\b/gi;

/** Three or more quarters or dates named one after another ("Q1, Q2 and Q3 2023"): each is answered. */
function listOf(question: string, current: Period): { span: Span; rest: string } | null {
  const found = findPeriods(question, current).filter((r) => r.kind === 'period' && (r.period.kind === 'instant' || r.period.months === 3));
  const dates = new Set(found.flatMap((r) => (r.kind === 'period' && r.period.kind === 'instant' ? [r.period.date] : [])));
  // "during the quarter (Dec 31 -> Mar 31)": a quarter named with the dates at both its ends is the span between them, no item.
  const refs = found.filter((r) => r.kind !== 'period' || r.period.kind === 'instant' || !dates.has(periodEnd(r.period)) || !dates.has(periodEnd(shift(r.period, 3))));
  if (refs.length < 3) return null;
  let rest = question;
  for (const r of refs) rest = rest.replace(r.text, ' ');
  // A series runs by period end, whatever order the question named them in.
  const periods = refs.flatMap((r) => (r.kind === 'period' ? [r.period] : [])).sort((a, b) => periodEnd(a).localeCompare(periodEnd(b)));
  return { span: { kind: 'list', periods }, rest: rest.replace(/\s*,\s*(?:and\s+)?|\s+and\s+(?=\s*$)/g, ' ') };
}

/** Words that ask along every quarter of a span the question names ("each quarter, Q2 24 to Q1 25"). */
const EACH_QUARTER = /\b(?:(?:at\s+)?(?:the\s+)?end\s+of\s+)?(?:for\s+|in\s+)?(?:each|every|per|by)\s+quarter\b/i;

/** A year beside "each quarter": "in 2023", "for 2024", "during 2023", "this year", "last year". */
const IN_YEAR = /\b(?:(?:in|for|during|of|over)\s+((?:19|20)\d{2})\b(?!\s*(?:q[1-4]|quarter))|(?:(?:in|for|during|over)\s+)?(this|last)\s+year\b(?!\s+(?:quarter|period)))/i;

/** The year IN_YEAR read: named, or this year or last of the latest quarter's. */
function yearOf(m: RegExpExecArray, current: Period): number {
  const latest = Number((current.kind === 'duration' ? current.end : current.date).slice(0, 4));
  return m[1] ? Number(m[1]) : m[2]!.toLowerCase() === 'last' ? latest - 1 : latest;
}

const blankOut = (text: string, m: RegExpExecArray) => text.slice(0, m.index) + ' '.repeat(m[0].length) + text.slice(m.index + m[0].length);

/**
 * The history a question asks about, or null. `threadSpan` says the thread was about a span ("average?"
 * after "net income each quarter" asks along it).
 */
export function readHistory(question: string, current: Period, threadSpan = false): HistoryAsk | null {
  let rest = question;
  let span: Span | null = null;
  let spanOp: HistoryOp | undefined;
  const list = listOf(question, current);
  if (list) ({ span, rest } = list);
  for (const rule of list ? [] : SPAN_RULES) {
    const m = execs(rule.pattern, rest);
    const s = m && rule.produce(m, current);
    if (!m || !s) continue;
    span = s;
    spanOp = rule.op;
    const kept = rule.keep ? m.indices?.[rule.keep] : undefined;
    rest = kept ? blankOut(rest, m).slice(0, kept[0]) + m[rule.keep!] + rest.slice(kept[1], m.index + m[0].length).replace(/./g, ' ') + rest.slice(m.index + m[0].length) : blankOut(rest, m);
    break;
  }
  // "each quarter, Q2 24 to Q1 25": the span is named; the words that ask along it are no period.
  const along = span && span.kind !== 'all' ? EACH_QUARTER.exec(rest) : null;
  if (along) rest = blankOut(rest, along);
  // A year named beside words that step along quarters, and no quarter of it: "QoQ growth over 2025" runs along its quarters.
  const yearAlone = !span && IN_YEAR.test(rest) && !quarterIn(rest, current);
  const opRule = OP_RULES.find((r) => (r.alone || span || (threadSpan && !r.ownSpan) || (r.stepwise && yearAlone)) && tests(r.pattern, rest) && (!r.with || tests(r.with, rest)));
  // (A picture word alone, "chart net income", is the figure's or a breakdown's chart: intents/chart.ts.)
  if (!span && !opRule) return null;
  // "change from Q1 2023 to Q1 2024" is one change between two quarters, not a series.
  if (span?.kind === 'between' && (!opRule || opRule.op === 'changes') && !CHART_CUE.test(rest) && !EACH.test(rest) && ONE_CHANGE.test(rest)) return null;
  const om = opRule && opRule.pattern.exec(rest);
  if (om) rest = blankOut(rest, om);
  if (opRule?.with) rest = rest.replace(new RegExp(opRule.with.source, 'gi'), (w) => ' '.repeat(w.length));
  const assumed = !span;
  span ??= (opRule?.alone && !threadSpan) || (opRule?.stepwise && yearAlone) ? { kind: 'all' } : null;
  // "by quarter in 2023", "its weakest quarter of 2023": every quarter of that year.
  const year = span?.kind === 'all' ? IN_YEAR.exec(rest) : null;
  if (year) {
    span = { kind: 'year', year: yearOf(year, current) };
    rest = blankOut(rest, year);
  }
  const op = spanOp ?? opRule?.op ?? 'series';
  const chart = CHART_CUE.exec(rest);
  if (chart) rest = blankOut(rest, chart);
  return { op, span, assumed: assumed && span !== null, chart: CHART_CUE.test(question), rest: rest.replace(PICTURE, ' ').replace(/\bquarterly\b/gi, ' ').replace(/\s+/g, ' ').trim() };
}
