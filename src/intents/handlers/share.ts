// A share of a whole: "S&M as % of rev", "what share of total net revenue came from platform
// services?" With one metric, its share of the line it adds up into.
import { percentOf, percentRange } from '../../knowledge/derive.js';
import { figure, operands, percent, percentWithin, points, pointsMoved, when } from '../format.js';
import { commensurable, findFinest, linesOfFormula, unitsApart } from '../lookup.js';
import { isPartOf } from '../recognisers/expressions.js';
import type { Ask, Checked } from '../frame.js';
import type { Decimal } from 'decimal.js';
import { periodEnd, priorQuarter, yearAgo } from '../../knowledge/period.js';
import { inline, Reply, title, unknown, verb, type Handler } from '../reply.js';
import { breakdown } from './breakdown.js';
import { printedRatio } from './ratio.js';
import { value } from './value.js';
import { words } from '../../knowledge/labels.js';
import type { Metric } from '../../knowledge/release.js';


/**
 * Which named metric is the whole: the line the other adds up into; else the one named after "in" or
 * "within" ("share of X in Y"), else after "of" or "to" ("% of X"), else the second named.
 */
export function partAndWhole(ask: Ask): [string, string] | null {
  // (A line named twice, by the thread and again by the question, is one line: no part of itself.)
  const metrics = [...new Set(ask.metrics)];
  if (metrics.length === 1) {
    // "Of the total" is the statement's top line (total net revenue, total liabilities), not the segment,
    // nor a sum of two statements' totals ("total liabilities and equity").
    const up = (id: string) => ask.kb.metrics.get(id)?.parent;
    // A part the prose states with no whole named is a share of the total the prose states it of, at the top.
    const stated = (id: string | undefined): string | undefined => (id && ask.kb.metrics.get(id)?.partOf ? stated(ask.kb.metrics.get(id)!.partOf) : id);
    let whole = up(metrics[0]!) ?? (ask.kb.metrics.get(metrics[0]!)?.partOf && stated(metrics[0]!));
    if (ask.modifiers.has('of-total')) while (whole && up(whole) && !/\band\b/i.test(ask.kb.metrics.get(up(whole)!)!.label)) whole = up(whole);
    return whole ? [metrics[0]!, whole] : null;
  }
  if (metrics.length < 2) return null;
  const [a, b] = metrics as [string, string];
  if (isPartOf(ask.kb, a, b)) return [a, b];
  if (isPartOf(ask.kb, b, a)) return [b, a];
  const whole = ask.whole && metrics.includes(ask.whole) ? ask.whole : b;
  return [metrics.find((id) => id !== whole)!, whole];
}

export const share: Handler = (ask) => {
  // A ratio to revenue asked as a share of revenue ("gross margin as % of sales") is that ratio; of another line, none.
  const ratio = ask.metrics.find((id) => id.startsWith('formula:'));
  if (ratio) {
    const over = linesOfFormula(ask.kb, ratio)?.denominator ?? [];
    const whole = ask.metrics.filter((id) => id !== ratio);
    if (whole.every((id) => over.includes(id))) return value({ ...ask, metrics: [ratio] });
    return unknown(`${ask.matcher.label(ratio)} is a ratio already (of ${inline(ask.kb.metrics.get(over[0]!)?.label ?? 'another line')}); I won't give it as a share of ${whole.map((id) => inline(ask.kb.metrics.get(id)!.label)).join(' and ')}.`, 'not-understood');
  }
  const pair = partAndWhole(ask);
  // A share the release states ("representing 61.0% of the total") for a line with no parent line.
  const label = ask.metrics.length === 1 ? ask.kb.metrics.get(ask.metrics[0]!)?.label.toLowerCase() : undefined;
  const stated = !pair && label ? [...ask.kb.metrics.values()].find((m) => m.label.toLowerCase() === `${label} as a share of the total`) : undefined;
  if (stated) return value({ ...ask, metrics: [stated.id] });
  // The mix of a whole ("revenue mix"): the shares of its parts.
  if (!pair && ask.modifiers.has('mix') && ask.kb.metrics.get(ask.metrics[0]!)?.children.length) return breakdown(ask);
  if (!pair) return unknown(`Share of what? Name the whole, e.g. ${shareExample(ask)}.`, 'not-understood');
  const [partId, wholeId] = pair;
  // The release's own rate of the part to the whole ("Allowance for credit losses to total loans 1.26%") is the share, cited.
  const printed = ask.points ? null : printedRatio(ask, partId, wholeId);
  if (printed) return value({ ...ask, metrics: [printed] });
  const apart = notAPart(ask, partId, wholeId);
  if (apart) return apart;
  const reply = new Reply(ask.kb);
  const [pl, wl] = [title(ask.kb.metrics.get(partId)!.label), inline(ask.kb.metrics.get(wholeId)!.label)];
  const shares: { pct: Decimal; when: string }[] = [];
  for (const p of ask.periods) {
    const part = findFinest(ask.kb, partId, p, ask.kb.currency);
    const whole = findFinest(ask.kb, wholeId, p, ask.kb.currency);
    if (part && whole && (!commensurable(part.fact, whole.fact) || part.fact.period.kind !== whole.fact.period.kind)) {
      return unknown(`${pl} is not a part of ${wl}: they are different kinds of figure${unitsApart(part.fact, whole.fact)}.`);
    }
    // A part printed in parentheses of a whole that is not (or the reverse) is no share: a negative one would read as a sign the release never meant.
    if (part && whole && part.fact.value.isNegative() !== whole.fact.value.isNegative()) {
      return unknown(`${pl} and ${wl} are printed with opposite signs (one in parentheses) ${when(part.fact)}, so I won't give one as a share of the other.`);
    }
    // More lines than a part and its whole, not added up: a share of two of them would leave the others out silently.
    if (ask.metrics.length > 2) return unknown(`A share sets one line against its whole, and you named ${ask.metrics.length}: ${ask.metrics.map((id) => inline(ask.matcher.label(id))).join('; ')}. Ask for one as % of another, or for "A + B as % of C".`, 'not-understood');
    const pct = part && whole ? percentOf(part.fact, whole.fact) : null;
    if (!part || !whole || !pct) continue;
    reply.cite(part.fact, whole.fact).about(part.fact.period);
    const [a, b] = operands(part.fact, whole.fact);
    const within = percentWithin(pct, percentRange(part.fact, whole.fact));
    reply.derive(`${pl} as % of ${wl}`, within.shown, `${a} ÷ ${b} × 100`);
    reply.say(`${pl} ${verb(pl)} ${within.shown} of ${wl} ${when(part.fact)} (${figure(part.fact)} of ${figure(whole.fact)}${within.range ? `; ${within.range}` : ''}).`);
    shares.push({ pct, when: when(part.fact) });
  }
  // The change of a share asked ("in pp", "yoy change"): the later share less the earlier, in percentage points.
  if (ask.points && shares.length === 2) {
    const [from, to] = shares as [(typeof shares)[0], (typeof shares)[0]];
    // (From the exact shares, to two decimals: the one-decimal shares shown would round the change twice.)
    const pp = to.pct.minus(from.pct);
    reply.derive(`Change in ${pl} as % of ${wl}`, `${pp.isNegative() ? '−' : ''}${points(pp, 2)}`, `${percent(to.pct, 2)} − ${percent(from.pct, 2)}`);
    reply.say(`As a share of ${wl}, ${pl} went from ${percent(from.pct)} ${from.when} to ${percent(to.pct)} ${to.when}: ${pp.abs().lt(0.005) ? 'unchanged' : pointsMoved(pp, 2, ask.modifiers.has('bps'))}.`);
  }
  const a = reply.answer();
  return a.citations.length ? a : unknown(`The release doesn't give both ${ask.kb.metrics.get(partId)!.label} and ${ask.kb.metrics.get(wholeId)!.label} for that period.`);
};

/** An example of a share question built from the release's own lines: the part asked over the line it adds into. */
function shareExample(ask: Ask): string {
  const part = ask.kb.metrics.get(ask.metrics[0] ?? '');
  if (!part) return '"<a line> as % of <its total>"';
  const whole = part.parent ? ask.kb.metrics.get(part.parent)?.label : undefined;
  return `"${title(part.label)} as % of ${whole ? inline(whole) : '<its total>'}"`;
}

/**
 * Whether a line may be given as a share of another: one adds up into the other, both are read from one
 * place (a statement, the prose), or the part is of the whole's kind (its last word: "revenue from X" of
 * total revenue). A loan volume over a fee line is none of these.
 */
export function sharable(ask: Ask, partId: string, wholeId: string): boolean {
  const [part, whole] = [ask.kb.metrics.get(partId), ask.kb.metrics.get(wholeId)];
  if (!part || !whole) return true;
  const kind = words(whole.label).at(-1)!;
  // (A word inside a compound, "light" of "capital-light", is no kind: a volume under the capital-light model is no fee.)
  const own = words(part.label.replace(/\S+-\S+/g, ' '));
  if (isPartOf(ask.kb, partId, wholeId) || isPartOf(ask.kb, wholeId, partId)) return true;
  // A line of a table that measures another of the release's lines ("Food" of the "Adjusted operating profit" table)
  // is a part of that measure: of a whole of another kind (revenue) in another table, none, though both are table lines.
  if (part.statement !== whole.statement && measuredBy(ask, part) && !own.includes(kind) && !words(part.statement).includes(kind)) return false;
  return part.source === whole.source || own.includes(kind);
}

/**
 * Whether a table's title names one of the release's lines (its label, or that label's end: "Total segment profit"): the
 * measure its rows are parts of. (A label's own table title in parentheses is no part of the line's name.)
 */
function measuredBy(ask: Ask, part: Metric): boolean {
  const named = words(part.statement).join(' ');
  const name = (m: Metric) => words(m.label.replace(` (${m.statement})`, '')).join(' ');
  // (A line its table is titled by, "Transaction margin dollars" alone under that title, is that measure, no part of it.)
  return Boolean(named) && name(part) !== named && [...ask.kb.metrics.values()].some((m) => ` ${name(m)}`.endsWith(` ${named}`));
}

/**
 * A part that is no part of the whole: a statement's line over a figure of the prose (a fee over a loan
 * volume), neither adding up into the other nor of its kind (the whole's last word). The share the
 * release states of the whole's kind, for a line of the part's own words as said ("capital-light"),
 * where there is one such; else a decline saying why.
 */
function notAPart(ask: Ask, partId: string, wholeId: string): ReturnType<Handler> | null {
  const [part, whole] = [ask.kb.metrics.get(partId), ask.kb.metrics.get(wholeId)];
  if (!part || !whole || sharable(ask, partId, wholeId)) return null;
  const kind = words(whole.label).at(-1);
  // (The part's own words said in the topic, every one a word of the stated line: "capital light fees" is no volume.)
  const said = words(part.label).filter((w) => !words(whole.label).includes(w) && words(ask.topic).includes(w));
  const stated = [...ask.kb.metrics.values()].filter((m) => {
    const base = /^(.+) as a share of the total$/i.exec(m.label)?.[1];
    // (Of the whole's own kind: its last word, a volume's share of a volume, not of a balance.)
    return base && m.statement === whole.statement && words(base).includes(kind!) && said.length > 0 && said.every((w) => words(base).includes(w));
  });
  if (stated.length === 1) return value({ ...ask, metrics: [stated[0]!.id] });
  // (A label that names its table already, "Food (Adjusted operating profit)", is not named twice.)
  const where = part.label.toLowerCase().endsWith(`(${part.statement.toLowerCase()})`) ? '' : ` (${part.statement})`;
  return unknown(`${title(part.label)}${where} is not a part of ${inline(whole.label)} (${whole.statement}): one is not counted in the other, so I won't give it as a share of it. Ask for each figure.`, 'not-in-release');
}

/**
 * A share's change between two periods ("S&M as % of rev, yoy change", "credit driven mix of rev 1q23 vs 1q24, pp
 * change"): each period's share, then the difference in percentage points. Null for any other change of a derived
 * figure, which the frame still declines.
 */
export function shareChange(c: Checked): ReturnType<Handler> | null {
  if (!c.intent.ops.includes('share') || c.intent.ops.some((o) => o === 'ratio' || o === 'breakdown')) return null;
  const [p] = c.frame.periods;
  const periods = c.frame.periods.length === 2 ? [...c.frame.periods] : p && c.frame.basis ? [c.frame.basis === 'yoy' ? yearAgo(p) : priorQuarter(p), p] : [];
  if (periods.length !== 2) return null;
  periods.sort((a, b) => periodEnd(a).localeCompare(periodEnd(b)));
  return share({ ...c.frame, op: 'share', kb: c.lex.kb, matcher: c.lex.matcher, periods, points: true });
}
