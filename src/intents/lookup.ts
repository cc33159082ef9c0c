// Finding a metric's figure for a period the way a person means it: a balance for a quarter is the
// balance at its end, a flow for a date is the quarter ending then; USD falls back to the release's rate.
import type { Fact } from '../knowledge/fact.js';
import type { KnowledgeBase } from '../knowledge/kb.js';
import { endOf, periodKey, quarterOf, type Period } from '../knowledge/period.js';
import { toUsd } from '../knowledge/derive.js';
import { raw, money } from './format.js';
import type { Decimal } from 'decimal.js';

/** Whether a metric is stated at points in time (balances) rather than over periods. */
export function isStock(kb: KnowledgeBase, metric: string): boolean {
  const facts = kb.facts.filter((f) => f.metric === metric && f.role === 'value');
  return facts.length > 0 && facts.every((f) => f.period.kind === 'instant');
}

export function periodFor(kb: KnowledgeBase, metric: string, p: Period): Period {
  if (isStock(kb, metric)) return endOf(p);
  return p.kind === 'instant' ? quarterOf(p) : p;
}

/** Whether two facts are amounts of one kind, so that one may be divided by or added to the other. */
export function commensurable(a: Fact, b: Fact): boolean {
  const cur = (f: Fact) => ('currency' in f.unit ? f.unit.currency : '');
  return a.unit.kind === b.unit.kind && cur(a) === cur(b) && (a.unit.kind === 'money' || a.unit.kind === 'count' || a.unit.kind === 'per_share');
}

export interface Found {
  fact: Fact;
  /** Set when the figure is an RMB fact translated to USD at the release's rate. */
  usd?: { value: Decimal; text: string; rate: Fact; formula: string };
}

/**
 * The metric's figure for a period in the currency asked. An RMB figure is translated to USD at the
 * release's rate only for the release's own period, as the release itself does; an earlier period's
 * RMB figure stays in RMB (the caller says so) rather than be translated at a rate that is not its own.
 */
export function find(kb: KnowledgeBase, metric: string, p: Period, currency: 'RMB' | 'USD'): Found | null {
  const period = periodFor(kb, metric, p);
  const fact = kb.get(metric, period, currency);
  if (fact && (currency === 'RMB' || !('currency' in fact.unit) || fact.unit.currency === 'USD')) return { fact };
  const rmb = kb.get(metric, period, 'RMB');
  const rate = kb.rate();
  const current = periodKey(rmb?.period ?? p) === periodKey(periodFor(kb, metric, kb.quarter));
  if (currency === 'USD' && rmb && rate && rmb.unit.kind === 'money' && current) {
    const value = toUsd(rmb, rate);
    return { fact: rmb, usd: { value, text: money(value, 'USD'), rate, formula: `RMB ${raw(rmb)}${rmb.unit.scale === 1e3 ? ' thousand' : ''} ÷ ${raw(rate)}` } };
  }
  return rmb ? { fact: rmb } : null;
}
