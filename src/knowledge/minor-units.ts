// A prose figure in a minor unit ("781.1 cents", "3.9p", "45 paise") is of the release's own currency: the release
// tells which, the sentence does not. Its cents were read as US dollars, so a rand miner's HEPS of 781.1 cents was
// answered "US$7.811" (hl30 karoo-03).
import { isDollar, MINOR_UNTOLD, minorUnit } from './currencies.js';
import type { Fact } from './fact.js';

/**
 * Each prose figure in a minor unit, settled by the release's currency: a dollar's cents are that dollar's,
 * exactly (a hundredth each, "25 cents" is C$0.25 in a Canadian release, printed with the release's sign); a
 * currency's own minor unit is that unit (ZAR's cents are "SA cents", GBP's pence "p"); any other keeps its word as
 * printed, in no currency named.
 */
export function settleMinorUnits(facts: Fact[], currency: string): void {
  for (const f of facts) {
    const u = f.unit;
    if ((u.kind !== 'money' && u.kind !== 'per_share') || u.currency !== MINOR_UNTOLD) continue;
    const { symbol: word = '', ...rest } = u;
    if (isDollar(currency) && /^(?:cents?|c|¢)$/i.test(word)) {
      f.value = f.value.div(100);
      f.decimals += 2;
      f.unit = { ...rest, currency };
      continue;
    }
    const code = minorUnit(currency, word);
    if (code) f.unit = { ...rest, currency: code };
  }
}
