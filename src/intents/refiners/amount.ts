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
  const line = find(lex.kb, count, period, lex.kb.currency)?.fact.citation.line;
  const words = nameStems(lex.matcher.label(count));
  const sameLine = (id: string) => line !== undefined && lex.kb.all(id, period).some((f) => f.citation.line === line);
  const amounts = [...lex.kb.metrics.values()].filter((m) => m.id !== count && lex.kindOf(m.id) === 'money' && sameLine(m.id) && words.every((w) => nameStems(m.label).includes(w)));
  if (amounts.length === 1) return [...ids, amounts[0]!.id];
  return unknown(`The release gives ${lex.matcher.label(count)}, a count, but no amount I can tie to it${amounts.length ? ' (several lines could be)' : ''}; ask for the count alone, or name the amount's line.`, 'not-in-release');
}
