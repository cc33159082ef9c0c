// A period's figure the release does not print but states exactly in two others: a longer span and the
// rest of it (Q1 = H1 − Q2, Q4 = FY − 9M). Only spans that tile exactly (month ends, contiguous, one
// fiscal year), of one line of one release in one unit of money, are subtracted: anything less certain
// is no figure.
import { isDeepStrictEqual } from 'node:util';
import { Decimal } from 'decimal.js';
import type { Currency, Fact } from './fact.js';
import type { KnowledgeBase } from './kb.js';
import { lastDay, nominalKey, periodKey, shift, type Period } from './period.js';

export interface Tiled {
  /** The figure worked out, in the longer span's unit, for the period asked. */
  fact: Fact;
  /** The longer span and the part of it that is not the period asked. */
  whole: Fact;
  rest: Fact;
}

type Span = { start: number; end: number };

/** A duration as months counted from year 0 (start exclusive, end inclusive), or null where it does not end on a month's end. */
function span(p: Period): Span | null {
  if (p.kind !== 'duration') return null;
  const [y, m, d] = [Number(p.end.slice(0, 4)), Number(p.end.slice(5, 7)), Number(p.end.slice(8, 10))];
  if (d !== lastDay(y, m)) return null;
  const end = y * 12 + m;
  return { start: end - p.months, end };
}

// A line of balances read over a span ("cash at end of period", "average loans") does not add up over time.
const NOT_A_FLOW = /\b(?:beginning|end|closing|opening|start)\s+of\b|\bbalance\b|\baverage\b|\bat\s+(?:period|year|quarter)[- ]end\b/i;
// Lines of what is held or owed that results tables print beside flows, quarter by quarter and for the year
// alike ("Paid-up equity share capital"): never added up. (A flow these words name declines: no figure is safer.)
const HELD = /\bcapital\b|\bequity\b|\breserves?\b|\bassets?\b|\bliabilit|\bborrowings?\b|\bdebt\b|\bdeposits?\b|\bheadcount\b|\bshares?\s+outstanding\b/i;

/** Whether a line's figures over spans add up: no stock, nor a balance, average or holding by its label. */
function addsUp(kb: KnowledgeBase, metric: string): boolean {
  const label = kb.metrics.get(metric)?.label ?? '';
  return !kb.isStock(metric) && !NOT_A_FLOW.test(label) && !HELD.test(label);
}

/** The other part of `whole` beside `asked`, where `asked` is its first or its last months. */
function restOf(asked: Span, whole: Span): Span | null {
  if (asked.end - asked.start >= whole.end - whole.start) return null;
  if (asked.start === whole.start && asked.end < whole.end) return { start: asked.end, end: whole.end };
  if (asked.end === whole.end && asked.start > whole.start) return { start: whole.start, end: asked.start };
  return null;
}

/** Both named in one fiscal year where both are named (an issuer's "H1 FY26" less its "Q2 FY26", never FY27's). */
const oneYear = (a: Period, b: Period) => a.kind !== 'duration' || b.kind !== 'duration' || !a.fiscal || !b.fiscal || a.fiscal.year === b.fiscal.year;

/**
 * A quarter asked by a calendar name ("Q1 FY26") of an issuer whose quarters are its own: its quarter of that
 * name, counted back or on from a quarter of the line's own (fiscal Q2 2026 ended September 30, 2025 makes
 * fiscal Q1 2026 the quarter ended June 30, 2025). The period as asked where no quarter of the line names it.
 */
function quarterAsNamed(periods: Period[], p: Period): Period {
  const named = /^FY(\d+)Q([1-4])$/.exec(nominalKey(p) ?? '');
  if (!named) return p;
  const index = Number(named[1]) * 4 + Number(named[2]) - 1;
  for (const x of periods) {
    if (x.kind !== 'duration' || x.months !== 3 || !x.fiscal?.quarter || x.fiscal.calendar) continue;
    const own = shift(x, (x.fiscal.year * 4 + x.fiscal.quarter - 1 - index) * 3);
    if (periodKey(own) === nominalKey(p)) return own;
  }
  return p;
}

/** The period's figure as a longer span less the rest of it, both printed by one release in one unit; else null. */
export function tiled(kb: KnowledgeBase, metric: string, p: Period, currency: Currency): Tiled | null {
  const periods = kb.periods(metric);
  const own = quarterAsNamed(periods, p);
  const asked = span(own);
  if (!asked || !addsUp(kb, metric)) return null;
  const found: Tiled[] = [];
  for (const w of periods) {
    const whole = span(w);
    const rest = whole && restOf(asked, whole);
    const r = rest && periods.find((x) => isDeepStrictEqual(span(x), rest));
    if (!r || !oneYear(w, own) || !oneYear(r, own)) continue;
    const [a, b] = [kb.get(metric, w, currency), kb.get(metric, r, currency)];
    if (!a || !b || a.unit.kind !== 'money' || !isDeepStrictEqual(a.unit, b.unit) || a.citation.document !== b.citation.document) continue;
    const decimals = Math.max(a.decimals, b.decimals);
    found.push({ fact: { ...a, period: own, value: a.value.minus(b.value), decimals, source: a.source === b.source ? a.source : 'table' }, whole: a, rest: b });
  }
  // Two ways to the figure that disagree leave it uncertain.
  return found.length && found.every((t) => t.fact.value.equals(found[0]!.fact.value)) ? found[0]! : null;
}

export interface Summed {
  /** The span's figure, the sum of its quarters, in their unit. */
  fact: Fact;
  /** The quarters that tile the span, earliest first. */
  parts: Fact[];
}

/**
 * A span longer than a quarter the release prints no figure for (H1, nine months, the year) as the sum of
 * the quarters that tile it exactly, every one printed for the line by one release in one unit of money;
 * else null. A line of balances or rates adds up to nothing over time, nor one printed for quarters only.
 */
export function summed(kb: KnowledgeBase, metric: string, p: Period, currency: Currency): Summed | null {
  const asked = span(p);
  if (!asked || asked.end - asked.start <= 3 || (asked.end - asked.start) % 3 || !addsUp(kb, metric)) return null;
  const periods = kb.periods(metric);
  // (Only a line the release itself prints for a span longer than a quarter is known to add up over time:
  // a share capital printed each quarter in a results table is a balance, not a flow.)
  if (!periods.some((x) => x.kind === 'duration' && x.months > 3)) return null;
  const parts: Fact[] = [];
  for (let start = asked.start; start < asked.end; start += 3) {
    const q = periods.find((x) => isDeepStrictEqual(span(x), { start, end: start + 3 }) && oneYear(x, p));
    const f = q && kb.get(metric, q, currency);
    if (!f || f.unit.kind !== 'money' || !isDeepStrictEqual(f.unit, parts[0]?.unit ?? f.unit) || f.citation.document !== (parts[0]?.citation.document ?? f.citation.document)) return null;
    parts.push(f);
  }
  const value = parts.reduce((s, f) => s.plus(f.value), new Decimal(0));
  const decimals = Math.max(...parts.map((f) => f.decimals));
  return { fact: { ...parts[0]!, period: p, value, decimals, source: parts.every((f) => f.source === parts[0]!.source) ? parts[0]!.source : 'table' }, parts };
}
