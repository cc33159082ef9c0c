// A sum of lines with their signs: "total provisions, adding up all four provision lines", "A + B − C",
// "opex ex provisions" (a part taken out of the line it adds up into, and only such a part).
import { Decimal } from 'decimal.js';
import { amount, type Fact } from '../../knowledge/fact.js';
import { isPartOf, type Sign } from '../recognisers/expressions.js';
import { derived, figure, operands, when } from '../format.js';
import type { Ask } from '../frame.js';
import { commensurable, find, type Found } from '../lookup.js';
import { inline, Reply, title, unknown, type Handler } from '../reply.js';
import type { Answer } from '../answer.js';

const label = (ask: Ask, id: string) => ask.kb.metrics.get(id)!.label;

/** An excluded line that is no part of any line added: taking it out would be a figure the release does not imply. */
function notAPart(ask: Ask, ids: string[]): Answer | null {
  const added = ids.filter((id) => !ask.signs.has(id));
  const stray = ids.find((id) => ask.signs.get(id) === 'excluded' && !added.some((whole) => isPartOf(ask.kb, id, whole)));
  if (!stray) return null;
  const wholes = added.map((id) => inline(label(ask, id))).join(' or ');
  return unknown(`The release's tables don't show ${inline(label(ask, stray))} as a part of ${wholes}, so I won't take it out of it. Ask for each figure, or for "${title(label(ask, added[0] ?? stray))} minus ${inline(label(ask, stray))}" if a plain difference is what you mean.`, 'not-in-release');
}

export const sum: Handler = (ask) => {
  // Lines named as a family ("all four provision lines") are the family's members, as many as said.
  const ids = ask.metrics.length >= 2 ? ask.metrics : ask.family;
  if (ids.length < 2) return unknown('Which lines should I add up? Name them, e.g. "sum of funding costs and sales and marketing".', 'not-understood');
  const count = ask.count;
  if (count && count !== ids.length && !ask.signs.size) {
    return unknown(`The release has ${ids.length} such lines, not ${count}: ${ids.map((id) => label(ask, id)).join('; ')}. Ask for the ones you mean.`);
  }
  const stray = notAPart(ask, ids);
  if (stray) return stray;
  const p = ask.periods[0]!;
  const found = ids.map((id) => find(ask.kb, id, p, ask.currency));
  const missing = ids.filter((_, k) => !found[k]);
  if (missing.length) return unknown(`The release doesn't give ${missing.map((id) => inline(label(ask, id))).join(', ')} for that period, so no ${ask.signs.size ? 'result' : 'sum'}.`);
  const fs = asSigned(ask, found as Found[]);
  // A balance and a quarter's flow, RMB and USD, an amount and a count do not add up.
  // (Figures per share may be set against each other, never added up.)
  const perShare = fs[0]!.unit.kind === 'per_share' && fs.slice(1).some((f) => !ask.signs.has(f.metric));
  if (perShare || fs.some((f) => !commensurable(f, fs[0]!) || f.period.kind !== fs[0]!.period.kind)) {
    return unknown(`Those lines are not of one kind (${fs.map((f) => `${inline(label(ask, f.metric))}: ${figure(f)} ${when(f)}`).join('; ')}), so they do not add up.`);
  }
  return signed(ask, fs);
};

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

/** The signed sum, its formula and the figures it came from. */
function signed(ask: Ask, fs: Fact[]): Answer {
  const sign = (f: Fact): Sign => ask.signs.get(f.metric) ?? 'plus';
  const total = fs.reduce((s, f) => (sign(f) === 'plus' ? s.plus(amount(f)) : s.minus(amount(f))), new Decimal(0));
  const shown = signedText(total, fs);
  const reply = new Reply(ask.kb).cite(...fs).about(fs[0]!.period);
  // A negative figure added is shown subtracted: "1,958,267 − 3,138,175".
  const nums = operands(...fs.map((f) => ({ ...f, value: f.value.abs() })));
  const op = (f: Fact) => ((sign(f) === 'plus') === !f.value.isNegative() ? '+' : '−');
  const formula = nums.map((n, k) => (k === 0 ? `${fs[0]!.value.isNegative() ? '-' : ''}${n}` : `${op(fs[k]!)} ${n}`)).join(' ');
  const words = fs.map((f, k) => (k === 0 ? title(label(ask, f.metric)) : `${sign(f) === 'excluded' ? 'excluding' : sign(f)} ${inline(label(ask, f.metric))}`));
  const others = fs.slice(1).every((f) => sign(f) === 'excluded') ? `excluding ${fs.length - 1} of its lines` : `with ${fs.length - 1} other lines`;
  const name = !ask.signs.size ? 'Sum' : words.length > 4 ? `${words[0]} ${others}` : words.join(' ');
  reply.derive(name, shown, formula);
  reply.say(!ask.signs.size ? `The sum of ${fs.length} lines was ${shown} ${when(fs[0]!)}:` : `${name} was ${shown} ${when(fs[0]!)}:`);
  for (const f of fs) reply.say(`- ${sign(f) === 'plus' ? '' : '(−) '}${title(label(ask, f.metric))}: ${f.value.isNegative() ? `-${figure({ ...f, value: f.value.abs() })}` : figure(f)}`);
  return reply.answer();
}
