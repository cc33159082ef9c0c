// A ratio named by the words before its cue ("provision coverage ratio", "reserve coverage") where no line of the
// release is named so and none is named to divide: a measure the release does not print. Declined naming it, never
// a question among the lines that share its words (which provision line is no coverage ratio's answer).
import type { Answer } from '../answer.js';
import type { Lexicon } from '../lexicon.js';
import type { Intent } from '../recognisers/index.js';
import { unknown } from '../reply.js';
import { nameStems, STOPWORDS, tokens } from '../text.js';

/** A ratio's cue ending its name: "coverage ratio", "ratio", "coverage". */
const RATIO_NAME_END = /\b(?:coverage\s+ratio|ratio|coverage)\b/;

/** The decline of a ratio named after words of the release's lines ("provision coverage ratio"), no line named; null otherwise. */
export function ratioOfNoLine(lex: Lexicon, intent: Intent): Answer | null {
  const cue = RATIO_NAME_END.exec(intent.text);
  if (intent.ops[0] !== 'ratio' || intent.metrics.length || !cue) return null;
  // (The words right before the cue that lines are named by: "A to B ratio" or "ratio of A" names its sides, read elsewhere.)
  const before = tokens(intent.text.slice(0, cue.index));
  let k = before.length;
  while (k > 0 && lex.matcher.isNameWord(before[k - 1]!.word) && !STOPWORDS.has(before[k - 1]!.word) && /^[\s-]*$/.test(intent.text.slice(before[k - 1]!.end, before[k]?.start ?? cue.index))) k--;
  if (k === before.length) return null;
  const named = intent.text.slice(before[k]!.start, cue.index + cue[0].length);
  // (A line whose name holds every word of it is the ratio, whether or not the question's words reached it: "total
  // capital ratio", "commercial lines loss ratio" of a segment's column.)
  const stems = nameStems(named);
  if ([...lex.kb.metrics.keys()].some((id) => stems.every((s) => lex.matcher.labelStems(id).includes(s)))) return null;
  return unknown(`The release doesn't give a ${named}: no line is named so, and no lines are named to work it out from. Ask for a line by its name if you want its figure.`, 'not-in-release');
}
