// A word that asks for another figure than the line it qualifies: "CET1 requirement" is the minimum set for the
// ratio, never the ratio; "net store openings" the openings less the closings the release prints beside them, never
// the stores opened. Both words are known to the bot (a cue's stem, a neutral word), so coverage lets them pass:
// the line named alone would answer, and a user would read the ratio as its requirement, the gross as the net.
// So is "catastrophe points of combined ratio": points of a ratio are a part of it (its "points" a unit cue).
import type { Answer } from './answer.js';
import type { Lexicon } from './lexicon.js';
import type { Intent } from './recognisers/index.js';
import { title, unknown } from './reply.js';
import { nameStems, tokens } from './text.js';

/** A threshold set for a measure, which the measure is not. */
const THRESHOLD = /^(?:requirements?|minimums?|minima|thresholds?|buffers?)$/;

/** A flow and its opposite, each as a label's stem: a line of one beside a line of the other is a gross flow. */
const OPPOSITES: [RegExp, RegExp][] = [
  [/^open/, /^(?:clos|shut)/],
  [/^(?:add|addit)/, /^(?:remov|dispos|churn)/],
  [/^hir/, /^(?:depart|leaver|attrit)/],
  [/^inflow/, /^outflow/],
];

/**
 * A part of a rate measured in its points: "catastrophe points of combined ratio", "pts of the margin". Not a move of the
 * rate in points: "how many bps of expansion", "points of margin improvement" ask its change.
 */
const POINTS_OF = /\b(?:points?|pts|ppts?|pp|bps|basis points?)\s+(?:of|on|to)\b(?!.*\b(?:expan|contract|improv|deteriorat|chang|increas|decreas|declin|rise|rose|grow|grew|mov|swing|compress|drop|fell|fall|reduc|up\b|down\b))/;

/** The threshold word a question asks of lines that are not it. */
function threshold(lex: Lexicon, intent: Intent, metrics: string[]): string | undefined {
  const word = tokens(intent.bare).find((t) => THRESHOLD.test(t.word))?.word;
  return word && !metrics.some((id) => lex.matcher.labelStems(id).some((s) => nameStems(word).includes(s))) ? word : undefined;
}

/** Whether "net" is asked of a gross flow: a line without "net" whose opposite flow the release prints as a line. */
function grossForNet(lex: Lexicon, intent: Intent, metrics: string[]): boolean {
  if (!/\bnet\b/.test(intent.bare) || metrics.length !== 1) return false;
  const own = lex.matcher.labelStems(metrics[0]!);
  if (own.includes('net')) return false;
  const pair = OPPOSITES.find(([a]) => own.some((s) => a.test(s)));
  const rest = own.filter((s) => !pair?.[0].test(s));
  return !!pair && [...lex.kb.metrics.keys()].some((id) => {
    const other = lex.matcher.labelStems(id);
    return other.some((s) => pair[1].test(s)) && rest.every((s) => other.includes(s));
  });
}

/** The decline for a question whose words ask another figure than the lines chosen, or null. */
export function otherFigureAsked(lex: Lexicon, intent: Intent, metrics: string[], op: string): Answer | null {
  const lines = metrics.map((id) => title(lex.matcher.label(id))).join(', ');
  const own = metrics.some((id) => /\b(?:points?|pts|bps)\b/i.test(lex.matcher.label(id)));
  if ((op === 'value' || op === 'change') && POINTS_OF.test(intent.bare) && !own) return unknown(`The release doesn't give that as a line: it prints no points of a rate that one part makes up by that name, and ${lines} is none. Ask for ${lines} if it is the one you mean.`, 'not-in-release');
  const word = threshold(lex, intent, metrics);
  if (word) return unknown(`The release doesn't give that as a line: ${lines} is the figure itself, not its ${word}. Ask for ${lines} if it is the one you mean.`, 'not-in-release');
  if (grossForNet(lex, intent, metrics)) return unknown(`The release doesn't give a net figure: ${lines} is the gross count, before the opposite flow it prints beside it. Ask for each line to set them against each other.`, 'not-in-release');
  return null;
}
