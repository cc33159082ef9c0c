// What a guidance question asks beside the range itself: how far a revision moved it ('revision') and how
// much of it the year so far has achieved ('progress'). Each asked is answered from the release's figures,
// inputs shown and cited, or declined by name: the bare range is no answer to either.
import { earlierOutlook } from '../../knowledge/earlier-outlook.js';
import { statedMove, type Move } from '../../knowledge/stated-move.js';
import { amount, currencyOf, type Fact, type TextFact } from '../../knowledge/fact.js';
import { periodLabel, priorQuarter, yearAgo, type Period } from '../../knowledge/period.js';
import type { Ask } from '../frame.js';
import { exactOperands, figure, percent, points, when } from '../format.js';
import type { ModifierName } from '../recognisers/modifiers.js';
import { inline, title, type Reply } from '../reply.js';
import { inside, monthsInto, partDone } from './guided-parts.js';
import { gap, middle } from './versus.js';

const single = (low: Fact, high: Fact) => low.value.equals(high.value);
/** One figure standing for a range: the figure itself, else the midpoint, its sum shown (and the answer says so). */
function pointOf(reply: Reply, name: string, low: Fact, high: Fact): Fact {
  if (single(low, high)) return low;
  const mid = middle(low, high);
  reply.derive(name, figure(mid), `(${figure(low)} + ${figure(high)}) ÷ 2`);
  return mid;
}
/** A range as one span of text ("18%–22%"), or its one figure. */
const span = ([a, b]: [Fact, Fact]) => (single(a, b) ? figure(a) : `${figure(a)}–${figure(b)}`);
/** Whether a range is the earlier one, end for end: nothing was revised ("maintained", "reaffirmed"). */
const sameRange = ([low, high]: [Fact, Fact], [a, b]: [Fact, Fact]) => low.value.equals(a.value) && high.value.equals(b.value);
const named = (ask: Ask, f: Fact) => inline(ask.kb.metrics.get(f.metric)?.label ?? f.label);

/** What an operation does with a range: a decline naming what is missing, or how the answer says it. */
type Step = string | ((reply: Reply) => void);

/**
 * How far the range moved from the earlier outlook the release states beside it; with none, the move the release
 * says in words ("is unchanged at", "raised to"), cited, and that it gives no earlier range; else declined.
 */
function revision(ask: Ask, low: Fact, high: Fact): Step {
  const before = earlierOutlook(ask.kb, low, high);
  const what = `${named(ask, low)} for ${periodLabel(low.period)}`;
  if (before) return (reply) => revised(reply, what, [low, high], before);
  const said = statedMove(ask.kb, low, high);
  if (!said) return `The release states no earlier forecast of ${what} beside its current one, so I can't say whether or by how much the guidance changed.`;
  return (reply) => citeMove(reply, said.text, low).say(saidMove(what, said.move, true, said.word));
}

/** A range said without its move asked: the release's own word for how it moved, where it says one, said beside it. */
export function moveBeside(ask: Ask, reply: Reply, low: Fact, high: Fact): void {
  if (ask.modifiers.has('revision')) return;
  // The earlier outlook the release states beside the range is named as what it replaced, never as guidance given;
  // one it equals was replaced by nothing: the forecast is unchanged (a "maintained" range is no revision).
  const before = earlierOutlook(ask.kb, low, high);
  if (before) {
    reply.cite(...before).say(sameRange([low, high], before) ? `It is unchanged from the earlier forecast of ${span(before)}.` : `It replaces the earlier forecast of ${span(before)}.`);
    return;
  }
  const said = statedMove(ask.kb, low, high);
  if (said) citeMove(reply, said.text, low).say(saidMove(`${named(ask, low)} for ${periodLabel(low.period)}`, said.move, false, said.word));
}

/** The sentence stating a move cited where the range's own line does not already cite it. */
const citeMove = (reply: Reply, text: TextFact, low: Fact) => (text.citation.line === low.citation.line ? reply : reply.cite(text));

/** The move the release states in words, said as its own; `asked`: the question asked how it changed, which the release's words answer only so far. */
function saidMove(what: string, move: Move, asked: boolean, word: string): string {
  // (Held in the release's own word where it is another: "reiterated", "maintained", "confirmed".)
  if (move === 'unchanged') return `The release says the forecast of ${what} is unchanged${/^(?:unchanged|still|continue)/.test(word) ? '' : ` (${word})`}.`;
  const by = asked ? `, but states no earlier range beside it, so I can't say ${move === 'revised' ? 'in which direction or ' : ''}by how much` : '';
  return `The release says the forecast of ${what} was ${move}${by}.`;
}

function revised(reply: Reply, what: string, [low, high]: [Fact, Fact], before: [Fact, Fact]): void {
  const [now, was] = [pointOf(reply, 'Midpoint of the range', low, high), pointOf(reply, 'Midpoint of the earlier range', ...before)];
  const mids = !single(low, high) || !single(...before) ? ' (midpoint to midpoint)' : '';
  const moved = amount(now).minus(amount(was));
  const [nowShown, wasShown] = exactOperands(now, was);
  const formula = `${nowShown} − ${wasShown}`;
  // A guided rate moves by percentage points, never by a percentage of itself.
  const rated = low.unit.kind === 'percent';
  const by = rated ? points(moved, Math.max(now.decimals, was.decimals)) : gap(moved.abs(), now, was);
  reply.cite(low, high, ...before).derive('Change from the earlier forecast', `${moved.isNegative() ? '−' : ''}${by}`, formula);
  const rate = moved.div(amount(was)).times(100);
  if (!rated) reply.derive('Change from the earlier forecast, %', percent(rate), `(${formula}) ÷ ${wasShown} × 100`);
  const earlier = span(before);
  if (moved.isZero()) {
    // (A range narrowed or widened about the same midpoint moved, though its midpoint did not.)
    reply.say(sameRange([low, high], before) ? `The forecast of ${what} is unchanged from the earlier ${earlier}.` : `The forecast of ${what} moved from the earlier ${earlier} to ${span([low, high])}, its midpoint unchanged.`);
    return;
  }
  // The direction said in words first: a question asking it ("raised or cut?") is answered by them.
  const [verb, side] = moved.isPositive() ? ['raised', 'above'] : ['lowered', 'below'];
  reply.say(`The forecast was ${verb}: that is ${by}${rated ? '' : ` (${percent(rate.abs())})`} ${side} the earlier forecast of ${earlier}${mids}.`);
}

/**
 * The actual of the guided line for the part done: the span from the guided period's start of the months
 * the question names, else to the end of the period the release reports (its first half, when it reports
 * the second quarter). Never a shorter span standing for it. A part asked in the middle of the period: none.
 */
function soFar(ask: Ask, low: Fact): { actual?: Fact; months: number | null } {
  const quarter = ask.kb.releases.find((r) => r.document === low.citation.document)?.quarter ?? ask.kb.quarter;
  const named = partDone(ask.periods, ask.yearNamed ?? false, low.period, quarter);
  const months = named === undefined ? monthsInto(quarter, low.period, quarter) : named;
  if (!months) return { months };
  const spans = ask.kb.facts.filter(
    (f) => f.metric === low.metric && f.role === 'value' && f.unit.kind === low.unit.kind && currencyOf(f.unit) === currencyOf(low.unit) && f.period.kind === 'duration' && f.period.months === months && monthsInto(f.period, low.period, quarter) === months,
  );
  return { actual: spans[0] && ask.kb.get(spans[0].metric, spans[0].period, currencyOf(low.unit) ?? ask.kb.currency), months };
}

/** Whether a period named is a part of a guided range's period, read in the calendar of the release guiding it. */
export const partOf = (ask: Ask, p: Period, low: Fact) => inside(p, low.period, ask.kb.releases.find((r) => r.document === low.citation.document)?.quarter ?? ask.kb.quarter);

/** The share of the guided figure the year so far has achieved, and what is left to reach it. */
function progress(ask: Ask, low: Fact, high: Fact): Step {
  // Amounts add up over a period; a guided rate or margin is not achieved a part at a time.
  if (low.unit.kind === 'percent') return `${title(named(ask, low))} is guided as a rate, not an amount that adds up over ${periodLabel(low.period)}, so no share of it is achieved part by part.`;
  const { actual, months } = soFar(ask, low);
  if (!actual) {
    const [period, what] = [periodLabel(low.period), named(ask, low)];
    const part = months ? `the first ${months} months of ${period}` : months === 0 ? `${period} so far` : null;
    const tail = "so I can't say what share of the forecast has been achieved or what is left to reach it.";
    if (!part) return `I set against the ${period} forecast only a part of ${period} that runs from its start or to its end, ${tail}`;
    return `The release reports no ${what} for ${part} to set against its ${period} forecast, ${tail}`;
  }
  const opposite = oppositeSign(ask, actual, low, 'what share of it has been achieved');
  return opposite ?? ((reply) => achieved(ask, reply, [low, high], actual));
}

/**
 * A reported figure printed with the other sign than its forecast, or zero, sets nothing against it: a table
 * that prints costs in parentheses ("Operating expenses (2,667)") beside a forecast of "A$2.72–2.75 billion" would
 * give growth of −202.5%. Declined, naming both figures as printed.
 */
function oppositeSign(ask: Ask, actual: Fact, low: Fact, asked: string): string | null {
  if (!amount(actual).isZero() && amount(actual).isNegative() === amount(low).isNegative()) return null;
  return `The release prints ${named(ask, actual)} ${when(actual)} as ${figure(actual)}, and forecasts ${figure(low)} and up for ${periodLabel(low.period)}: the signs differ (or the base is zero), so I can't say ${asked}.`;
}

function achieved(ask: Ask, reply: Reply, [low, high]: [Fact, Fact], actual: Fact): void {
  // (The midpoint asked is already shown with its sum by the guidance answer.)
  const target = ask.modifiers.has('midpoint') && !single(low, high) ? middle(low, high) : pointOf(reply, 'Midpoint', low, high);
  const share = amount(actual).div(amount(target)).times(100);
  const left = amount(target).minus(amount(actual));
  const mid = single(low, high) ? '' : ' (the midpoint of its range)';
  const [done, whole] = exactOperands(actual, target);
  reply.cite(actual).derive('Share of the forecast achieved', percent(share), `${done} ÷ ${whole} × 100`);
  reply.derive('Left to reach the forecast', `${left.isNegative() ? '−' : ''}${gap(left.abs(), target, actual)}`, `${whole} − ${done}`);
  const rest = left.isPositive() ? `${gap(left, target, actual)} is left for the rest of ${periodLabel(low.period)}` : `it is already ${gap(left.abs(), target, actual)} past it`;
  reply.say(`${title(named(ask, actual))} of ${figure(actual)} ${when(actual)} is ${percent(share)} of the ${periodLabel(low.period)} forecast of ${figure(target)}${mid}; ${rest}.`);
}

/**
 * The growth a range implies where the release states none with it on the basis asked (stated, it is said with the
 * range): the range (its midpoint, said so) over the base the question names (the quarter before, "QoQ"), else
 * the same period a year earlier; that base not in the release, declined by name.
 */
function growth(ask: Ask, low: Fact, high: Fact, stated: boolean): Step {
  if (stated || low.unit.kind === 'percent') return () => {};
  const sequential = ask.basis === 'qoq';
  const ago = sequential ? priorQuarter(low.period) : yearAgo(low.period);
  const basis = sequential ? 'quarter on quarter' : 'year on year';
  // (A year guided has no quarter before it: the span three months earlier is no base.)
  if (sequential && (low.period.kind !== 'duration' || low.period.months !== 3)) return `The release guides ${named(ask, low)} for ${periodLabel(low.period)}, not a quarter, so I can't work out growth quarter on quarter from it.`;
  const before = ask.kb.get(low.metric, ago, currencyOf(low.unit) ?? ask.kb.currency);
  const [what, period] = [named(ask, low), periodLabel(low.period)];
  if (!before) return `The release states no growth with its ${period} forecast of ${what}, and gives no ${what} for ${periodLabel(ago)} to work it out from.`;
  const opposite = oppositeSign(ask, before, low, 'what growth the forecast implies');
  if (opposite) return opposite;
  return (reply) => {
    const point = ask.modifiers.has('midpoint') && !single(low, high) ? middle(low, high) : pointOf(reply, 'Midpoint', low, high);
    const rate = amount(point).minus(amount(before)).div(amount(before)).times(100);
    const [now, then] = exactOperands(point, before);
    reply.cite(before).derive(`Implied growth ${basis}`, percent(rate), `(${now} − ${then}) ÷ ${then} × 100`);
    const mid = single(low, high) ? '' : ' at the midpoint of its range';
    reply.say(`Against ${what} of ${figure(before)} ${when(before)}, the forecast implies growth of ${percent(rate)} ${basis}${mid}.`);
  };
}

/**
 * An amount asked of a guide that is a growth rate ("implied FY revenue at the midpoint"): the rate is no amount, so
 * the base year's printed figure grown by the rate (its midpoint, said so), inputs shown; that base not printed,
 * declined by name. A guided amount answers itself; a part of the year implied is progress's.
 */
function impliedAmount(ask: Ask, low: Fact, high: Fact): Step {
  if (low.unit.kind !== 'percent' || ask.modifiers.has('progress')) return () => {};
  const ago = yearAgo(low.period);
  const [what, period] = [named(ask, low), periodLabel(low.period)];
  // (The line grown is the one named by the guide's words less "growth": "organic revenue growth" grows no printed line.)
  const grown = what.replace(/\s+(?:year[-\s](?:on|over)[-\s]year\s+)?growth$/i, '').toLowerCase();
  const line = [...ask.kb.metrics.values()].find((m) => m.label.toLowerCase() === grown);
  const base = line && ask.kb.get(line.id, ago, ask.kb.currency);
  if (!base || base.unit.kind === 'percent') return `The release guides ${what} for ${period} as a rate (${span([low, high])}), not an amount, and prints no full ${periodLabel(ago)} figure to apply it to, so I give no implied amount.`;
  return (reply) => {
    const rate = ask.modifiers.has('midpoint') && !single(low, high) ? middle(low, high) : pointOf(reply, 'Midpoint', low, high);
    // (In the base's own unit, exact: "$5,450.0 million", never a rounded "$5.5 billion".)
    const value = base.value.times(rate.value.div(100).plus(1));
    const [then, implied] = exactOperands(base, { ...base, value, decimals: Math.max(base.decimals, value.decimalPlaces()) });
    reply.cite(base).derive(`Implied ${period} amount`, implied!, `${then} × (1 + ${figure(rate)} ÷ 100)`);
    const mid = single(low, high) ? '' : ' at the midpoint of its range';
    reply.say(`Applied to ${grown} of ${then} ${when(base)}, the guided growth${mid} implies ${implied} for ${period}.`);
  };
}

/** A line's name saying it is an effect of currency ("currency effect on revenue", "FX impact"). */
const CURRENCY_NAMED = /\b(?:fx|foreign exchange|currenc(?:y|ies)|exchange rates?|translation)\b/i;

/**
 * The effect of currency asked of guidance ("what FX drag do they expect on revenue"): answered by a range the
 * release names as that effect; a range of the line it acts on (organic growth, revenue) is another figure of
 * the sentence, declined by name.
 */
function currencyEffect(ask: Ask, low: Fact): Step {
  if (CURRENCY_NAMED.test(named(ask, low))) return () => undefined;
  return `I read no currency effect among the outlook's ranges: the range there is ${named(ask, low)} for ${periodLabel(low.period)} (line ${low.citation.line}), not the effect of currency, so I give no figure for it.`;
}

/** The operations a guidance answer carries out beyond stating the range, in the order it says them. */
const OPS: [ModifierName, (ask: Ask, low: Fact, high: Fact, stated: boolean) => Step][] = [
  ['revision', revision],
  ['progress', progress],
  ['implied-growth', growth],
  ['implied-amount', impliedAmount],
  ['currency-effect', currencyEffect],
];

/**
 * The earlier outlook asked with its midpoint ("midpoint of previous?"): the range the revision replaced is the
 * figure operated on, said and cited as the release states it; with none beside the current range, declined by
 * name, since the current range's midpoint is no answer.
 */
export function earlierRange(ask: Ask, low: Fact, high: Fact): { declined: string[]; answer: (reply: Reply) => void } {
  const before = earlierOutlook(ask.kb, low, high);
  const what = `${named(ask, low)} for ${periodLabel(low.period)}`;
  if (!before) return { declined: [`The release states no earlier forecast of ${what} beside its current one, so I give no earlier range or midpoint: the current range is not the earlier one.`], answer: () => undefined };
  return {
    declined: [],
    answer: (reply) => {
      reply.cite(...before).about(low.period).say(`The earlier forecast of ${what}, which the current ${span([low, high])} replaced, was ${span(before)}.`);
      if (single(...before)) return;
      const mid = middle(...before);
      reply.derive('Midpoint of the earlier range', figure(mid), `(${figure(before[0])} + ${figure(before[1])}) ÷ 2`);
      reply.say(`The midpoint of the earlier range is ${figure(mid)}.`);
    },
  };
}

/** Whether the question asks any operation of the range beyond stating it. */
export const asksOfRange = (ask: Ask) => OPS.some(([name]) => ask.modifiers.has(name));

/**
 * Each operation the question asks of this range (`stated`: the release states its growth beside it): the declines, each naming what is missing, or, none
 * declined, how the answer carries them all out (a range said without an operation asked of it would be
 * the operation silently dropped, so a range with any declined is not said).
 */
export function guidanceOps(ask: Ask, low: Fact, high: Fact, stated: boolean): { declined: string[]; answer: (reply: Reply) => void } {
  const steps = OPS.filter(([name]) => ask.modifiers.has(name)).map(([, op]) => op(ask, low, high, stated));
  const declined = steps.filter((s): s is string => typeof s === 'string');
  return { declined, answer: (reply) => steps.forEach((s) => typeof s !== 'string' && s(reply)) };
}
