// Change over time: YoY, QoQ or between two named periods, in % and in amount, or in percentage
// points for rates. "How did referral services fees change quarter over quarter?"
import { change, isBase, type Change } from '../../knowledge/derive.js';
import { Decimal } from 'decimal.js';
import { amount, type Fact } from '../../knowledge/fact.js';
import { periodEnd, periodLabel, priorQuarter as quarterBack, yearAgo as yearBack, type Period } from '../../knowledge/period.js';
import { bps, derived, figure, operands, percent, points, when, workedOut } from '../format.js';
import { find, lossOf, periodFor, said } from '../lookup.js';
import { tiled } from '../../knowledge/tiled.js';
import { formulaChange } from './formula-change.js';
import type { Ask } from '../frame.js';
import { Reply, title, unknown, verb, type Handler } from '../reply.js';

/** A comparison; `asked` false where the question named none and both are shown by default. */
type Basis = { from: Period; name: string; asked: boolean };

/** The comparisons asked for: the named basis, two named periods, or both YoY and QoQ. */
export function bases(ask: Ask, to: Period): Basis[] {
  // (Each the release's own span a year or a quarter back: of a 52/53-week calendar, ended within a week of the date.)
  const [yearAgo, priorQuarter] = [(p: Period) => ask.kb.ownPeriod(yearBack(p)), (p: Period) => ask.kb.ownPeriod(quarterBack(p))];
  if (ask.basis === 'yoy') return [{ from: yearAgo(to), name: 'year over year', asked: true }];
  if (ask.basis === 'qoq') return [{ from: priorQuarter(to), name: 'quarter over quarter', asked: true }];
  if (ask.periods.length >= 2) return [{ from: [...ask.periods].sort((a, b) => periodEnd(a).localeCompare(periodEnd(b)))[0]!, name: '', asked: true }];
  return [
    { from: yearAgo(to), name: 'year over year', asked: false },
    { from: priorQuarter(to), name: 'quarter over quarter', asked: false },
  ];
}

/** "up 405.9% year over year from RMB108.5 million in Q1 2023 (an increase of RMB440.3 million)" */
export function describe(c: Change, basisName: string, loss = false, fromText = figure(c.from)): string {
  // Between two losses (each as its size) the loss widened or narrowed: a larger loss is never "a decrease".
  const dir = loss ? (c.delta.isNegative() ? 'narrowed' : 'widened') : c.delta.isNegative() ? 'down' : 'up';
  basisName = basisName ? ` ${basisName}` : '';
  // Unchanged is said so, whatever the base: never "up 0.0% (an increase of RMB0.00)".
  if (c.delta.isZero()) return `unchanged${basisName}, from ${fromText} ${when(c.from)}`;
  if (c.points) return `${dir} ${points(c.delta, precision(c))}${basisName}, from ${fromText} ${when(c.from)}`;
  const amountText = moved(c, loss);
  if (!c.pct) return `${amountText}${basisName}, from ${fromText} ${when(c.from)} (a percentage change is not meaningful from a zero or negative base)`;
  return `${dir} ${percent(c.pct.abs())}${basisName}, from ${fromText} ${when(c.from)} (${amountText})`;
}

/** The amount of a change in words: "an increase of $1.3 million"; between two losses, "a loss larger by $1.3 million". */
const moved = (c: Change, loss: boolean) =>
  `${loss ? `a loss ${c.delta.isNegative() ? 'smaller' : 'larger'} by` : c.delta.isNegative() ? 'a decrease of' : 'an increase of'} ${derived(c.delta.abs(), c.to, c.from)}`;

/** Decimals a rate change can carry: those of its less precise input. */
const precision = (c: Change) => Math.min(c.from.decimals, c.to.decimals);

export function formula(c: Change): string {
  const [to, from] = operands(c.to, c.from);
  return c.points || !c.pct ? `${to} − ${from}` : `(${to} − ${from}) ÷ ${from} × 100`;
}

/** The change the release itself states for this comparison ("an increase of 13.8%"), if any. */
function stated(ask: Ask, metric: string, to: Period, from: Period) {
  // By the dates the periods span, not their names: a fiscal quarter is the calendar quarter it spans.
  const basis = span(periodFor(ask.kb, metric, from));
  return ask.kb.all(metric, to, 'change').find((f) => f.basis && span(f.basis) === basis);
}

/**
 * A change the release states with no comparison named ("Segment profit fell 4.2%", its note saying what
 * percentages compare; "margin of 4.7%, up 55 basis points"): its statement of this change where it is the two
 * figures' change as it prints it, or, in points, what the two printed rates give to their rounding.
 */
function agreeing(ask: Ask, metric: string, then: Fact, now: Fact): Fact | undefined {
  const c = change(then, now);
  const fits = (f: Fact) => (f.points ? c.points && pointsAgree(f, c) : Boolean(c.pct?.toDecimalPlaces(f.decimals).equals(f.value)));
  return ask.kb.all(metric, now.period, 'change').find((f) => !f.basis && f.unit.kind === 'percent' && fits(f));
}

const span = (p: Period) => (p.kind === 'instant' ? p.date : `${p.months}M-${p.end}`);

// A stated rate is shown as printed ("22%"): a decimal it does not have would be a figure it does not give.
const ownFigure = (own: Fact) =>
  own.points ? `${points(own.value, own.decimals)} (${bps(own.value)})` : own.unit.kind === 'percent' ? percent(own.value.abs(), own.decimals) : figure({ ...own, value: own.value.abs() });

/** A change in points the release states that the two printed rates give, to their rounding (19.4% − 18.5% is 0.9 ± 0.1: "93 bps" is it). */
const pointsAgree = (own: Fact, c: Change) => own.value.minus(c.delta).abs().lte(new Decimal(10).pow(-precision(c)));

export const statedText = (own: Fact, basisName: string) =>
  `${own.value.isNegative() ? 'down' : 'up'} ${ownFigure(own)}${basisName ? ` ${basisName}` : ''} as the release states it (line ${own.citation.line})`;

/** A stated rate coarser than a tenth ("22%") is less than the two printed figures give: computed, its rounding said. */
const coarse = (own: Fact | undefined) => own !== undefined && own.unit.kind === 'percent' && own.decimals < 1;

/** Beside a rate computed from the two figures, the coarser rate the release states, cited. */
function roundedNote(reply: Reply, own: Fact | undefined, c: Change): string {
  if (!own || !c.pct) return '';
  reply.cite(own);
  return ` (the release rounds it to ${ownFigure(own)}, line ${own.citation.line})`;
}

export const changeHandler: Handler = (ask) => {
  const reply = new Reply(ask.kb);
  const gaps: string[] = [];
  // A default comparison the release can't make is said only when no other one could be ("% change"
  // is answered quarter over quarter without "so no year over year change").
  const unasked: string[] = [];
  let answered = false;
  // A half against a quarter is no change: spans of unlike lengths are never compared.
  const spans = [...new Set(ask.periods.map((p) => (p.kind === 'duration' ? p.months : 0)))];
  if (spans.length > 1 && !spans.includes(0)) return unknown(`The periods asked, ${ask.periods.map(periodLabel).join(' and ')}, are spans of different lengths (${spans.join(' and ')} months): a change between them would compare unlike periods.`);
  // Between two named periods the change runs from the earlier to the later, however they were named.
  const byEnd = [...ask.periods].sort((a, b) => periodEnd(a).localeCompare(periodEnd(b)));
  const to = byEnd[byEnd.length - 1]!;
  for (const id of ask.metrics) {
    if (id.startsWith('formula:')) {
      const said = formulaChange(ask, reply, id, to, bases(ask, to), gaps);
      if (said) reply.say(said);
      answered ||= !!said;
      continue;
    }
    const label = title(ask.kb.metrics.get(id)!.label);
    const worked: string[] = [];
    const now = find(ask.kb, id, to, ask.kb.currency) ?? workedFigure(ask, reply, id, to, worked);
    if (!now) {
      // The release may state a change with no figure at all ("total operating revenue rose 12%").
      const own = bases(ask, to).flatMap((b) => stated(ask, id, to, b.from)?.citation ? [{ b, f: stated(ask, id, to, b.from)! }] : []);
      for (const { b, f } of own) reply.cite(f).about(f.period).say(`${label} ${when(f)} was ${statedText(f, b.name || `compared with ${periodLabel(b.from)}`)}.`);
      if (own.length) answered = true;
      if (!own.length || amountAsked(ask)) gaps.push(`${label} for ${periodLabel(to)}${own.length ? ', so not the amount of the change' : ''}`);
      continue;
    }
    const parts: string[] = [];
    if (ask.points && now.fact.unit.kind !== 'percent') gaps.push(`a percentage-point change for ${label}, which is an amount, not a rate`);
    for (const b of bases(ask, to)) {
      const then = find(ask.kb, id, b.from, ask.kb.currency) ?? workedFigure(ask, reply, id, b.from, worked);
      // Where the release states the change, its figure (from unrounded amounts) is the answer; it may
      // state it without the earlier figure at all ("down 23.2% year over year").
      const own = stated(ask, id, now.fact.period, b.from);
      if (!then) {
        if (own) {
          reply.cite(own);
          parts.push(statedText(own, b.name));
          // A rate the release states is no amount: the amount asked needs the earlier figure.
          if (amountAsked(ask)) gaps.push(`${label} for ${periodLabel(b.from)}, so not the amount of the change`);
        } else (b.asked ? gaps : unasked).push(`${label} for ${periodLabel(b.from)}, so no ${b.name ? `${b.name} change` : 'change'}`);
        continue;
      }
      parts.push(compared(ask, reply, label, b, then.fact, now.fact, own ?? agreeing(ask, id, then.fact, now.fact)));
    }
    if (parts.length) {
      answered = true;
      reply.about(now.fact.period).say(`${label} ${verb(label)} ${said(ask.kb, id, now.fact)} ${when(now.fact)}, ${parts.join('; and ')}.${worked.map((w) => ` ${label} ${verb(label)} ${w}.`).join('')}`);
    }
  }
  if (!answered) return unknown(`The release doesn't give ${[...gaps, ...unasked].join('; ') || 'what that change needs'}.`);
  if (gaps.length) reply.say(`The release doesn't give ${gaps.join('; ')}.`);
  return reply.answer();
};

/**
 * A figure the release prints for no period of its own but states as a longer span less the rest of
 * it (Q1 as H1 less Q2): that difference, both lines cited and the working kept for the reply.
 */
function workedFigure(ask: Ask, reply: Reply, id: string, p: Period, worked: string[]): { fact: Fact } | null {
  const t = tiled(ask.kb, id, periodFor(ask.kb, id, p), ask.kb.currency);
  if (!t) return null;
  reply.cite(t.whole, t.rest).derive(`${title(ask.kb.metrics.get(id)!.label)} ${when(t.fact)}`, figure(t.fact), operands(t.whole, t.rest).join(' − '));
  worked.push(workedOut(t));
  return { fact: t.fact };
}

/** One comparison of two printed figures, in words; the release's own statement of it where it has one. */
function compared(ask: Ask, reply: Reply, label: string, b: Basis, signedThen: Fact, signedNow: Fact, own: Fact | undefined): string {
  reply.cite(signedThen, signedNow);
  // Two losses compare as losses, by their sizes; a loss against a profit keeps the signed figures (a decrease).
  const losses = [lossOf(ask.kb, signedThen.metric, signedThen), lossOf(ask.kb, signedNow.metric, signedNow)];
  const loss = Boolean(losses[0] && losses[1]);
  const [then, now] = loss ? [losses[0]!.size, losses[1]!.size] : [signedThen, signedNow];
  const c = change(then, now);
  // A rate's change in points the release states is its own figure, from unrounded amounts; a points change is no percentage one.
  if (own?.points && !(c.points && pointsAgree(own, c))) return compared(ask, reply, label, b, signedThen, signedNow, undefined);
  if (own?.points) {
    reply.cite(own);
    return `${statedText(own, b.name)}, from ${said(ask.kb, then.metric, signedThen)} ${when(then)}`;
  }
  // Where the release states the change, the answer never says otherwise: from a negative base, or
  // against its direction (a signed line the release reads as a size), its statement alone is given.
  if (own && !c.points && !coarse(own) && (!c.pct || own.value.isNegative() !== c.delta.isNegative())) {
    reply.cite(own);
    // The amount asked is the two printed figures' difference, said as it is signed.
    return `${statedText(own, b.name)}, from ${figure(then)} ${when(then)}${amountAsked(ask) ? ` (a change of ${amountOf(reply, label, b, then, now, c)})` : ''}${multipleOf(ask, reply, label, then, now, c)}`;
  }
  if (own && c.pct && !coarse(own)) {
    reply.cite(own);
    // The amount of the change is the bot's own arithmetic on the two figures the release prints.
    amountOf(reply, label, b, then, now, c);
    return `${statedText(own, b.name)}, from ${figure(then)} ${when(then)} (${moved(c, loss)})${multipleOf(ask, reply, label, then, now, c)}`;
  }
  reply.derive(`${label} change ${b.name || `from ${periodLabel(then.period)}`}`, c.points ? points(c.delta, precision(c)) : c.pct ? percent(c.pct) : derived(c.delta, c.to, c.from), formula(c));
  if (amountAsked(ask) && c.pct && !c.points) amountOf(reply, label, b, then, now, c);
  return describe(c, b.name, loss, said(ask.kb, then.metric, signedThen)) + (c.points && ask.modifiers.has('bps') ? ` (${bps(c.delta)})` : '') + multipleOf(ask, reply, label, then, now, c) + roundedNote(reply, own, c);
}

/** The amount of the change asked ("by how much", "how much did it increase"), not only its rate. */
const amountAsked = (ask: Ask) => ask.modifiers.has('change-amount') || ask.modifiers.has('by-amount');

/** The amount of a change, shown with its inputs: the later printed figure less the earlier. */
function amountOf(reply: Reply, label: string, b: Basis, then: Fact, now: Fact, c: Change): string {
  const text = derived(c.delta, c.to, c.from);
  reply.derive(`${label} change in amount ${b.name || `from ${periodLabel(then.period)}`}`, text, `${figure(now)} − ${figure(then)}`);
  return text;
}

/** "how many x is that": the later figure as a multiple of the earlier, of two positive amounts (no multiple of a rate or a loss). */
function multipleOf(ask: Ask, reply: Reply, label: string, then: Fact, now: Fact, c: Change): string {
  // (isBase refuses a zero base, which isPositive() allows; amount() puts figures printed at two scales on one.)
  if (!ask.modifiers.has('multiple') || c.points || !isBase(amount(then)) || !amount(now).isPositive()) return '';
  const x = amount(now).div(amount(then)).toFixed(2);
  reply.derive(`${label}, ${periodLabel(now.period)} as a multiple of ${periodLabel(then.period)}`, `${x}x`, `${figure(now)} ÷ ${figure(then)}`);
  return `; ${x}x the ${periodLabel(then.period)} figure`;
}
