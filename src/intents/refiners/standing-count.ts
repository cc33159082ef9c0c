// The number of shares (units, ADSs) outstanding is a count standing at a date ("ordinary shares outstanding at March
// 31, 2024", "shares outstanding at quarter end"); a weighted average of a period's counts, the per-share figures'
// denominator, is another figure. A question asking what is outstanding, saying no average (nor basic or diluted,
// the averages' own words), is never answered by an average line: the lines a name reached keep those that are no
// average, and where only averages were reached the question declines, naming them.
import type { Answer } from '../answer.js';
import type { Lexicon } from '../lexicon.js';
import type { Intent } from '../recognisers/index.js';
import type { MetricMatch } from '../recognisers/metrics.js';
import { inline, unknown } from '../reply.js';

const OUTSTANDING = /\boutstanding\b/;
/** Words asking the period's average count: "weighted average shares outstanding", "diluted shares outstanding". */
const AVERAGE_ASKED = /\b(?:average|avg|weighted|mean|basic|diluted)\b/;
const AVERAGE_LINE = /\baverage\b/i;

/** The names without average counts where what is outstanding is asked; a decline where only averages were reached. */
export function standingCount(lex: Lexicon, intent: Intent, names: MetricMatch[] | Answer): MetricMatch[] | Answer {
  if (!Array.isArray(names) || !OUTSTANDING.test(intent.text) || AVERAGE_ASKED.test(intent.text)) return names;
  const average = (id: string) => lex.kindOf(id) === 'count' && AVERAGE_LINE.test(lex.matcher.label(id));
  const only = names.find((m) => m.ids.length > 0 && m.ids.every(average));
  if (only) {
    const lines = only.ids.map((id) => inline(lex.matcher.label(id))).join('; ');
    return unknown(`The release gives no count outstanding at a date, only weighted averages over a period (${lines}); an average of the period is not the number outstanding at its end.`, 'not-in-release');
  }
  return names.map((m) => ({ ...m, ids: m.ids.filter((id) => !average(id)) }));
}
