// The words a line's own sentences say of it (lexicon.ts lineWords). A line read in two places, "1,940 patients were
// on Velnarix therapy" in the highlights and "fully enrolled with 164 patients" in the pipeline update, is about a word
// only where each place says it: the trial's patients are not on the drug. And the parts a sentence lists after the
// line's own figure ("Total capital expenditure was ..., comprising sustaining capital of ...") are about those parts.
import type { Fact } from '../knowledge/fact.js';

/** Where a sentence starts listing the parts of the figure before it. */
const PARTS_LISTED = /\b(?:comprising|comprised of|consisting of|made up of|of which|split between)\b[\s\S]*$/i;

/** A sentence's words about its line's own figure: all but the parts it lists after it. */
export const ownPart = (quote: string): string => quote.replace(PARTS_LISTED, '');

/** The stems of the sentences a line is read from: every row; of sentences, those each section the line is read in says. */
export function sentenceWords(facts: Fact[], stems: (text: string) => string[]): Set<string> {
  const rows = facts.filter((f) => f.source !== 'narrative').flatMap((f) => stems(f.citation.quote));
  const places = new Map<string, Set<string>>();
  for (const f of facts.filter((x) => x.source === 'narrative')) {
    const place = places.get(f.statement) ?? new Set<string>();
    for (const s of stems(ownPart(f.citation.quote))) place.add(s);
    places.set(f.statement, place);
  }
  const [first, ...others] = [...places.values()];
  const said = first ? [...first].filter((s) => others.every((p) => p.has(s))) : [];
  return new Set([...rows, ...said]);
}
