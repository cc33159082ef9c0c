// A prose figure in a minor unit ("781.1 cents", "3.9p", "45 paise") is of the release's own currency: the release
// tells which, the sentence does not. Its cents were read as US dollars, so a rand miner's HEPS of 781.1 cents was
// answered "US$7.811" (hl30 karoo-03).
import type { Decimal } from 'decimal.js';
import { isDollar, MINOR_UNTOLD, minorUnit } from './currencies.js';
import type { Fact } from './fact.js';
import type { Token } from './prose/mentions.js';

/**
 * Where a minor unit's word settles in a release of `currency`: a dollar's cents are that dollar's, exactly (a
 * hundredth each, "25 cents" is C$0.25 in a Canadian release, printed with the release's sign); a currency's own
 * minor unit is that unit (ZAR's cents are "SA cents", GBP's pence "p"); any other (null) keeps its word as printed,
 * in no currency named.
 */
function settledAs(word: string, currency: string): { currency: string; hundredth: boolean } | null {
  if (isDollar(currency) && /^(?:cents?|c|¢)$/i.test(word)) return { currency, hundredth: true };
  const code = minorUnit(currency, word);
  return code ? { currency: code, hundredth: false } : null;
}

/** Each prose figure in a minor unit, settled by the release's currency. */
export function settleMinorUnits(facts: Fact[], currency: string): void {
  for (const f of facts) {
    const u = f.unit;
    if ((u.kind !== 'money' && u.kind !== 'per_share') || u.currency !== MINOR_UNTOLD) continue;
    const { symbol: word = '', ...rest } = u;
    const to = settledAs(word, currency);
    if (!to) continue;
    f.unit = { ...rest, currency: to.currency };
    if (!to.hundredth) continue;
    Object.assign(f, hundredths(f.value));
  }
}

/**
 * A count of cents as dollars, printed to the cents and to no trailing zero past them: "72.0 cents" is C$0.72 (a
 * figure to the tenth of a cent, "781.1 cents", is C$7.811; never "C$0.720", a precision no one printed).
 */
function hundredths(cents: Decimal): { value: Decimal; decimals: number } {
  const value = cents.div(100);
  return { value, decimals: Math.max(2, value.decimalPlaces()) };
}

/** A figure read back from a release's text ("previously 290 cents") as its facts were settled, so the two compare. */
export function settleToken(t: Token, currency: string): Token {
  const to = t.currency === MINOR_UNTOLD ? settledAs(t.symbol ?? '', currency) : null;
  if (!to) return t;
  return to.hundredth ? { ...t, currency: to.currency, ...hundredths(t.value) } : { ...t, currency: to.currency };
}
