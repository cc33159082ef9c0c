// "LTM attrition", "TTM clients": where the release prints a line whose own name says it runs over the last twelve
// months ("Attrition (last twelve months)", "Clients (LTM)"), the trailing words name that line, never ask for four
// quarters added up (recognisers/history.ts) nor decline as a trailing figure the release does not report.
import type { Lexicon } from './lexicon.js';
import { nameStems } from './text.js';

const TRAILING = /\b(?:ltm|ttm|(?:last|trailing)[- ](?:twelve|12)[- ]months?)\b/gi;

/**
 * The question with its trailing-twelve-months words spelled as the printed line it otherwise names spells them
 * ("LTM attrition" → "last twelve months attrition"), or null where no such line is named.
 */
export function trailingNamed(lex: Lexicon, question: string): string | null {
  if (!question.match(TRAILING)) return null;
  const said = new Set(nameStems(question.replace(TRAILING, ' ')));
  for (const m of lex.kb.metrics.values()) {
    for (const label of m.labels) {
      const own = label.match(TRAILING)?.[0];
      const stems = own ? nameStems(label.replace(TRAILING, ' ')) : [];
      if (own && stems.length && stems.every((s) => said.has(s))) return question.replace(TRAILING, own);
    }
  }
  return null;
}
