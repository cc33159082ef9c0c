// Names a negation rules out ("not ADS"): each name keeps only the lines the question has not ruled out.
import type { Answer } from '../answer.js';
import type { Lexicon } from '../lexicon.js';
import type { Intent } from '../recognisers/index.js';
import type { MetricMatch } from '../recognisers/metrics.js';
import { ruledOut } from '../recognisers/negation.js';
import { unknown } from '../reply.js';

/** Each name without the lines a negation rules out ("not ADS"); a name left with none declines, naming the word. */
export function ruleOut(lex: Lexicon, intent: Intent, names: MetricMatch[] | Answer): MetricMatch[] | Answer {
  if (!intent.negations.length || !Array.isArray(names)) return names;
  const kept = names.map((m) => ({ ...m, ids: m.ids.filter((id) => !ruledOut(lex.matcher.label(id), intent.negations)) }));
  if (kept.some((m) => !m.ids.length)) return unknown(`The only line I found for that is one you ruled out ("not ${intent.negations.map((n) => n.word).join(', ')}").`, 'not-in-release');
  return kept;
}
