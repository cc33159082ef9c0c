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

export function withAmount(lex: Lexicon, ids: string[], period: Period): string[] | Answer {
  const counts = ids.filter((id) => lex.kindOf(id) === 'count');
  if (counts.length !== 1 || ids.some((id) => lex.kindOf(id) === 'money')) return ids;
  const count = counts[0]!;
  const amount = amountOf(lex, count, period);
  if (amount.length === 1) return [...ids, amount[0]!];
  return unknown(`The release gives ${lex.matcher.label(count)}, a count, but no amount I can tie to it${amount.length ? ' (several lines could be)' : ''}; ask for the count alone, or name the amount's line.`, 'not-in-release');
}

/**
 * The money lines stated on the count's own line, for its period, whose names hold the count's words
 * but the thing counted ("2024 plan ADSs" → "2024 plan total amount"). The count's figure is the one for
 * the period asked, else its only one (a buyback's count as of a date after the quarter).
 */
export function amountOf(lex: Lexicon, count: string, period: Period): string[] {
  const own = lex.kb.facts.filter((f) => f.metric === count && f.role === 'value');
  const fact = find(lex.kb, count, period, lex.kb.currency)?.fact ?? (own.length === 1 ? own[0] : undefined);
  if (!fact) return [];
  const counted = new Set(fact.unit.kind === 'count' ? nameStems(fact.unit.noun) : []);
  const words = lex.matcher.labelStems(count).filter((w) => !counted.has(w));
  const sameLine = (id: string) => lex.kb.all(id, fact.period).some((f) => f.citation.line === fact.citation.line);
  return [...lex.kb.metrics.values()].filter((m) => m.id !== count && lex.kindOf(m.id) === 'money' && sameLine(m.id) && words.every((w) => nameStems(m.label).includes(w))).map((m) => m.id);
}
