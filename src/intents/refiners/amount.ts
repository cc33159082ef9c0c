// The amount beside a count ("how many shares did they buy back, and for how much?"): the money line of
// the same event, whose name holds every word of the count's and which the release states on the count's
// own line (prose binds "repurchased 412,000 shares for $21.6 million" as both). Where the release gives
// no such amount, the second part declines, naming it, rather than go unanswered.
import type { Period } from '../../knowledge/period.js';
import type { Answer } from '../answer.js';
import type { Lexicon } from '../lexicon.js';
import { find } from '../lookup.js';
import { unknown } from '../reply.js';
import { nameStems } from '../text.js';
import type { ModifierName } from '../recognisers/modifiers.js';
import { REPURCHASE } from '../handlers/buyback-words.js';

/**
 * The lines a question about a thing counted asks: "how many ... and for how much" the count, then its
 * amount; "how much ...?" the amount, which answers "how much", before the count stated with it
 * ("repurchased 2.1 million shares for $250.0 million"). A count with no amount beside it is "how much" too.
 */
export function amountAsked(lex: Lexicon, modifiers: ReadonlySet<ModifierName>, ids: string[], period: Period): string[] | Answer {
  if (modifiers.has('and-amount')) return withAmount(lex, ids, period);
  const count = ids.length === 1 && lex.kindOf(ids[0]!) === 'count' ? ids[0]! : undefined;
  // (A buyback asked, "buyback?", names the shares bought back and asks what they were bought for, as "how much" does.)
  const bought = count !== undefined && REPURCHASE.test(lex.matcher.label(count));
  if (!(modifiers.has('amount-asked') || bought) || modifiers.has('how-many') || modifiers.has('change-amount')) return ids;
  const amount = count ? amountOf(lex, count, period) : [];
  return amount.length === 1 ? [amount[0]!, count!] : ids;
}

export function withAmount(lex: Lexicon, ids: string[], period: Period): string[] | Answer {
  const counts = ids.filter((id) => lex.kindOf(id) === 'count');
  if (counts.length !== 1 || ids.some((id) => lex.kindOf(id) === 'money')) return ids;
  const count = counts[0]!;
  const amount = amountOf(lex, count, period);
  if (amount.length === 1) return [...ids, amount[0]!];
  return unknown(`The release gives ${lex.matcher.label(count)}, a count, but no amount I can tie to it${amount.length ? ' (several lines could be)' : ''}; ask for the count alone, or name the amount's line.`, 'not-in-release');
}

/**
 * The money lines stated on the count's own line (or the next, where its sentence wraps there), for its period, whose names hold the count's words
 * but the thing counted ("2024 plan ADSs" → "2024 plan total amount"). The count's figure is the one for
 * the period asked, else its only one (a buyback's count as of a date after the quarter). A price each on that
 * line ("at an average price of S$2.42 per Unit, for a total consideration of S$30.0 million") is no amount of it.
 */
export function amountOf(lex: Lexicon, count: string, period: Period): string[] {
  const own = lex.kb.facts.filter((f) => f.metric === count && f.role === 'value');
  const fact = find(lex.kb, count, period, lex.kb.currency)?.fact ?? (own.length === 1 ? own[0] : undefined);
  if (!fact) return [];
  const counted = new Set(fact.unit.kind === 'count' ? nameStems(fact.unit.noun) : []);
  const words = lex.matcher.labelStems(count).filter((w) => !counted.has(w));
  // (A sentence wrapped after the count, "repurchased 1,046 thousand / shares for $61.2 million.", goes on to the next line.)
  const wraps = !/[.;:]\s*$/.test(fact.citation.quote);
  const sameLine = (id: string) => lex.kb.all(id, fact.period).some((f) => f.citation.line === fact.citation.line || (wraps && f.citation.line === fact.citation.line + 1));
  return [...lex.kb.metrics.values()].filter((m) => m.id !== count && lex.kindOf(m.id) === 'money' && !PRICE.test(m.label) && !PLAN.test(m.label) && sameLine(m.id) && words.every((w) => nameStems(m.label).includes(w))).map((m) => m.id);
}

/** A line naming a price each, not a total: "average price", "price paid per share". */
const PRICE = /\bprices?\b/i;
/** A line naming a plan's size, "repurchase authorization": what may be bought, never what was bought for. */
const PLAN = /\bauthori[sz]ation\b/i;
