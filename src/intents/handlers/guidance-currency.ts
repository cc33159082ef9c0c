// Guidance asked in another currency than the release guides in ("midpoint of the range in usd?"): its ends and
// midpoint translated like any amount, at the release's own stated rate (cited), to no more significant digits
// than the guided figure prints; with no rate between the two currencies, a decline that says so.
import { Decimal } from 'decimal.js';
import { majorOf, minorName } from '../../knowledge/currencies.js';
import { atRate, rateOp } from '../../knowledge/derive.js';
import { currencyOf, type Fact } from '../../knowledge/fact.js';
import { periodLabel } from '../../knowledge/period.js';
import { figure, raw } from '../format.js';
import type { Ask } from '../frame.js';
import type { Reply } from '../reply.js';
import { rateDate } from './value.js';

/** The release's rate between the guided figure's currency and the one asked, either way round, or undefined. */
export function rateFor(ask: Ask, f: Fact): Fact | undefined {
  const rate = ask.kb.rate();
  const from = currencyOf(f.unit);
  if (rate?.unit.kind !== 'fx' || !from || !ask.currency || from === ask.currency) return undefined;
  const pair = [rate.unit.from, rate.unit.to];
  return pair.includes(from) && pair.includes(ask.currency) ? rate : undefined;
}

/** Significant digits a figure prints with ("RMB1.22 billion": 3), so a translation shows no more. */
const significant = (f: Fact) => Math.max(1, f.value.abs().toFixed(f.decimals).replace(/^[0.]+/, '').replace('.', '').length);

/** A guided amount in the currency asked at `rate`: in millions (or billions past a thousand million), rounded to the digits it was printed with. */
export function translated(ask: Ask, f: Fact, rate: Fact): string {
  if (rate.unit.kind !== 'fx' || f.unit.kind !== 'money') return figure(f);
  const value = atRate(f, rate);
  const scale = value.abs().gte(1e9) ? 1e9 : value.abs().gte(1e6) ? 1e6 : 1;
  const shown = value.div(scale);
  const whole = shown.abs().gte(1) ? shown.abs().toFixed(0).length : 0;
  const decimals = Math.max(0, significant(f) - whole);
  return figure({ ...f, source: 'narrative', value: new Decimal(shown.toFixed(decimals)), decimals, unit: { kind: 'money', currency: ask.currency!, scale } });
}

/** The sentence of one range (and its midpoint, where asked) in the currency asked, each translated figure derived and the rate cited. */
export function sayTranslated(ask: Ask, reply: Reply, [low, high]: [Fact, Fact], mid: Fact | null, rate: Fact): void {
  const op = rateOp(low, rate);
  const [lo, hi] = [translated(ask, low, rate), translated(ask, high, rate)];
  reply.cite(rate);
  reply.derive(`Low end in ${ask.currency}`, lo, `${figure(low)} ${op} ${raw(rate)}`).derive(`High end in ${ask.currency}`, hi, `${figure(high)} ${op} ${raw(rate)}`);
  const range = lo === hi ? lo : `${lo} to ${hi}`;
  const at = `at the release's own rate of ${figure(rate)}${rateDate(rate)} (line ${rate.citation.line}), a convenience rate, not a forecast of ${periodLabel(low.period)}'s`;
  if (!mid) {
    reply.say(`In ${ask.currency}, that is ${range}, translated ${at}.`);
    return;
  }
  const m = translated(ask, mid, rate);
  reply.derive(`Midpoint in ${ask.currency}`, m, `${figure(mid)} ${op} ${raw(rate)}`);
  reply.say(`In ${ask.currency}, the range is ${range} and its midpoint ${m}, translated ${at}.`);
}

/**
 * Why guidance in `ranges` is not given in the currency asked, or null where it is in that currency (a minor unit,
 * "1,450 SA cents", is its major currency's hundredths, never a foreign currency: answered as printed) or translates
 * at the release's rate. A minor unit's figure is not translated to another currency; the decline says so.
 */
export function currencyDecline(ask: Ask, ranges: Fact[], guided: string): string | null {
  const codes = ranges.map((f) => currencyOf(f.unit)).filter((c): c is string => Boolean(c));
  const other = codes.find((c) => majorOf(c) !== ask.currency);
  if (!ask.currency || !other || codes.some((c) => majorOf(c) === ask.currency) || ranges.some((f) => rateFor(ask, f))) return null;
  // (Guidance asked in no currency is answered in the currency it is printed in, and says so: "Capital expenditures (US$
  // millions)" in a peso release, a cost per thing in its market's currency, "C1 copper cost (US$/lb)".)
  if (!ask.currencyAsked) return null;
  const minor = minorName(other);
  if (!minor) return `The release gives its guidance in ${other} only and states no rate from ${other} to ${ask.currency}, so I can't translate it: ${guided}.`;
  return `The release gives its guidance in ${minor} (hundredths of ${majorOf(other)}) only, and I don't translate a figure in ${minor} to ${ask.currency}: ${guided}.`;
}
