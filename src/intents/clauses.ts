// A question of two clauses asking two things of two lines (recognisers/clauses.ts) is answered clause by clause,
// each as the thread's next question, one after the other: every part asked is answered or declined by name.
import type { Answer } from './answer.js';
import type { ContextStore } from './context.js';
import { oneAfterAnother } from './handlers/index.js';
import type { Lexicon } from './lexicon.js';
import { clausesOf, twinOf } from './recognisers/clauses.js';

/**
 * A line asked with its twin on another basis: the line, then the twin as the thread's follow-up. Else each clause
 * answered in turn on a copy of the thread, kept (the thread then left as its last clause left it)
 * where every clause is answered or declined as not in the release; else null, and the question is answered whole.
 */
export function answerInClauses(lex: Lexicon, contexts: ContextStore, q: string, conversation: string, respond: (q: string, conversation: string) => Answer): Answer | null {
  // "Op margin and the non-GAAP one": a line, then its twin on the basis named, as the thread's follow-up would ask it.
  const twin = twinOf(q);
  const first = twin && respond(twin[0], conversation);
  if (first) return first.status === 'answer' ? oneAfterAnother([first, respond(twin![1], conversation)]) : first;
  const parts = clausesOf(q, lex);
  if (!parts) return null;
  const scratch = `${conversation}\u0000clauses`;
  const before = contexts.get(conversation);
  if (before) contexts.set(scratch, before);
  const answers = parts.map((p) => respond(p, scratch));
  const after = contexts.get(scratch);
  contexts.forget(scratch);
  if (!answers.every((a) => a.status === 'answer' || a.reason === 'not-in-release')) return null;
  if (after) contexts.set(conversation, after);
  return oneAfterAnother(answers);
}
