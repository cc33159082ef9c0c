// A buyback plan's figure in the currency the question named (buyback.ts): as printed, or translated at the
// release's own rate.
import { atRate, rateOp } from '../../knowledge/derive.js';
import type { Fact } from '../../knowledge/fact.js';
import type { Ask } from '../frame.js';
import { figure, raw } from '../format.js';
import { title, type Reply } from '../reply.js';
import { labelOf } from './plan-years.js';

/**
 * A plan's figure in the currency the question named: as printed, or translated at the release's own
 * rate (cited, shown no finer than the figure), or null where the release gives no rate between the two.
 */
export function inCurrency(ask: Ask, f: Fact, reply: Reply, name = title(labelOf(ask, f))): string | null {
  if (!ask.currencyAsked || (f.unit.kind !== 'money' && f.unit.kind !== 'per_share') || f.unit.currency === ask.currency) return figure(f);
  const rate = ask.kb.rate();
  const pair = [f.unit.currency, ask.currency];
  if (!rate || !pair.includes('USD') || !pair.includes(ask.kb.currency)) return null;
  const value = atRate(f, rate);
  const shown = figure({ ...f, value: 'scale' in f.unit ? value.div(f.unit.scale) : value, unit: { ...f.unit, currency: ask.currency, symbol: undefined } });
  reply.cite(f, rate).derive(`${name} in ${ask.currency}`, shown, `${figure(f)} ${rateOp(f, rate)} ${raw(rate)}`);
  return `${shown} (${figure(f)} at the release's rate of ${figure(rate)})`;
}
