// What is left of a plan whose use the release states only as a sum since the plan started ("Since the start of the
// NCIB, the Company has repurchased 1,180,000 common shares for a total of $41.3 million"): the reader keeps such a
// sum as a statement (it is of no period it knows, prose/parts.ts), so the quarter's purchases were the only figure
// bought, and what is left was never worked out. Here the sum is read from its sentence by the words beside it
// (buyback-roles.ts), and what is left is the plan's size less it, dated by no date: the sentence names none.
import type { Fact, TextFact } from '../../knowledge/fact.js';
import { amount } from '../../knowledge/fact.js';
import { isDollar } from '../../knowledge/currencies.js';
import type { Token } from '../../knowledge/prose/mentions.js';
import type { Ask } from '../frame.js';
import { derived, figure } from '../format.js';
import { asSaid, Reply, title } from '../reply.js';
import { isSize, tokensIn } from './buyback-roles.js';
import { afterBuyback, REPURCHASE } from './buyback-words.js';
import { planShares } from './plan-share.js';

/** Words saying a sum runs from the plan's start: "since the start of the NCIB", "to date", "cumulatively". */
const SINCE_START = /\bsince\s+(?:(?:the|its)\s+)?(?:[\w'’]+\s+){0,2}?(?:start|launch|inception|beginning|commencement)\b|\bto\s+date\b|\bcumulative(?:ly)?\b/i;
/** A count of shares after its number ("1,180,000 common shares"), never a price ("$34.97 per share"). */
const SHARES_AFTER = /^\s*(?:(?:ordinary|common|class \w)\s+)?(?:shares|ADSs|units|stock)\b/i;

/** An amount of a currency: so printed, or a bare "$" where the size is in the release's own dollar (a Canadian "$40.6 million"). */
const inCurrencyOf = (k: Token, currency: string) => k.currency === currency || (/^\$/.test(k.text.trim()) && isDollar(currency));

/** A figure of the size's kind: an amount of its currency, or a count of shares. */
const ofKind = (k: Token, text: string, size: Fact) =>
  !k.percent && (size.unit.kind === 'money' ? inCurrencyOf(k, size.unit.currency) && !/^\s*per\b/i.test(text.slice(k.end)) : !k.currency && SHARES_AFTER.test(text.slice(k.end)));

/**
 * What is left of the one plan sized in `kind` (money, or a count of shares), where one sentence of the buyback says what
 * was bought of that kind since the plan started; null where there is not exactly one of each, or more was bought than allowed.
 */
export function leftSinceStart(ask: Ask, plans: Fact[], kind: 'count' | 'money'): Reply | null {
  const sizes = plans.filter((f) => f.unit.kind === kind && isSize(ask, f));
  const size = sizes.length === 1 ? sizes[0]! : undefined;
  if (!size || (kind === 'money' && ask.currency && size.unit.kind === 'money' && ask.currency !== size.unit.currency)) return null;
  const after = afterBuyback(ask.kb);
  const said = ask.kb.texts.filter((t) => t.kind === 'statement' && t.citation.document === size.citation.document && SINCE_START.test(t.text) && (REPURCHASE.test(t.text) || after.includes(t)));
  const found = said.flatMap((t: TextFact) => tokensIn(t.text, 'spent').filter((k) => ofKind(k, t.text, size)).map((k) => ({ t, k })));
  if (found.length !== 1) return null;
  const { t, k } = found[0]!;
  const spent: Fact = { ...size, value: k.value, decimals: k.decimals, unit: { ...size.unit, scale: k.scale } as Fact['unit'], citation: t.citation };
  const used = amount(spent);
  if (used.gt(amount(size))) return null;
  const left = derived(amount(size).minus(used), spent);
  const reply = new Reply(ask.kb).cite(size).cite(t).derive('Plan remaining', left, `${figure(size)} − ${figure(spent)}`);
  const shares = ask.modifiers.has('of-plan') ? `; ${planShares(reply, 'plan', size, used, { used: figure(spent), left })}` : '';
  const done = kind === 'money' ? 'had been spent' : 'had been bought';
  return reply.say(`${kind === 'money' ? 'About ' : ''}${kind === 'money' ? left : title(left)} of the plan's ${figure(size)} remained: ${figure(spent)} ${done} since it started${shares}, in the release's words: ${asSaid(t)}`);
}
