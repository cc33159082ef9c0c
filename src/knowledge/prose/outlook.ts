// Forward-looking prose: "expects revenue of $240 million to $250 million", "confirms its outlook ...
// 11.5% to 12.0%", "Q3 outlook: originations $3.45bn, revenue $212m". Such a figure is guidance, never
// an actual: a range (low and high; a single figure is a range of one point) for the period it guides,
// which is the sentence's own period read forward ("the second quarter" in a Q1 release is this year's),
// else its heading's, else "the next quarter". Where the guided period, the metric or the kind of figure
// (a bound, an earlier outlook a revision replaces, results against guidance) is not plain, the figures
// stay a quotable statement.
import type { TextBlock } from '../blocks.js';
import { lineAt } from '../blocks.js';
import { periodEnd, shift, type Period } from '../period.js';
import { countedAfter, lowEnd, notAFigure, RANGE_JOIN, tokens, unitFor, type Token } from './mentions.js';
import { asDated, prosePeriods } from './periods.js';
import { clean } from './subject.js';
import { datedAt } from './dated-at.js';
import { othersForecast } from './forecaster.js';
import { withSign } from './signs.js';
import { bracketedBeside } from './bracketed-earlier.js';
import { outlookHeading } from './outlook-heading.js';
import type { NarrativeFigure, NonFigure } from './types.js';

/** Words that make a sentence forward-looking. */
export const FORWARD = /\b(?:expect(?:s|ed|ing)?(?!\s+credit\s+loss)|anticipat(?:es?|ed|ing)|outlook|guidance|guides?|guided|forecasts?|forecasted|targets?(?=\s+(?:an?|of|to|for)\b)|targeted|targeting|aims? (?:to|for)|plans? to|planning to|intends? to|reaffirm(?:s|ed)?|reiterat(?:es?|ed)|confirms? (?:its|the) (?:outlook|guidance|forecast|targets?))\b/i;
/** Results set against guidance ("exceeded the high end of its guidance"), or an outcome "than expected": actuals, not guidance. */
export const AGAINST = /\b(?:exceed(?:ed|s|ing)?|beat|beating|topp(?:ed|ing)|surpass(?:ed|ing)?|miss(?:ed|ing)?|in line with|within|ahead of|short of|(?:high|low|top|upper|lower) end|midpoint)\b[^.;]*\b(?:guidance|outlook|expectations?|forecast|range)\b|\b(?:than|as|was|were)\s+(?:previously\s+)?(?:expected|anticipated|forecast|guided)\b/i;
/**
 * A result told in the past tense ("grew by 4.5%", "margin was 15.2%", "stood at £512m"): under a heading that
 * looks ahead, with no forward word of its own, it reports the period already run, never the year the heading names.
 */
const REPORTED = /\b(?:grew|rose|fell|was|were|stood at|improved|reported|delivered|achieved|generated)\b/i;
/** A sentence that revises guidance: its "from ..." figures are the earlier outlook, no longer given. */
const REVISION = /\b(?:rais|lower|narrow|revis|updat|tighten|cut|reduc|increas)(?:e|es|ed|ing|s)?\b/i;
/** An earlier outlook named as such ("Prior guidance:", "The prior full-year 2027 outlook ... called for"): no longer given. */
const PRIOR = /\b(?:prior|previous|earlier|original|initial)\s+(?:[\w-]+\s+){0,4}?(?:guidance|outlook|forecast|range)\b/i;
/** A direction that makes a guided rate a fall ("down 1% to 3%", "to decline by 2%"): the rate is negative. */
const FALL = /\b(?:declin\w*|decreas\w*|down|fall\w*|drop\w*)\s+(?:by\s+)?(?:between\s+|approximately\s+|about\s+|around\s+)?$/i;
/** A planned act named by its verb ("plans to open between 90 and 100 stores"): how many acts, never the level of a line ("Order intake", "order backlog" are nouns). */
const ACT = /^(?:to\s+)?(?:open|close|add|hire|build|launch|remodel|convert|acquire|divest|repurchase|buy back|take(?:\s+delivery)?|order(?!\s+(?:intake|backlog|book|entry|entries|volume|income)\b))\b/i;
/** An amount a plan is to finish ("the remaining £61.6m is expected to be completed by the year end"): the act's progress, never a line's guidance. */
const ACTED = /^\s*(?:is|are|will\s+be)\s+(?:expected|planned|intended|scheduled|due)\s+to\s+be\s+(?:completed|paid|spent|returned|deployed|invested|received|settled|repurchased|bought\s+back|executed)\b/i;
/** A lead phrase before the subject ("Given the strength of the first half, the Board expects FY27 ..."): the period it names is its cause's, never the guided one. */
const LEAD_PHRASE = /^\s*(?:given|following|after|despite|with|reflecting|based\s+on|on\s+the\s+back\s+of|in\s+light\s+of|building\s+on|buoyed\s+by)\b[^,;\d]*,\s*/i;
/** A name that is a clause ("expenses substantially consisted of litigation related charges totaling"): no metric phrase, so no line's name. */
// (So is a participle's aside, "the initiative at 21 Changi South Avenue 2, estimated to cost": the cost of an act, no line's guidance.)
const CLAUSE_NAME = /\b(?:consist(?:s|ed|ing)?|compris(?:es|ed|ing)|total(?:s|ed|led|ing|ling)|is|are|was|were|has|have|had)\b|\b(?:estimated|expected|projected|scheduled|budgeted) to\b/i;
/** What an outlook assumes ("assumes a jet fuel price of 93 cents per litre"): an input to the guidance, never guidance. */
const ASSUMED = /\bassum(?:es?|ed|ing|ptions?)\b/i;
/** An expectation denied ("charges that we do not expect to recur"): no figure of it is expected. */
const DENIED = /\b(?:not|never)\s+(?:\w+\s+)?(?:expect|anticipat|forecast)\w*/i;
/** A guided figure named as a range's midpoint ("Core FFO guidance midpoint"): worked from the range, never a line's own range. */
const MIDPOINT = /\b(?:mid-?point|middle)\b/i;
/** A bracket that opens with a period and a colon ("(2025: 12.1%)", "(FY25: £146.2m)", "(prior year: 4.1%)"): that period's figure. */
const BRACKETED_PERIOD = /\(\s*([^():]{1,30}):\s*$/;
/**
 * Words that say a range is the outlook given before ("£150m to £160m previously", "(previously £445m to £460m)",
 * "(earlier: 9%–11%)", "guidance was"), never a year's figure ("a year earlier: 4.1%"); never "as previously guided" after it, which says a range is unchanged.
 */
const SAID_BEFORE = { pre: /\b(?:previously|formerly|originally|prior|(?<!\byear\s)earlier)\s*(?:(?:was|were|of|at|guided|expected)\s*)?:?\s*(?:(?:around|about|approximately|approx\.|roughly|circa|c\.)\s*)?$|\b(?:guidance|outlook|forecast)\s+(?:had\s+been|was|were)\s*$/i, post: /^\s*,?\s*(?:previously|formerly)\b/i };

/**
 * Why a figure of an outlook sentence is no guidance because the sentence says it is of another time:
 * a bracketed comparative is the earlier period's figure, a range said "previously" the earlier outlook.
 */
function sayingEarlier(text: string, t: Token, end: Token, prev: Token | undefined, earlierBracketed: boolean): string | null {
  const bracket = BRACKETED_PERIOD.exec(text.slice(0, t.start));
  if (bracket && (OWN_YEAR.test(bracket[1]!) || /\b(?:prior|previous|last|a)\s+year\b|\byear\s+(?:ago|earlier)\b/i.test(bracket[1]!))) return "a bracketed comparative of an earlier period, not guidance: kept as a statement";
  if (SAID_BEFORE.pre.test(text.slice(0, t.start)) || SAID_BEFORE.post.test(text.slice(end.end))) return 'the earlier outlook a revision replaces: kept as a statement';
  return bracketedBeside(text, t, end, prev, earlierBracketed);
}

/** A movement a plan or expectation guides ("plans to increase ASM capacity by", "is expected to grow by"): the figures after "by" are its range. */
const PLANNED_MOVE = /\b(?:to|will)\s+(?:increase|grow|rise|expand|decline|decrease|reduce|fall)\b[^,;]*\bby\s*$/i;

/** Words before a figure that make it a bound, not a point: "at least", "up to", "more than". */
const BOUND = /\b(?:at least|up to|more than|less than|over|under|above|below|no (?:less|more) than|exceed(?:ing)?|in excess of|as much as)\s*$/i;
/** Forward words before a metric phrase ("the Company expects to generate a"), cut from its start (passive ones, "is expected to be", follow it). */
const LEAD = /^.*\b(?:(?:rais|lower|narrow|revis|updat|tighten|increas|reduc)\w*\s+(?:its|the)|expects?|expecting|anticipates?|anticipating|guides?|forecasts?(?!\s+(?:is|are|was|were|remains?)\b)|targets?(?!\s+(?:of|for|range|is|are|was|were|remains?)\b)|targeting|aims? (?:to|for)|sees|plans? to|planning to|intends? to|reaffirm(?:s|ed)?|reiterat(?:es?|ed)|confirms?|continues? to expect)(?![a-z])(?:\s+(?:its|the)\s+(?:(?:fiscal|full[- ]year|fy)?\s*(?:\d{4}|fy\d{2})\s+|(?:full[- ]year|annual|quarterly)\s+)?(?:outlook|guidance|forecast|targets?)\s+(?:for\s+[^,]*?\s+)?(?:of\s+)?)?(?:\s+to\s+(?:generate|be|report|achieve|deliver|reach|see|record|grow|post))?\s*/i;
/** Words after a metric phrase and before its figure: "is now expected to be between", "of approximately" (or "approx.", "c."), "guidance is unchanged at", "guidance raised to". */
const TAIL = /\s*(?:\bto\s+(?:grow|increase|rise|decline|decrease)(?:\s+by)?\s*$)?(?:\b(?:outlook|guidance|forecast|target)(?:\s+range)?(?:\s+for\s+[^,]*?)?(?:(?:\s+(?:is|are|was|were|remains?|has been|have been))?\s+(?:unchanged|reaffirmed|reiterated|maintained|confirmed|raised|lowered|increased|reduced|narrowed|revised|updated))?(?:\s+(?:to|at|of))?\s*$)?(?:\b(?:is|are|will be|to be|should be)\s+)?(?:(?:now|still)\s+)?(?:\b(?:expected|forecast|projected|anticipated|guided|targeted|planned)\s+)?(?:\bto\s+(?:be|reach|total|come in at|grow|increase|range|stay|remain)\s+)?(?:\b(?:of|at|by|from|to|within)\s+)?(?:\b(?:between|in the range of|a range of|approximately|about|around|roughly|some|circa)\s+|\b(?:approx|ca?)\.\s*|~\s*)?$/i;
/** A growth rate stated beside a guided figure: "representing a year-on-year growth between". */
const GROWTH = /\b(?:representing|implying|or)\b[^,;]*?\b((?:year-(?:on|over)-year\s+)?(?:growth|increase|decrease|decline))\b/i;
/** A year the mention names itself ("2025", "Q3'25", "FY25"); without one, a forward sentence means the next such period. */
const OWN_YEAR = /(?:19|20)\d{2}|['’]\d{2}\b|\bfy\s*\d{2}\b|\b[qh][1-4]\s*[-/]?\s*\d{2}\b|\b[1-4][qh]\s*\d{2}\b/i;

/** Whether a sentence under `section` looks ahead. */
export function forwardLooking(sentence: string, section: string): boolean {
  // Forward words in a clause with no figure ("...; diluted EPS of $1.47; full-year EPS outlook raised")
  // look ahead for no figure of the sentence's other clauses.
  // A year or quarter's name is no figure ("Raises 2026 Core FFO guidance; increases quarterly dividend 5.2%",
  // "Comparable sales up 5.8%; raises fiscal 2026 earnings outlook").
  return outlookHeading(section) || sentence.split(';').some((c) => FORWARD.test(c) && /\d/.test(c.replace(/\b(?:fiscal\s+|fy\s?)?(?:19|20)\d{2}\b|\b(?:q[1-4]|[1-4]q|h[12])\b/gi, '')));
}

/** The period a forward-looking text guides: its own period mention read forward, else "the next quarter" or "next year". */
export function guided(text: string, release: Period): Period | null {
  // "the next fiscal year" is no mention of this one: it is read below, a year on.
  const own = prosePeriods(text, release, true).find((p) => !p.relative && !/\b(?:from|than|compared\s+(?:to|with)|versus|over|since|next|coming|following|upcoming)\s+(?:the\s+)?$/i.test(text.slice(0, p.start)));
  if (own) {
    const named = OWN_YEAR.test(text.slice(own.start, own.end));
    // "the first quarter of fiscal 2027", read from a calendar year's months, is dated as the release dates its own quarter.
    const period = named ? asDated(own.period, release)! : own.period;
    if (named || periodEnd(period) > periodEnd(release)) return period;
    // "Q3" in a Q3 release: this quarter's or next year's? Neither is plain.
    return periodEnd(period) < periodEnd(release) ? shift(period, -12) : null;
  }
  if (/\b(?:next|coming|following|upcoming)\s+quarter\b/i.test(text) && release.kind === 'duration') return shift(release, -3);
  if (/\b(?:next|coming|following|upcoming)\s+(?:fiscal\s+)?year\b/i.test(text)) {
    // "The full year" is the latest year ended; the next year is the one after the year the release's own period lies in.
    const fy = prosePeriods('for the full year', release, true)[0]?.period;
    if (!fy) return null;
    return shift(periodEnd(fy) < periodEnd(release) ? shift(fy, -12) : fy, -12);
  }
  return null;
}

/** The metric phrase before a guided figure, forward words and connectives cut. */
const OUTLOOK_FOR = /^\s*(?:the\s+|its\s+|our\s+)?(?:outlook|guidance|forecast|target)\s+(?:for|on)\s+(?:an?\s+|the\s+)?/i;

function labelOf(pre: string): string {
  // (A comma before a comparison basis is no clause break: "Capacity (ASMs), year-over-year Up 3.0% to 5.0%" guides capacity.)
  const clause = pre.replace(/,\s*(?=(?:year[- ]over[- ]year|yoy|y\/y|versus\s+(?:the\s+)?prior\s+year)\b)/gi, ' ').split(/[:;]|,\s*(?:and\s+)?/).filter((c) => /[a-z]{2}/i.test(c)).pop() ?? '';
  // A headline's verb ("Raises full-year 2026 adjusted diluted EPS outlook to ...") is no part of the name.
  // "The outlook for an adjusted EBITA margin of 12–13%": the line is what the outlook is for.
  // (A heading run into its first sentence, "OUTLOOK Group domestic capacity", is no part of the name either.)
  let label = clause.replace(/^\s*(?:(?:OUTLOOK|GUIDANCE|FORECAST|DIVIDENDS?|AND)\s+)+(?=\S)/, '').replace(/^\s*(?:rais|lower|narrow|revis|updat|tighten|reaffirm|reiterat|increas|reduc)\w*\s+/i, '').replace(OUTLOOK_FOR, '').replace(LEAD, '');
  for (let prev = ''; prev !== label; ) {
    prev = label;
    // (A year before the name is the guided period's, no part of the line's: "2025 adjusted EBITDA guidance", "its FY27 operating expense target";
    // "of" after a forward noun the lead cut, "confirms its forecast of organic revenue growth", is none either.)
    label = label.replace(TAIL, '').replace(/\s+(?:up|down)\s*$/i, '').replace(/^\s*(?:and|with|a|an|the|its|our|for|of)\s+/i, '').replace(/^\s*(?:increase|grow|expand|reduce|decrease|propose|declare|pay)\s+(?=[a-z])/i, '').replace(/^\s*(?:(?:fiscal\s+(?:year\s+)?|fy\s?)?(?:19|20)\d{2}|fy\s?\d{2})\s+(?=[a-z])/i, '');
  }
  return /[a-z]{2}/i.test(label) ? clean(label) : '';
}

/**
 * A comma-set aside on the guided line ("earnings per share, before the cumulative effect ..., but including
 * $0.24 per share related to the charges, to be between $2.66 and $2.86"): a part the guided figure
 * includes or leaves out. Its figure is no guided line, and its words are no part of the line's name.
 */
const ASIDE = /,\s*(?:but\s+)?(?:before|after|including|excluding|net of|exclusive of|inclusive of)\b[^,]*/gi;
// (A hedge may stand before its figure: "including approximately $38 million from the 53rd week".)
const IN_ASIDE = /(?:^|,)\s*(?:but\s+)?(?:including|excluding|net of|exclusive of|inclusive of)\s*(?:(?:approximately|about|around|roughly|some|nearly|an estimated)\s*)?$/i;

/** The metric phrase of a figure whose own clause names none: the sentence before it, asides left out. */
function labelPast(before: string): string {
  return labelOf(before.replace(ASIDE, '').replace(/,\s*(?=(?:to be|is|are|will be)\b)/i, ' '));
}

/** "$1.10 billion plus or minus $50 million": a point and its tolerance, the range around it. */
const TOLERANCE = /^\s*(?:,\s*)?(?:plus or minus|\+\/-|±)\s*$/i;

/** A rate's tolerance in points after its figure ("58.0%, plus or minus 50 basis points"): basis points are hundredths of one. */
const POINTS = /^\s*(?:(basis\s+points?|bps?)|percentage\s+points?|pp|ppts?)\b/i;

/** The tolerance after `point` that the words between make one (an amount's in its unit, a rate's in points), or null. */
function toleranceOf(text: string, point: Token, next: Token | undefined): Token | null {
  if (!next || !TOLERANCE.test(text.slice(point.end, next.start))) return null;
  if (sameKind(point, next)) return next;
  const points = point.percent && !next.percent && next.currency === null ? POINTS.exec(text.slice(next.end)) : null;
  if (!points) return null;
  const value = points[1] ? next.value.div(100) : next.value;
  return { ...next, percent: true, scale: point.scale, value, decimals: value.decimalPlaces() };
}

/** The end of a point-and-tolerance range (sign -1 low, 1 high), at the point's scale and no finer than both are printed. */
function around(point: Token, tolerance: Token, sign: 1 | -1): Token {
  const off = tolerance.value.times(tolerance.scale).div(point.scale);
  return { ...point, value: point.value.plus(off.times(sign)), decimals: Math.max(point.decimals, off.decimalPlaces()) };
}

const negated = (t: Token): Token => ({ ...t, value: t.value.negated() });

function sameKind(a: Token, b: Token): boolean {
  return a.percent === b.percent && (a.currency === null) === (b.currency === null);
}

/** Where one clause ends in the words between two figures: the first break there. */
const CLAUSE_END = /;|,\s*(?:and\s+|while\s+|but\s+)?|\s+and\s+/;

/**
 * The period each figure's own clause guides where the clauses guide different periods ("For the second quarter
 * of 2025, X expects net sales of $215 million to $225 million, and for the full year 2025 net sales of $860
 * million to $880 million"): a clause ends at the first break after its figure (a range's two ends are one
 * figure), and a clause that names no period has none. Null where the clauses name one period or none.
 */
function clausePeriods(text: string, toks: Token[], release: Period): (Period | null)[] | null {
  const bounds = [0];
  const clause: number[] = [];
  for (let i = 0; i < toks.length; i++) {
    const cut = i > 0 ? CLAUSE_END.exec(text.slice(toks[i - 1]!.end, toks[i]!.start)) : null;
    if (cut) bounds.push(toks[i - 1]!.end + cut.index);
    clause[i] = bounds.length - 1;
    const next = toks[i + 1];
    const gap = next ? text.slice(toks[i]!.end, next.start) : '';
    if (next && ((sameKind(toks[i]!, next) && RANGE_JOIN.test(gap)) || toleranceOf(text, toks[i]!, next))) clause[++i] = bounds.length - 1;
  }
  // A clause ends at the first break after its last figure: a phrase trailing it (", with the second half weighted
  // towards ...") names no period the figure is guided for. A bracketed comparison ("(2025: 12.1%)") names none either.
  const ends = bounds.map((b, k) => {
    const last = toks.filter((_, i) => clause[i] === k).at(-1)?.end ?? b;
    const to = bounds[k + 1] ?? text.length;
    const cut = CLAUSE_END.exec(text.slice(last, to));
    return cut ? last + cut.index : to;
  });
  const periods = bounds.map((b, k) => guided(text.slice(b, ends[k]).replace(/\([^)]*\)/g, (m) => ' '.repeat(m.length)), release));
  const named = new Set(periods.filter((p) => p).map((p) => JSON.stringify(p)));
  return named.size > 1 ? clause.map((k) => periods[k]!) : null;
}

/** A verb that states an expectation (never the nouns "guidance", "expectations"): a comparison it governs is part of what is expected. */
const EXPECTS = /\b(?:expect(?:s|ed|ing)?|anticipat(?:es?|ed|ing)|forecasts?|projects?|sees|plans? to|intends? to|aims? (?:to|for))\b/i;

/**
 * Whether the sentence sets results against guidance for the figure from `t` to `end`. A comparison in a later clause of
 * an expectation the figure stands in ("expect organic revenue growth of 4% to 6% and adjusted operating profit in line
 * with market expectations") is of another line, or of the expectation itself: it makes no result of the figure.
 */
function setAgainst(text: string, t: Token, end: Token): boolean {
  // ("expects aggregate leverage to stay within a range of 37% to 40%": the expected range itself, no result.)
  const expected = (at: number) => EXPECTS.test(text.slice(0, at)) && /\b(?:to|will)\s+(?:stay|remain|be)\s+$/i.test(text.slice(0, at));
  return [...text.matchAll(new RegExp(AGAINST.source, 'gi'))].some((m) => !(m.index >= end.end && CLAUSE_END.test(text.slice(end.end, m.index)) && EXPECTS.test(text.slice(0, t.start))) && !expected(m.index));
}

/** Why a forward-looking sentence's figure for `period` is no guidance, or null when it is. */
function notGuided(text: string, lead: string, period: Period | null, against: boolean, inClauses: boolean, release: Period): string | null {
  if (!FORWARD.test(text) && !FORWARD.test(lead) && REPORTED.test(text)) return 'a result stated under an outlook heading, not guidance: kept as a statement';
  if (against) return 'results set against guidance: kept as a statement';
  if (!period) {
    return inClauses ? 'guidance in a clause that names none of the periods its sentence guides: kept as a statement' : 'guidance whose period neither the sentence nor its heading states: kept as a statement';
  }
  return periodEnd(period) <= periodEnd(release) ? 'forward-looking words about a period already reported: kept as a statement' : null;
}

/** A sentence's figure mentions, each one no figure of guidance skipped with its reason. */
function figureTokens(text: string, skip: (t: Token, reason: string) => void): Token[] {
  // (A rate's tolerance in basis points is no change in them: kept with the figure it is the tolerance of.)
  const toks: Token[] = [];
  for (const t of tokens(text).map((k) => withSign(text, k))) {
    const why = notAFigure(text, t);
    if (why && !(toks.at(-1) && toleranceOf(text, toks.at(-1)!, t)) && !countedAfter(text, t)) skip(t, why);
    else toks.push(t);
  }
  return toks;
}

/** The figures of one forward-looking sentence (a list item under `lead`, its introducing sentence): guidance ranges, or statements. */
export function readOutlook(block: TextBlock, s: { start: number; text: string }, release: Period, lead = '', before = '', earlierBracketed = false): { figures: NarrativeFigure[]; nonFigures: NonFigure[] } {
  const text = s.text;
  const figures: NarrativeFigure[] = [];
  const nonFigures: NonFigure[] = [];
  const skip = (t: Token, reason: string) => nonFigures.push({ text: t.text.trim(), line: lineAt(block, s.start + t.start), reason });
  const toks = figureTokens(text, skip);
  // A sentence naming no period guides the one an earlier sentence of its paragraph named, where its heading names none or the same.
  const [carried, headed] = [guided(before, release), guided(block.section, release)];
  // The clause the first figure stands in, after a break that starts a clause of its own ("trim our fourth-quarter
  // schedule, and we now expect full-year capacity growth of 6.5% to 7.5%"), guides the period it names, not one an earlier clause names.
  const ownClause = toks.length ? text.slice(Math.max(LEAD_PHRASE.exec(text)?.[0].length ?? 0, ...[...text.slice(0, toks[0]!.start).matchAll(/;|,\s*(?:and|but|while)\s+/g)].map((m) => m.index! + m[0].length))) : text;
  const sentencePeriod = guided(ownClause, release) ?? guided(text, release) ?? guided(lead, release) ?? (carried && headed && JSON.stringify(carried) !== JSON.stringify(headed) ? null : (carried ?? headed));
  // A clause's range takes its own clause's period, never another clause's: a clause naming none is not guessed.
  const clauses = clausePeriods(text, toks, release);
  let last = '';
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const period = datedAt(text, t, release) ?? (clauses ? (clauses[i] ?? null) : sentencePeriod);
    const pre = text.slice(i ? toks[i - 1]!.end : 0, t.start);
    const next = toks[i + 1];
    const range = next && sameKind(t, next) && RANGE_JOIN.test(text.slice(t.end, next.start)) ? next : null;
    const spread = range ? null : toleranceOf(text, t, next);
    const why = notGuided(text, lead, period, setAgainst(text, t, range ?? spread ?? t), Boolean(clauses), release) ?? (DENIED.test(text) ? 'an expectation denied, not guidance: kept as a statement' : ASSUMED.test(text.slice(0, t.start)) ? 'what the outlook assumes, not guidance: kept as a statement' : othersForecast(text.slice(0, t.start)) ? "another party's forecast, not the issuer's guidance: kept as a statement" : null);
    const growth = t.percent && last ? GROWTH.exec(pre) : null;
    // A range joined to the one before by "and" alone, of its kind and scale ("diluted EPS of $0.40 to $0.44 for the second
    // quarter of 2025 and $1.70 to $1.80 for the full year 2025"), guides that range's line.
    const own = labelOf(pre);
    const same = (!own || /^(?:and|or)$/i.test(own)) && /\b(?:and|or)\s*$/i.test(pre) && last && sameKind(t, toks[i - 1]!) && t.scale === toks[i - 1]!.scale;
    const named = same ? last : own || labelPast(text.slice(0, t.start));
    // "expects revenue to grow 8% to 10%": the guided figure is the growth, named apart from the amount.
    // ("capacity ... around 3% higher than 2H FY26": a rate said as higher or lower than another period's is the line's growth.)
    const than = /^\s*(higher|lower|above|below)\b/i.exec(text.slice((range ?? spread ?? t).end))?.[1];
    const rate = t.percent && named && !/\b(?:growth|rate|margin|ratio)\b/i.test(named) && (than || /\b(?:grow|growth|increase|rise|decline|decrease)|\b(?:up|down)\b/i.test(pre)) ? `${named} growth rate` : named;
    const label = growth ? `${last} ${growth[1]!.toLowerCase()}` : rate;
    // "raised ... by $0.04 to $3.36": the first figure is the change a revision makes, never a range's low end.
    // ("plans to increase capacity by 6.5% to 7.5%": a movement the plan guides, its range, no revision.)
    if (!why && range && /\bby\s*$/i.test(pre) && !PLANNED_MOVE.test(text.slice(0, t.start)) && /^\s*to\s*$/i.test(text.slice(t.end, range.start))) {
      skip(t, 'the change a revision makes, not guidance: kept as a statement');
      continue;
    }
    const reason = why ?? sayingEarlier(text, t, range ?? spread ?? t, toks[i - 1], earlierBracketed) ?? (IN_ASIDE.test(pre) ? 'a part the guided figure includes or leaves out: kept as a statement' : PRIOR.test(pre) ? 'the earlier outlook a revision replaces: kept as a statement' : BOUND.test(pre) ? 'a bound of guidance, not a range: kept as a statement' : ACT.test(label) || ACTED.test(text.slice((range ?? spread ?? t).end)) ? 'a planned act, not a line of the release: kept as a statement' : MIDPOINT.test(label) ? "the midpoint of a line's guidance, not a line of its own: kept as a statement" : (REVISION.test(text) && /\bfrom\s+(?:the\s+)?(?:previous(?:ly)?\s+|prior\s+)?(?:[a-z]+\s+){0,3}$/i.test(pre)) ? 'the earlier outlook a revision replaces: kept as a statement' : CLAUSE_NAME.test(label) ? 'guidance named by a clause, not a metric phrase: kept as a statement' : label ? null : 'guidance whose metric the sentence does not name: kept as a statement');
    if (reason) {
      skip(t, reason);
      if (range ?? spread) skip((range ?? spread)!, reason);
    } else {
      const ends: [Token, 'low' | 'high'][] = range ? [[lowEnd(t, range), 'low'], [range, 'high']] : spread ? [[around(t, spread, -1), 'low'], [around(t, spread, 1), 'high']] : [[t, 'low'], [t, 'high']];
      // A fall of 1% to 3% is a rate of -3% to -1%.
      if (rate !== named && (FALL.test(pre) || /^(?:lower|below)$/i.test(than ?? ''))) ends.splice(0, 2, [negated(ends[1]![0]), 'low'], [negated(ends[0]![0]), 'high']);
      for (const [tok, role] of ends) figures.push({ label, period: period!, value: tok.value, decimals: tok.decimals, unit: unitFor(tok, label, text.slice((range ?? spread ?? t).end)), role, line: lineAt(block, s.start + tok.start), sentence: text, offset: s.start + tok.start });
      if (!growth) last = label;
    }
    if (range || spread) i++;
  }
  return { figures, nonFigures };
}
