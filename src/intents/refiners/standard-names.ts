// A standard name ("net income", "profit", "cost of sales") that no line of the release carries is never
// answered with a line that only shares its last words: "Other income", "Gross profit", "Income tax expense"
// and "Sales and marketing" add a head word the question did not say, so they are other lines.
import type { Answer } from '../answer.js';
import { CATALOG, NEUTRAL } from '../catalog.js';
import type { Lexicon } from '../lexicon.js';
import { unknown } from '../reply.js';
import { nameStems } from '../text.js';

/** What people call the lines of a statement, by the catalog: names with a meaning of their own. */
const STANDARD = new Set(CATALOG.flatMap((e) => e.names.map((n) => n.toLowerCase())));

/** Whether a line's label says a word beyond the name asked (neutral words aside), and no catalog entry gives it that name. */
function addsHead(lex: Lexicon, id: string, phrase: string): boolean {
  const label = lex.matcher.label(id);
  if (CATALOG.some((e) => e.names.includes(phrase) && e.match.test(label))) return false;
  const said = new Set(nameStems(phrase));
  return lex.matcher.labelStems(id).some((s) => !NEUTRAL.has(s) && !said.has(s));
}

/** Declines a standard name asked where every line taken for it adds a head word of its own; else null. */
export function otherHead(lex: Lexicon, phrase: string, ids: string[]): Answer | null {
  const name = phrase.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!STANDARD.has(name) || !ids.length || !ids.every((id) => addsHead(lex, id, name))) return null;
  const labels = [...new Set(ids.map((id) => `"${lex.matcher.label(id)}"`))];
  const other = labels.length > 1 ? `${labels.join(', ')} are other lines` : `${labels[0]} is another line`;
  return unknown(`The release doesn't give "${phrase.trim()}": ${other}, not ${phrase.trim()}. Say "help" for what I can answer.`);
}
