// The share of a repurchase plan used and left ("what % of the 2024 authorization was used"): arithmetic on
// the plan's stated size and the amount spent (or left) under it, each share derived from the cited inputs.
import type { Decimal } from 'decimal.js';
import type { Fact } from '../../knowledge/fact.js';
import { amount } from '../../knowledge/fact.js';
import { derived, figure, percent, when } from '../format.js';
import type { Reply } from '../reply.js';

/**
 * Both shares of the plan, each with its formula, as a clause for the reply's sentence: "18.6% of the
 * plan had been used and 81.4% remained". `used` is the amount spent, `usedShown` and `leftShown` the
 * amounts as the reply prints them.
 */
export function planShares(reply: Reply, plan: string, size: Fact, used: Decimal, shown: { used: string; left: string }): string {
  const whole = amount(size);
  const usedPct = used.div(whole).times(100);
  const leftPct = whole.minus(used).div(whole).times(100);
  reply.derive(`Share of the ${plan} used`, percent(usedPct), `${shown.used} ÷ ${figure(size)} × 100`);
  reply.derive(`Share of the ${plan} remaining`, percent(leftPct), `${shown.left} ÷ ${figure(size)} × 100`);
  return `${percent(usedPct)} of the ${plan} had been used and ${percent(leftPct)} remained`;
}

/**
 * Both shares of a plan from its size and the amount spent under it to a date ("had repurchased ... for €341
 * million by 30 September"), where the release says what is left only in words: its sentence quoted beside.
 */
export function spentShares(reply: Reply, size: Fact, spent: Fact): Reply {
  const left = derived(amount(size).minus(amount(spent)), spent);
  const shares = planShares(reply.cite(size, spent).about(spent.period), 'plan', size, amount(spent), { used: figure(spent), left });
  return reply.say(`${figure(spent)} of the plan's ${figure(size)} had been spent ${when(spent)}, about ${left} left: ${shares}.`);
}
