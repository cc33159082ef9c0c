// A name the release defines and prints inside another line's label as a proper name ("Loan facilitation volume
// through Total Solutions"): a question saying one of its words but not the whole name ("total facilitation volume")
// is not asking about that line, whose word it shares only by the name's chance wording. Read by ambiguity.ts.
import { words } from '../../knowledge/labels.js';
import { literal } from '../../knowledge/literal.js';
import type { Lexicon } from '../lexicon.js';

/** A defined term of several words as a label prints it after its first word, each word capitalised: a name, no line's own words. */
function properTermsIn(lex: Lexicon, label: string): string[][] {
  return [...lex.definedTerms]
    .map((t) => ({ t, w: words(t) }))
    .filter(({ t, w }) => w.length > 1 && new RegExp(`(?<=\\S\\s+)${literal(t).replace(/\s+/g, '\\s+')}(?![\\w-])`, 'i').exec(label)?.[0].split(/\s+/).every((x) => /^[A-Z0-9]/.test(x)))
    .map(({ w }) => w);
}

/**
 * The lines less those the words asked reach only through a proper name inside the label that the question does not
 * say whole; all of them where that would leave none.
 */
export function outsideNamesUnsaid(lex: Lexicon, ids: string[], asked: string, question: string): string[] {
  const [span, said] = [new Set(words(asked)), new Set(words(question))];
  const reached = (id: string) => {
    const label = lex.matcher.label(id);
    const outside = new Set(words(label));
    const names = properTermsIn(lex, label);
    for (const n of names) for (const w of n) outside.delete(w);
    return !names.some((n) => !n.every((w) => said.has(w)) && n.some((w) => span.has(w) && !outside.has(w)));
  };
  const kept = ids.filter((id) => id.startsWith('formula:') || reached(id));
  return kept.length ? kept : ids;
}
