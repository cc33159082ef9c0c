// Guidance: the ranges the release expects for the next quarter, and the growth they imply.
import type { Decimal } from 'decimal.js';
import { lineOf } from '../../knowledge/citation.js';
import type { Fact, TextFact } from '../../knowledge/fact.js';
import { datedName } from '../../knowledge/fiscal.js';
import { nominalKey, periodEnd, periodKey, periodLabel, sameSpan, shift, type Period } from '../../knowledge/period.js';
import { figure, when } from '../format.js';
import type { Ask } from '../frame.js';
import type { Answer } from '../answer.js';
import { asSaid, Reply, title, unknown, type Handler } from '../reply.js';
import { middle, versusGuidance } from './versus.js';
import { guidedRange } from './guided-range.js';
import { tokens } from '../../knowledge/prose/mentions.js';
import { EARLIER_REASON, earlierOutlook } from '../../knowledge/earlier-outlook.js';
import { asksOfRange, earlierRange, guidanceOps, moveBeside, partOf } from './guidance-ops.js';
import { nextQuarter, yearAhead } from './guided-parts.js';
import { partAsked } from './guided-part.js';
import { currencyDecline, rateFor, sayTranslated } from './guidance-currency.js';
import { stem } from '../../nlp.js';
import { FORWARD_HEADING } from '../../knowledge/prose/outlook-heading.js';
import { outlookSaid } from './outlook-said.js';
import { prior } from './earlier-said.js';
import { otherBasisStated } from '../other-basis.js';

/** Words that qualify an outlook as the release's own caution, not a figure. */
const CAVEAT = /\b(?:subject to|preliminary|may change|no assurance|forward-looking)\b/i;

/** The release's own caution about the outlook, said where the guidance is (its line), if it says one. */
function caveatOf(texts: TextFact[], ranges: Fact[]): TextFact | undefined {
  const at = new Set(ranges.map((f) => lineOf(f.citation)));
  return texts.find((t) => at.has(lineOf(t.citation)) && CAVEAT.test(t.text) && !/\d/.test(t.text));
}

/**
 * A range whose name prints amounts or a previous outlook ("Guidance Previous guidance Widgets net sales
 * EUR40m - EUR44m"): a table's cells run together, "Updated | Previous" columns read as prose, so which
 * range is the current one is unknown. It is never said as what the company expects.
 */
const jumbled = (ask: Ask, f: Fact) => {
  const label = ask.kb.metrics.get(f.metric)?.label ?? f.label;
  return /\b(?:previous|prior|original)\s+(?:guidance|outlook)\b/i.test(label) || tokens(label).some((t) => t.currency && !t.percent);
};

const words = (label: string) => label.toLowerCase().match(/[a-z0-9]+/g) ?? [];

/**
 * The guided lines of the metrics asked: their own, else lines the release guides under the same or a fuller name
 * of the one asked ("CASM-ex growth rate", "Core FFO per diluted share and unit" for "CASM-ex", "Core
 * FFO"); the answer names the guided line in the release's words, so the figure is never another's.
 */
function forMetrics(ask: Parameters<Handler>[0], all: Fact[]): Fact[] {
  // (A range whose line states the other basis is never the one asked: "non-GAAP opex guidance" is no GAAP range.)
  const lows = all.filter((f) => !otherBasisStated(ask.modifiers, ask.kb.metrics.get(f.metric)?.label ?? f.label));
  const own = lows.filter((f) => ask.metrics.includes(f.metric));
  if (own.length) return own;
  // An amount asked in a currency ("net sales guidance in dollars"): another line's guided rate is no answer to it.
  return forOtherLines(ask, ask.currencyAsked ? lows.filter((f) => f.unit.kind !== 'percent') : lows);
}

/** The ranges another line is guided by under the same or a fuller name of the one asked, or by its movement. */
function forOtherLines(ask: Ask, lows: Fact[]): Fact[] {
  const label = (id: string) => ask.kb.metrics.get(id)?.label ?? id;
  // (A word in the singular is the plural's: "Capital expenditure guidance" guides "capital expenditures".)
  const one = (w: string | undefined) => w?.replace(/(?<=[a-z]{3}[^s])s$/, '');
  const fuller = (f: Fact) =>
    ask.metrics.some((id) => {
      const asked = words(label(id));
      const guided = words(label(f.metric));
      return asked.length > 0 && guided.length >= asked.length && asked.every((w, i) => one(guided[i]) === one(w));
    });
  const fits = lows.filter(fuller);
  if (fits.length) return fits;
  // (One movement the release guides under two names, "capacity growth" and "ASM capacity growth rate", is said once.)
  // (The one under the release's outlook heading first: there the release states it in full, with any range it replaced.)
  const underOutlook = (f: Fact) => (FORWARD_HEADING.test(f.statement) ? 0 : 1);
  const moves = lows.filter((f) => ask.metrics.some((id) => movementOf(ask, id, f.metric))).sort((a, b) => underOutlook(a) - underOutlook(b));
  return moves.filter((f, k) => !moves.slice(0, k).some((g) => periodKey(g.period) === periodKey(f.period) && g.value.equals(f.value) && g.unit.kind === f.unit.kind));
}

/** Words a guided line's name may add to the line whose movement or basis it guides ("ARR growth at constant currency", "increase ASM capacity growth rate"). */
/** Words of the guided period a guided line's name may hold ("full-year 2026/27 adjusted operating profit", "2H26 marketing spend growth"). */
const PERIOD_WORD = /^(?:\d+|full|year|fiscal|fy\d*|[1-4]q\d*|q[1-4]\d*|[12]h\d*|h[12]\d*)$/;
// (An expense line's movement may be named by its kind: "marketing spend growth" of Marketing.)
const MOVEMENT = new Set(['growth', 'grow', 'rate', 'increase', 'change', 'yoy', 'organic', 'constant', 'currency', 'cc', 'at', 'in', 'of', 'by', 'the', 'spend', 'spending', 'expense', 'expenses', 'cost', 'costs'].map(stem));

/**
 * Whether a guided line guides the movement of the line asked: its name holds one of that line's names as a run
 * (the asker's "capacity" for ASMs), every other word a word of that line's names, of growth or basis, or of the
 * guided period. A margin or any other word makes it another line.
 */
function movementOf(ask: Ask, id: string, guided: string): boolean {
  const stems = ask.matcher.labelStems(guided);
  const names = ask.matcher.names.filter((n) => n.ids.includes(id) && n.stems.length);
  // (Another name of the same line may stand beside the one found: "ASM capacity".)
  const own = new Set(names.flatMap((n) => n.stems));
  const holds = names.some((n) => stems.some((_, i) => n.stems.every((s, k) => stems[i + k] === s)));
  return holds && stems.some((s) => !own.has(s)) && stems.every((s) => MOVEMENT.has(s) || PERIOD_WORD.test(s) || own.has(s));
}

/** A range the release states as a point and its tolerance ("$1.90 billion, plus or minus $50 million"): said so too, its midpoint first. */
function aroundPoint(low: Fact, high: Fact): string {
  if (!/\bplus or minus\b|±|\+\/-/i.test(low.citation.quote)) return '';
  const [mid, off] = [{ ...low, value: low.value.plus(high.value).div(2) }, { ...low, value: high.value.minus(low.value).div(2) }];
  // (The tolerance at a scale it is a whole of: "$50 million", not "$0.05 billion".)
  const finer = off.unit.kind === 'money' && off.value.abs().lt(1) && off.unit.scale >= 1e6 ? { ...off, value: off.value.times(1000), decimals: Math.max(0, (off.decimals ?? 0) - 3), unit: { ...off.unit, scale: off.unit.scale / 1000 } } : off;
  return ` (${figure(mid)}, plus or minus ${off.unit.kind === 'percent' ? inPoints(off.value, low.citation.quote) : figure(finer)}, as the release states it)`;
}

/** A rate's tolerance in the points the release states it in: "50 basis points", else "1 percentage point" (never "1%", a relative figure). */
function inPoints(value: Decimal, quote: string): string {
  if (/\bbasis points?\b|\bbps?\b/i.test(quote)) return `${value.times(100).toFixed()} basis points`;
  return `${value.toFixed()} percentage point${value.equals(1) ? '' : 's'}`;
}

/**
 * The sentence of one range, and the year-on-year growth the release states with it; growth asked ("implied
 * yoy growth?"), the growth leads, so the reply answers that and not only the range asked before.
 */
function expects(ask: Ask, [low, high]: [Fact, Fact], growth: [Fact, Fact] | null): string {
  const label = title(ask.kb.metrics.get(low.metric)?.label ?? low.label);
  const period = when(low).replace(/^in /, '');
  const range = `${guidedRange(low, high)}${aroundPoint(low, high)}`;
  if (!growth) return `For ${period}, the company expects ${label} ${range}.`;
  const rates = `between ${figure(growth[0])} and ${figure(growth[1])}`;
  if (ask.modifiers.has('growth')) return `For ${period}, the company's guidance implies year-on-year growth in ${label} ${rates} (${label} ${range}).`;
  return `For ${period}, the company expects ${label} ${range}, representing year-on-year growth ${rates}.`;
}

/** A period asked by name, dated as the release dates its own fiscal quarter (fiscal 2027 of a June year ends 30 June 2027). */
function fiscallyDated(ask: Ask, p: Period): Period {
  const own = ask.kb.quarter;
  return own.kind === 'duration' && own.fiscal && !own.fiscal.calendar && p.kind === 'duration' ? datedName(p, own, own.end, false) : p;
}

function forPeriodAsked(ask: Ask, lows: Fact[]): Fact[] {
  const latest = lows.map((f) => periodEnd(f.period)).sort().at(-1);
  // A quarter named without a year reads as the latest one past ("the second quarter" is Q2 2023 in a
  // Q1 2024 release); guidance looks ahead, so the same quarter a year on counts too. Named with its
  // year ("Q1 2025"), it is that quarter only: another year's guidance is not the one asked.
  // A calendar name asked of a fiscal issuer ("FY26") is its own period of that name (nominalKey).
  // A fiscal name asked ("FY27") of a span the release dates instead ("the year ending 30 June 2027") is that span.
  const named = (p: Period, f: Fact) => periodKey(p) === periodKey(f.period) || nominalKey(p) === periodKey(f.period) || sameSpan(fiscallyDated(ask, p), f.period);
  // Progress asked of a part ("what's needed in H2 to hit guidance"), the guidance is the whole's the part lies in.
  const holds = (p: Period, f: Fact) => named(p, f) || (ask.modifiers.has('progress') && partOf(ask, p, f));
  const asked = (f: Fact) => ask.periods.some((p) => holds(p, f) || (!ask.yearNamed && holds(shift(p, -12), f)));
  // "next quarter" is the quarter after the release's own; "the full year", no year named, the fiscal year the release lies in.
  const own = (f: Fact) => ask.kb.releases.find((r) => r.document === f.citation.document)?.quarter ?? ask.kb.quarter;
  if (ask.modifiers.has('next-quarter')) return lows.filter((f) => nextQuarter(f.period, own(f)));
  const wholeYear = !ask.yearNamed && ask.periods.some((p) => p.kind === 'duration' && p.months === 12);
  return ask.periodsNamed ? lows.filter((f) => asked(f) || (wholeYear && yearAhead(f.period, own(f)))) : (stillAhead(lows, own) ?? lows.filter((f) => periodEnd(f.period) === latest));
}

/**
 * No period named: every period the latest release guides that ends after its own quarter (the next quarter, the half,
 * the year), never only the one ending last (a target "by March 2027" would stand for the year's EBITDA range, the
 * year's capex for the half's profit). None ahead (a period dated as the release's own): null.
 */
function stillAhead(lows: Fact[], own: (f: Fact) => Period): Fact[] | null {
  const newest = lows.map((f) => periodEnd(own(f))).sort().at(-1);
  // (A quarter, a half, nine months or a year: a figure "as of" a date or "by March 2027" is a target's, no period guided.)
  const span = (p: Period) => p.kind === 'duration' && [3, 6, 9, 12].includes(p.months);
  const ahead = lows.filter((f) => periodEnd(own(f)) === newest && span(f.period) && periodEnd(f.period) > newest!);
  return ahead.length ? ahead : null;
}

/** The low ends of the guided ranges: a rate guided beside an amount of the same line is that amount's growth; a rate alone is guidance of its own. */
function guidedLows(ask: Ask): Fact[] {
  const besideAmount = (f: Fact) => ask.kb.facts.some((g) => g.role === 'low' && g.unit.kind !== 'percent' && g.metric === f.metric && g.citation.document === f.citation.document && g.citation.line === f.citation.line);
  return ask.kb.facts.filter((f) => f.role === 'low' && (f.unit.kind !== 'percent' || !besideAmount(f)));
}

const guidedNames = (ask: Ask, fs: Fact[]) => [...new Set(fs.map((f) => `${ask.kb.metrics.get(f.metric)?.label ?? f.label} for ${periodLabel(f.period)}`))].join('; ');

/**
 * Guidance asked for a period the release guides nothing for: declined, naming what it does guide, so neither
 * another period's range nor a sentence about its outlook ("raising our guidance") stands for it. Null when the
 * period asked is guided, none is named, or no range was read (an outlook in words may still answer).
 */
export function unguidedPeriod(ask: Ask, lows: Fact[] = guidedLows(ask)): Answer | null {
  if (!lows.length || forPeriodAsked(ask, lows).length) return null;
  // (A quarter named without a year is named as the one ahead that guidance would be for: "Q3 revenue" is Q3 2024's.)
  const ahead = (p: Period) => (!ask.yearNamed && periodEnd(p) <= periodEnd(ask.kb.quarter) ? shift(p, -12) : p);
  const asked = ask.modifiers.has('next-quarter') ? 'the next quarter' : ask.periods.map((p) => periodLabel(ahead(p))).join(' or ');
  return unknown(`The release gives no guidance for ${asked}; it guides ${guidedNames(ask, lows)}.`);
}

/** The earlier outlook asked of a period named ("prior Q4 guide?") none of whose ranges has one: declined, another period's is no answer. */
function unpairedPeriod(ask: Ask): Answer | null {
  if (!ask.periodsNamed || !ask.kb.releases.some((r) => r.nonFigures.some((n) => EARLIER_REASON.test(n.reason)))) return null;
  const lows = forPeriodAsked(ask, guidedLows(ask));
  const ranges = ask.metrics.length ? forMetrics(ask, lows) : lows;
  const highOf = (l: Fact) => ask.kb.facts.find((f) => f.role === 'high' && f.metric === l.metric && f.citation.document === l.citation.document && f.citation.line - l.citation.line <= 1 && f.citation.line >= l.citation.line && periodKey(f.period) === periodKey(l.period));
  if (!ranges.length || ranges.some((l) => highOf(l) && earlierOutlook(ask.kb, l, highOf(l)!))) return null;
  return unknown(`The release states no earlier forecast beside its guidance of ${guidedNames(ask, ranges)}, so I give no prior range: another period's earlier outlook is not this one's.`);
}

/** The line asked, or a part of it ("Mt Kerrin"), that the release guides nothing for: declined, naming what it guides (for a part, the whole). */
function unguidedLine(ask: Ask, part: string | null, guided: string): Answer {
  if (part) return unknown(`The release gives no guidance for ${part}: its guidance is for the company as a whole only (it guides ${guided}).`);
  return unknown(`The release gives no guidance for ${ask.metrics.map((id) => ask.kb.metrics.get(id)?.label ?? id).join(' or ')}; it guides ${guided}.`);
}

type Beside = (low: Fact, role: Fact['role'], percent: boolean) => Fact | undefined;

/** One range said, with the growth the release states beside it, and its midpoint where asked. */
function sayRange(ask: Ask, reply: Reply, [low, high]: [Fact, Fact], beside: Beside): void {
  // (The growth the release states is year on year: no answer to growth asked on another basis.)
  const rate = low.unit.kind === 'percent' || ask.basis === 'qoq';
  const growthLow = rate ? undefined : beside(low, 'low', true);
  const growthHigh = rate ? undefined : beside(low, 'high', true);
  reply.cite(low, high).about(low.period).say(expects(ask, [low, high], growthLow && growthHigh ? [growthLow, growthHigh] : null));
  if (!ask.modifiers.has('midpoint')) return;
  const mid = middle(low, high);
  reply.derive('Midpoint', figure(mid), `(${figure(low)} + ${figure(high)}) ÷ 2`);
  const growthMid = growthLow && growthHigh ? middle(growthLow, growthHigh) : null;
  if (growthMid && growthLow && growthHigh) reply.derive('Midpoint growth', figure(growthMid), `(${figure(growthLow)} + ${figure(growthHigh)}) ÷ 2`);
  reply.say(`The midpoint is ${figure(mid)}${growthMid ? `, growth of ${figure(growthMid)} year on year` : ''}.`);
}

/** One range said, then, asked in another currency the release states a rate to, in that currency too. */
function sayRangeIn(ask: Ask, reply: Reply, ends: [Fact, Fact], beside: Beside): void {
  sayRange(ask, reply, ends, beside);
  const rate = ask.currencyAsked ? rateFor(ask, ends[0]) : undefined;
  if (rate) sayTranslated(ask, reply, ends, ask.modifiers.has('midpoint') ? middle(...ends) : null, rate);
}

export const guidance: Handler = (ask) => {
  // An operation asked of the range (a revision's move, progress) answers with the range, never the earlier outlook's quote
  // or a later actual; one asked of the earlier range ("midpoint of previous?") operates on it, read below.
  const opsAsked = asksOfRange(ask);
  const earlierAsked = ask.modifiers.has('prior') && !opsAsked;
  if (earlierAsked && !ask.modifiers.has('midpoint')) return unpairedPeriod(ask) ?? prior(ask);
  // Results against an outlook: a later release's actual against an earlier release's range (versus.ts).
  if (ask.modifiers.has('against-outlook') && !opsAsked) return versusGuidance(ask);
  const lows = guidedLows(ask);
  const guided = (fs: Fact[]) => guidedNames(ask, fs);
  // No range read, the outlook's own sentences are the answer (a garbled range never is); with none, the decline (said of what was read: an outlook in words or a layout not read may be there).
  if (!lows.length) return ask.metrics.length || ask.periodsNamed ? unknown("I read no guided range in the release, so I can't give its guidance.") : outlookSaid(ask);
  // The guidance for the period asked, else the latest a release gives.
  const unguided = unguidedPeriod(ask, lows);
  if (unguided) return unguided;
  const forPeriod = forPeriodAsked(ask, lows);
  const ranges = ask.metrics.length ? forMetrics(ask, forPeriod) : forPeriod;
  const part = partAsked(ask, ranges);
  if (!ranges.length || part) return unguidedLine(ask, part, guided(forPeriod));
  if (ranges.every((f) => jumbled(ask, f))) return unknown(`I can't tell which range the release gives now: its guidance line runs a table's cells together ("${ranges[0]!.citation.quote}", line ${ranges[0]!.citation.line}), so I give no range.`);
  // Guidance in another currency than the one asked for is translated at the release's own rate, as any amount is; with no such rate, declined.
  const foreign = currencyDecline(ask, ranges, guided(ranges));
  if (foreign) return unknown(foreign);
  if (ask.basis === 'qoq' && !ask.modifiers.has('implied-growth')) return unknown(`The release states the outlook's growth year on year only: it guides ${guided(ranges)}.`);
  const reply = new Reply(ask.kb);
  // The high end and the implied growth stand in the same sentence of the same release as the low end
  // (its line or, wrapped, the next), for the same period (a paragraph may guide the year and the next quarter of one line).
  // (Two ranges of one line on one row, "20 – 22 %" and "23 – 26 %", each take the end read after their low end, never the other's.)
  const beside: Beside = (low, role, percent) => {
    const ok = (f: Fact) => f.role === role && f.metric === low.metric && (f.unit.kind === 'percent') === percent && f.citation.document === low.citation.document && f.citation.line - low.citation.line <= 1 && f.citation.line >= low.citation.line && periodKey(f.period) === periodKey(low.period);
    const at = ask.kb.facts.indexOf(low);
    return ok(low) ? low : (ask.kb.facts.slice(at + 1).find(ok) ?? ask.kb.facts.slice(0, Math.max(at, 0)).find(ok));
  };
  // A range the release states twice (a headline bullet and the outlook paragraph) is said once.
  const said = new Set<string>();
  const declined: string[] = [];
  for (const low of ranges.filter((f) => !jumbled(ask, f))) {
    const high = beside(low, 'high', low.unit.kind === 'percent');
    const key = high && `${low.metric}|${periodKey(low.period)}|${low.value}|${high.value}`;
    if (!high || !key || said.has(key)) continue;
    said.add(key);
    const ops = earlierAsked ? earlierRange(ask, low, high) : guidanceOps(ask, low, high, ask.basis !== 'qoq' && Boolean(beside(low, 'low', true) && beside(low, 'high', true)));
    if (ops.declined.length) {
      declined.push(...ops.declined);
      continue;
    }
    if (!earlierAsked) {
      sayRangeIn(ask, reply, [low, high], beside);
      moveBeside(ask, reply, low, high);
    }
    ops.answer(reply);
  }
  // A range whose operation is declined is not said, its decline is: alone, the declines are the answer.
  if (declined.length && !reply.answer().citations.length) return unknown(declined.join(' '));
  for (const d of declined) reply.say(d);
  const caveat = caveatOf(ask.kb.texts, ranges);
  if (caveat) reply.say(`The release adds: ${asSaid(caveat)}`).cite(caveat);
  const out = reply.answer();
  return out.citations.length ? out : unknown('The release gives no guidance for that.');
};
