// A standard name ("net income", "profit", "tax", "cost of sales") is answered by the line the catalog binds it to
// (catalog.ts: "Profit after tax", "Statutory NPAT", "Net loss" for net income). Where no line carries it, the lines
// that only share its words are candidates, and one whose label names another measure (naming/other-measure.ts:
// "Other income", "Gross profit", "Profit before tax", "Underlying NPAT") is never the standard line.
import type { Answer } from '../answer.js';
import type { Lexicon } from '../lexicon.js';
import { andJoined, unknown } from '../reply.js';
import { otherMeasure, STANDARD } from '../naming/other-measure.js';

/**
 * Of the lines a standard name's words fit, those that may be that line: none naming another measure. Where
 * none may, the reply declines naming them; a name no catalog entry gives keeps every line.
 */
export function standardLines(lex: Lexicon, phrase: string, ids: string[]): string[] | Answer {
  const asked = phrase.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!STANDARD.has(asked)) return ids;
  const kept = ids.filter((id) => !otherMeasure(lex.matcher.label(id), asked));
  if (kept.length || !ids.length) return kept;
  return otherLines(lex, phrase, asked, ids);
}

/** The decline of a name whose words fit only lines that are another measure: it names them. */
export function otherLines(lex: Lexicon, phrase: string, asked: string, ids: string[]): Answer {
  return unknown(`The release doesn't give "${phrase.trim()}": ${othersSaid(lex, ids, 3)}, not ${asked}. Say "help" for what I can answer.`);
}

/** The lines a measure's words reached, named as other lines (at most `most`): '"Debt" is another line', '"A", "B" and "C" are other lines'. */
export function othersSaid(lex: Lexicon, ids: string[], most: number): string {
  const labels = [...new Set(ids.map((id) => `"${lex.matcher.label(id)}"`))].slice(0, most);
  if (!labels.length) return '';
  return `${andJoined(labels)} ${labels.length > 1 ? 'are other lines' : 'is another line'}`;
}
