// A sum of lines with their signs: "total provisions, adding up all four provision lines", "A + B − C",
// "opex ex provisions" (a part taken out of the line it adds up into, and only such a part).
import { Decimal } from 'decimal.js';
import { isBase } from '../../knowledge/derive.js';
import { amount, type Fact } from '../../knowledge/fact.js';
import { isPartOf, wholeOf, type Sign } from '../recognisers/expressions.js';
import { endMonth, periodEnd, periodLabel, shift, type Period } from '../../knowledge/period.js';
import { derived, figure, operands, percent, when } from '../format.js';
import { adjustedFor } from './adjusted-for.js';
import { printedSum } from './printed-sum.js';
import { value } from './value.js';
import { bases } from './change.js';
import { sharable } from './share.js';
import type { Ask } from '../frame.js';
import { commensurable, find, findFinest, linesOfFormula, type Found } from '../lookup.js';
import { inline, Reply, title, unknown, type Handler } from '../reply.js';
import type { Answer } from '../answer.js';

const label = (ask: Ask, id: string) => ask.kb.metrics.get(id)!.label;

/** Each term under the result, one a line, a subtracted one marked (−). */
function listTerms(reply: Reply, ask: Ask, fs: Fact[]): void {
  for (const f of fs) reply.say(`- ${sign(ask, f) === 'plus' ? '' : '(−) '}${title(label(ask, f.metric))}: ${shownFigure(f)}`);
}

/** An excluded line that is no part of any line added: taking it out would be a figure the release does not imply. */
function notAPart(ask: Ask, ids: string[]): Answer | null {
  const added = ids.filter((id) => !ask.signs.has(id));
  const stray = ids.find((id) => ask.signs.get(id) === 'excluded' && !added.some((whole) => isPartOf(ask.kb, id, whole)));
  if (!stray) return null;
  const wholes = added.map((id) => inline(label(ask, id))).join(' or ');
  return unknown(`The release's tables don't show ${inline(label(ask, stray))} as a part of ${wholes}, so I won't take it out of it. Ask for each figure, or for "${title(label(ask, added[0] ?? stray))} minus ${inline(label(ask, stray))}" if a plain difference is what you mean.`, 'not-in-release');
}

/**
 * A line taken out of its sibling ("loans across other products other than V-pocket"), the two the only
 * parts of one whole, which they add up to exactly for the period: the whole less the lines taken out is
 * the line named, so it is taken out of the whole. Else the lines as named (declined: no part of the line).
 */
function ofTheWhole(ask: Ask, ids: string[], p: Period): string[] {
  const added = ids.filter((id) => !ask.signs.has(id));
  const out = ids.filter((id) => ask.signs.get(id) === 'excluded');
  const whole = added.length === 1 ? wholeOf(ask.kb, added[0]!) : undefined;
  if (!whole || !out.length || out.some((id) => wholeOf(ask.kb, id) !== whole)) return ids;
  const ofWhole = [...ask.kb.metrics.values()].filter((m) => wholeOf(ask.kb, m.id) === whole);
  // (A whole with other parts too, less the lines taken out, is another figure than the line named: "opex less contingent" for "loans provision ex contingent".)
  if (ofWhole.some((m) => m.id !== added[0] && !out.includes(m.id))) return ids;
  const parts = ofWhole.map((m) => find(ask.kb, m.id, p, ask.currency)?.fact);
  const w = find(ask.kb, whole, p, ask.currency)?.fact;
  if (!w || parts.some((f) => !f || !commensurable(f, w))) return ids;
  return parts.reduce((s, f) => s.plus(amount(f!)), new Decimal(0)).equals(amount(w)) ? [whole, ...out] : ids;
}

/** A label's words after the head it shares with another ("for other technology solutions"), without its leading preposition. */
function tail(a: string, b: string): string {
  const [x, y] = [a.toLowerCase().split(/\s+/), b.toLowerCase().split(/\s+/)];
  let k = 0;
  while (k < x.length && x[k] === y[k]) k++;
  return x.slice(k).join(' ').replace(/^(?:for|under|of|from|in|on|at)\s+/, '');
}

/**
 * Two lines added where one already holds the other: a part in the tables, or a line whose label lists the
 * other's own words as one of its items ("… under capital-light model, ICE and other technology solutions"
 * beside "… for other technology solutions"). The sum would count that part twice: declined, saying so.
 */
function countedTwice(ask: Ask, ids: string[]): Answer | null {
  const added = ids.filter((id) => !ask.signs.has(id) || ask.signs.get(id) === 'plus');
  // (Lines taken out likewise: "balance not under X, ICE and Y" takes out X, which holds ICE and Y already.)
  const taken = ids.filter((id) => ask.signs.get(id) === 'excluded' || ask.signs.get(id) === 'minus');
  for (const [terms, doing] of [[added, 'adding them'], [taken, 'taking them all out']] as const) {
    for (const whole of terms) {
      for (const part of terms) {
        if (part === whole) continue;
        const [w, p] = [label(ask, whole), label(ask, part)];
        const own = tail(p, w);
        const listed = own !== '' && tail(w, p).split(/,\s*|\s+and\s+/).includes(own);
        if (isPartOf(ask.kb, part, whole) || listed) {
          return unknown(`${title(w)} already includes ${inline(p)}, so ${doing} would count it twice. Ask for each figure, or name the parts you mean.`, 'not-in-release');
        }
      }
    }
  }
  return null;
}

/**
 * A ratio named with its own definition ("gross margin, total revenue less cost of sales over total revenue"):
 * the ratio, since its lines only restate it; with other lines, no sum (a ratio is not added to amounts).
 */
function ratioSpelledOut(ask: Ask, id: string): Answer {
  const lines = linesOfFormula(ask.kb, id);
  const own = new Set([...(lines?.numerator ?? []), ...(lines?.denominator ?? []), ...(lines?.less ?? [])]);
  if (ask.metrics.every((m) => m === id || own.has(m))) return value({ ...ask, metrics: [id], signs: new Map() });
  return unknown(`${title(ask.matcher.label(id))} is a ratio: I don't add it to or take it from other lines. Ask for it on its own, or for the lines.`, 'not-understood');
}

export const sum: Handler = (ask) => {
  // (A ratio among the terms is no line of the release: sumOf's labels and parts are lines'.)
  const ratio = ask.metrics.find((id) => id.startsWith('formula:'));
  if (ratio) return ratioSpelledOut(ask, ratio);
  // Lines named as a family ("all four provision lines") are the family's members, as many as said.
  const whole = ask.metrics.find((id) => ask.signs.get(id) === 'whole');
  const terms = ask.metrics.filter((id) => id !== whole);
  // A family with one of its lines taken out ("provisions excluding the contingent one"): the others; an
  // exclusion from a family that does not hold the line is no figure the release implies.
  const out = terms.length < 2 ? terms.filter((id) => ask.signs.get(id) === 'excluded') : [];
  if (out.some((id) => !ask.family.includes(id))) return notAPart(ask, [...ask.family, ...out])!;
  let ids = terms.length >= 2 ? terms : ask.family.filter((id) => !out.includes(id));
  if (terms.length === 1 && !ask.family.length && !ask.signs.size && ask.periods.length >= 2 && !ask.basis) return acrossPeriods(ask, terms[0]!, partsOfSpan(ask.periods));
  if (ids.length < 2) return unknown('Which lines should I add up? Name them, e.g. "sum of funding costs and sales and marketing".', 'not-understood');
  const count = ask.count;
  if (count && count !== ids.length && !ask.signs.size) {
    return unknown(`The release has ${ids.length} such lines, not ${count}: ${ids.map((id) => label(ask, id)).join('; ')}. Ask for the ones you mean.`);
  }
  // Between two periods (or with a basis) the change of the result, else its value for the period.
  const to = [...ask.periods].sort((a, b) => periodEnd(a).localeCompare(periodEnd(b))).at(-1)!;
  const stray = adjustedFor(ask, ids, to) ?? notAPart(ask, ofTheWhole(ask, ids, to)) ?? countedTwice(ask, ids);
  if (stray) return stray;
  ids = ofTheWhole(ask, ids, to);
  // (A sum the release prints as one line is that line, cited: printed-sum.ts.)
  const printed = !whole && !ask.basis && ask.periods.length === 1 ? printedSum(ask, ids, to) : null;
  if (printed) return printed;
  const now = termsAt(ask, ids, to);
  if (!Array.isArray(now)) return now;
  // (The share's change is no figure this handler gives: said, never the share alone for a change asked.)
  if (whole && (ask.basis || ask.periods.length >= 2)) return unknown('I can give that share for each period, but not its change; ask for one period at a time.', 'out-of-scope');
  if (whole) return shareOf(ask, now, whole, to);
  return ask.basis || ask.periods.length >= 2 ? sumChange(ask, ids, now, to) : signed(ask, now);
};

/**
 * One line added up over the periods named ("sales, Q2 31 plus Q3 31"): amounts for periods that do not
 * overlap, each printed; a balance at two dates, or periods that overlap, add up to no figure.
 */
function acrossPeriods(ask: Ask, id: string, periods: Period[]): Answer {
  const fs = periods.map((p) => find(ask.kb, id, p, ask.currency)?.fact).filter((f): f is Fact => !!f);
  fs.sort((a, b) => periodEnd(a.period).localeCompare(periodEnd(b.period)));
  const flows = fs.length === periods.length && fs.every((f) => f.period.kind === 'duration' && commensurable(f, fs[0]!));
  const apart = fs.every((f, k) => k === 0 || (f.period.kind === 'duration' && periodEnd(shift(f.period, f.period.months)) >= periodEnd(fs[k - 1]!.period)));
  if (!flows || !apart) return unknown(`I add up ${inline(label(ask, id))} only as an amount for periods that do not overlap, each given in the release in the currency asked (a balance at two dates adds up to nothing); not over ${periods.map(periodLabel).join(' and ')}.`, 'not-in-release');
  const total = derived(fs.reduce((s, f) => s.plus(amount(f)), new Decimal(0)), ...fs);
  const name = `${title(label(ask, id))}, ${fs.map((f) => periodLabel(f.period)).join(' + ')}`;
  const reply = new Reply(ask.kb).cite(...fs).derive(name, total, operands(...fs).join(' + '));
  reply.say(`${title(label(ask, id))} added up over ${fs.map((f) => periodLabel(f.period)).join(' and ')} was ${total}:`);
  for (const f of fs) reply.say(`- ${periodLabel(f.period)}: ${shownFigure(f)}`);
  return reply.answer();
}

/**
 * A span named with the periods that add up to it ("H1 revenue? just add Q1 and Q2"): those periods, where
 * they tile it exactly (contiguous, ending with it, as long as it in all); else the periods as named.
 */
function partsOfSpan(periods: Period[]): Period[] {
  const months = (p: Period) => (p.kind === 'duration' ? p.months : 0);
  const whole = periods.find((p) => periods.every((x) => x === p || months(x) < months(p)));
  const parts = periods.filter((p) => p !== whole).sort((a, b) => endMonth(a) - endMonth(b));
  if (!whole || parts.length < 2 || parts.some((p) => p.kind !== 'duration')) return periods;
  const tiles = parts.every((p, k) => k === 0 || endMonth(p) - months(p) === endMonth(parts[k - 1]!));
  const total = parts.reduce((n, p) => n + months(p), 0);
  return tiles && endMonth(parts.at(-1)!) === endMonth(whole) && total === months(whole) ? parts : periods;
}

/** The result as a share of a whole ("S&M + G&A as % of revenue"): of one kind and timing, or declined. */
function shareOf(ask: Ask, now: Fact[], whole: string, to: Period): Answer {
  const w = find(ask.kb, whole, to, ask.currency)?.fact;
  if (!w) return unknown(`The release doesn't give ${inline(label(ask, whole))} for ${periodLabel(to)}.`);
  if (!commensurable(w, now[0]!) || w.period.kind !== now[0]!.period.kind) return unknown(`${title(label(ask, whole))} (${figure(w)} ${when(w)}) is not of the same kind as those lines, so I won't give one as a share of the other.`);
  // (A loan volume over a fee line, both in RMB, is still no share: one is not counted in the other.)
  const apart = now.find((f) => !sharable(ask, f.metric, whole));
  if (apart) return unknown(`${title(label(ask, apart.metric))} is not a part of ${inline(label(ask, whole))}: one is not counted in the other, so I won't give the sum as a share of it. Ask for each figure.`, 'not-in-release');
  const total = totalOf(ask, now);
  const pct = total.div(amount(w)).times(100);
  const name = nameOf(ask, now);
  const reply = new Reply(ask.kb).cite(...now, w).about(w.period);
  reply.derive(`${name} as % of ${inline(label(ask, whole))}`, percent(pct), `${signedText(total, now)} ÷ ${figure(w)} × 100`);
  reply.say(`${name} ${now.length > 1 ? 'came to' : 'was'} ${percent(pct)} of ${inline(label(ask, whole))} ${when(w)} (${signedText(total, now)} of ${figure(w)}):`);
  listTerms(reply, ask, now);
  return reply.answer();
}

/** The lines' figures for a period, signed for adding up, or the decline saying why there are none. */
function termsAt(ask: Ask, ids: string[], p: Period): Fact[] | Answer {
  const found = ids.map((id) => findFinest(ask.kb, id, p, ask.currency));
  const missing = ids.filter((_, k) => !found[k]);
  if (missing.length) return unknown(`The release doesn't give ${missing.map((id) => inline(label(ask, id))).join(', ')} for ${periodLabel(p)}, so no ${ask.signs.size ? 'result' : 'sum'}.`);
  const fs = asSigned(ask, found as Found[]);
  // A balance and a quarter's flow, RMB and USD, an amount and a count do not add up.
  // (Figures per share may be set against each other, never added up.)
  const perShare = fs[0]!.unit.kind === 'per_share' && fs.slice(1).some((f) => !ask.signs.has(f.metric));
  if (perShare || fs.some((f) => !commensurable(f, fs[0]!) || f.period.kind !== fs[0]!.period.kind)) {
    return unknown(`Those lines are not of one kind (${fs.map((f) => `${inline(label(ask, f.metric))}: ${figure(f)} ${when(f)}`).join('; ')}), so they do not add up.`);
  }
  return fs;
}

/** The change of the result between the periods asked: each period's figures cited, the percentage from the two totals. */
function sumChange(ask: Ask, ids: string[], now: Fact[], to: Period): Answer {
  const reply = new Reply(ask.kb).cite(...now).about(now[0]!.period);
  const name = nameOf(ask, now);
  const parts: string[] = [];
  const gaps: string[] = [];
  for (const b of bases(ask, to).filter((x) => x.asked)) {
    const then = termsAt(ask, ids, b.from);
    if (!Array.isArray(then)) {
      gaps.push(then.text);
      continue;
    }
    reply.cite(...then);
    const [x, y] = [totalOf(ask, now), totalOf(ask, then)];
    const delta = x.minus(y);
    const all = [...now, ...then];
    const basis = b.name ? ` ${b.name}` : '';
    if (delta.isZero()) parts.push(`unchanged${basis} from ${signedText(y, all)} ${when(then[0]!)}`);
    else if (!isBase(y)) parts.push(`${delta.isNegative() ? 'a decrease' : 'an increase'} of ${derived(delta.abs(), ...all)}${basis} from ${signedText(y, all)} ${when(then[0]!)} (a percentage change is not meaningful from a zero or negative base)`);
    else {
      const pct = delta.div(y).times(100);
      reply.derive(`${name} change${basis || ` from ${periodLabel(b.from)}`}`, percent(pct), `(${signedText(x, all)} − ${signedText(y, all)}) ÷ ${signedText(y, all)} × 100`);
      parts.push(`${delta.isNegative() ? 'down' : 'up'} ${percent(pct.abs())}${basis} from ${signedText(y, all)} ${when(then[0]!)} (${delta.isNegative() ? 'a decrease' : 'an increase'} of ${derived(delta.abs(), ...all)})`);
    }
  }
  if (!parts.length) return unknown(gaps.join(' ') || "The release doesn't give those lines for the period to compare with.");
  reply.say(`${ask.signs.size ? name : `The sum of ${now.length} lines`} was ${signedText(totalOf(ask, now), now)} ${when(now[0]!)}, ${parts.join('; and ')}.`);
  listTerms(reply, ask, now);
  return reply.answer();
}

/** Lines whose label names their direction: a net flow, signed as printed ("Net cash used in investing activities"). */
const DIRECTED = /\bused in\b|\boutflows?\b|\(decrease\)/i;

/**
 * The figures to add. A net flow the release prints in parentheses enters as printed where it is added
 * to lines that are not outgoings ("CFO plus CFI": the outflow reduces the total); an expense or cost
 * line, and any line subtracted, as an amount ("tax expense plus G&A", "pre-tax income minus tax").
 */
function asSigned(ask: Ask, found: Found[]): Fact[] {
  const added = found.filter((x) => !ask.signs.has(x.fact.metric));
  const mixed = added.some((x) => !x.outgoing);
  const flow = (x: Found) => mixed && x.outgoing && DIRECTED.test(label(ask, x.fact.metric)) && !ask.signs.has(x.fact.metric);
  return found.map((x) => (flow(x) ? { ...x.fact, value: x.fact.value.neg() } : x.fact));
}

/** A derived amount with its sign before the currency ("-RMB1,179.9 million"). */
const signedText = (value: Decimal, fs: Fact[]) => `${value.isNegative() ? '-' : ''}${derived(value.abs(), ...fs)}`;

const sign = (ask: Ask, f: Fact): Sign => ask.signs.get(f.metric) ?? 'plus';
const totalOf = (ask: Ask, fs: Fact[]) => fs.reduce((s, f) => (sign(ask, f) === 'plus' ? s.plus(amount(f)) : s.minus(amount(f))), new Decimal(0));
const shownFigure = (f: Fact) => (f.value.isNegative() ? `-${figure({ ...f, value: f.value.abs() })}` : figure(f));

/** What the result is called: "Sum", or its terms in words ("Total net revenue excluding referral services fees"). */
function nameOf(ask: Ask, fs: Fact[]): string {
  if (!ask.signs.size) return 'Sum';
  // A family's other lines ("provisions excluding X"): the line left out is named, none subtracted.
  const left = [...ask.signs].filter(([id, s]) => s === 'excluded' && !fs.some((f) => f.metric === id)).map(([id]) => inline(label(ask, id)));
  if (left.length && fs.every((f) => sign(ask, f) === 'plus')) return `The sum of ${fs.length} lines other than ${left.join(' and ')}`;
  const words = fs.map((f, k) => (k === 0 ? title(label(ask, f.metric)) : `${sign(ask, f) === 'excluded' ? 'excluding' : sign(ask, f)} ${inline(label(ask, f.metric))}`));
  const others = fs.slice(1).every((f) => sign(ask, f) === 'excluded') ? `excluding ${fs.length - 1} of its lines` : `with ${fs.length - 1} other lines`;
  return words.length > 4 ? `${words[0]} ${others}` : words.join(' ');
}

/** The signed sum, its formula and the figures it came from. */
function signed(ask: Ask, fs: Fact[]): Answer {
  const shown = signedText(totalOf(ask, fs), fs);
  const reply = new Reply(ask.kb).cite(...fs).about(fs[0]!.period);
  // A negative figure added is shown subtracted: "1,958,267 − 3,138,175".
  const nums = operands(...fs.map((f) => ({ ...f, value: f.value.abs() })));
  const op = (f: Fact) => ((sign(ask, f) === 'plus') === !f.value.isNegative() ? '+' : '−');
  const formula = nums.map((n, k) => (k === 0 ? `${fs[0]!.value.isNegative() ? '-' : ''}${n}` : `${op(fs[k]!)} ${n}`)).join(' ');
  const name = nameOf(ask, fs);
  reply.derive(name, shown, formula);
  reply.say(!ask.signs.size ? `The sum of ${fs.length} lines was ${shown} ${when(fs[0]!)}:` : `${name} was ${shown} ${when(fs[0]!)}:`);
  listTerms(reply, ask, fs);
  return reply.answer();
}
