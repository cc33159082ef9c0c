// Pairing refiner: in a share or a ratio, a word beside no name may be the other figure; it is not
// taken to qualify the one name ("ICE share of total loan volume": the ICE line of loan volume).
// Elsewhere, words apart from every name that name a line of their own are another figure the answer
// would leave out ("... and security deposits"), and decline.
import type { Answer } from '../answer.js';
import { EXAMPLES, NEUTRAL } from '../catalog.js';
import { familyOf } from '../families.js';
import type { MetricMatch } from '../recognisers/metrics.js';
import { PAIRED } from '../recognisers/operations.js';
import { unknown } from '../reply.js';
import { nameStems, type Token } from '../text.js';
import type { Group } from './grouping.js';
import type { Words } from './qualifiers.js';

/** The other side named by loose words (as a match), none, or a decline. */
export function pairLoose(w: Words, groups: Group[], rest: Token[], matches: MetricMatch[]): MetricMatch[] | Answer {
  const { lex, intent } = w;
  const paired = PAIRED.includes(intent.ops[0]!);
  // (Unless, with the one name, they are one line's name: "cash ... for investing activities".)
  const apart = rest.filter((t) => !NEUTRAL.has(t.stem));
  const oneLine = lex.matcher.refine([...matches.flatMap((m) => nameStems(m.name)), ...apart.map((t) => t.stem)]).length > 0;
  if (!paired && !oneLine && apart.length >= 2 && lex.matcher.goingBy(apart.map((t) => t.stem)).length) {
    return unknown(`That names more than one line ("${intent.text.slice(apart[0]!.start, apart[apart.length - 1]!.end)}" too). Ask for each, or for their sum, e.g. "cash and cash equivalents plus restricted cash".`);
  }
  const loose: Token[] = [];
  for (const t of rest) {
    if (groups.length === 1 && !paired) groups[0]!.words.push(t);
    else if (paired && !NEUTRAL.has(t.stem) && (intent.ops[0] === 'share' || !familyOf(lex.kb, t).length)) loose.push(t);
  }
  if (!loose.length) return [];
  const namedIds = matches.flatMap((m) => m.ids);
  const sibling = lex.matcher.refine(loose.map((t) => t.stem), namedIds.flatMap((id) => lex.matcher.contextOf(id))).filter((id) => !namedIds.includes(id));
  const words = loose.map((t) => t.word).join(' ');
  if (sibling.length !== 1) return unknown(`I couldn't tell which line "${words}" means here.${lex.suggestions(words)} Name it as the release does, e.g. "${EXAMPLES[2]}".`);
  const [start, end] = [loose[0]!.start, loose[loose.length - 1]!.end];
  return [{ ids: sibling, name: intent.text.slice(start, end), start, end, exact: true }];
}
