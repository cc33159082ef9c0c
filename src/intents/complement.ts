// "non-X" is the opposite of X: "non-capital-light loan volume" is the volume NOT under the capital-light model.
// A name read after a bare "non-" (the catalog joins the words a release spells as one, "noncurrent") whose
// line holds no "non" of its own would answer X itself, the very part ruled out: declined, naming the way the
// release can be asked for the rest ("Y other than X" reads an exclusion).
import type { Answer } from './answer.js';
import type { Lexicon } from './lexicon.js';
import type { Intent } from './recognisers/index.js';
import type { MetricMatch } from './recognisers/metrics.js';
import { title, unknown } from './reply.js';

const NON_BEFORE = /\bnon[\s-]+$/;
// ("non-GAAP" is a basis, the catalog's reading of "adjusted": no opposite of a line.)
const NON_START = /^non[\s-]+(?!gaap\b)/;

/** The decline for a name said with "non-" before it or at its start, where its line is not itself a "non" line, or null. */
export function complementAsked(lex: Lexicon, intent: Intent, names: MetricMatch[], metrics: string[]): Answer | null {
  const negated = names.find((m) => {
    const said = NON_BEFORE.test(intent.text.slice(0, m.start)) || NON_START.test(intent.text.slice(m.start, m.end));
    return said && m.ids.some((id) => metrics.includes(id) && !/\bnon/i.test(lex.matcher.label(id)));
  });
  if (!negated) return null;
  const line = title(lex.matcher.label(negated.ids.find((id) => metrics.includes(id))!));
  const word = intent.text.slice(negated.start, negated.end).replace(NON_START, '');
  return unknown(`You asked "non-${word}": the release gives ${line}, which is that part itself, not the rest. Ask for the whole line with "other than ${word}" after it, where the release gives the whole.`, 'not-understood');
}
