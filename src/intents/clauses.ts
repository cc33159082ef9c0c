// A question of two clauses asking two things of two lines (recognisers/clauses.ts), or a list of things one frame
// cannot hold (recognisers/parts.ts), is answered part by part, each as the thread's next question, one after the
// other: every part asked is answered or declined by name.
import type { Answer } from './answer.js';
import type { ContextStore } from './context.js';
import { oneAfterAnother } from './handlers/index.js';
import type { Lexicon } from './lexicon.js';
import { clausesOf, twinOf } from './recognisers/clauses.js';
import { partsOf } from './recognisers/parts.js';

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
  const each = inScratch(contexts, conversation, 'clauses', (c) => parts.map((p) => respond(p, c)));
  // (A clause declined is never dropped: answered whole, the question had been the other clause's alone, so the
  // reply said nothing of it. Where no clause is answered, or one asks back, the question is answered whole.)
  if (!each.out.some((a) => a.status === 'answer') || each.out.some((a) => a.status === 'clarify')) return null;
  return keep(each, oneAfterAnother(each.out.map((a, k) => (a.status === 'answer' || a.reason === 'not-in-release' ? a : unanswered(parts[k]!, a)))));
}

/** A clause not understood, named as the part of the question left unanswered, with why. */
function unanswered(clause: string, a: Answer): Answer {
  return { ...a, text: `Not answered: the part "${clause}". ${a.text}` };
}

/** The figures a reply prints ("4,153.2", "7%"): what one reply says that another may not. */
const figuresIn = (a: Answer) => new Set(a.text.match(/\d[\d,]*(?:\.\d+)?%?/g) ?? []);

/** Each conversation's copy, as the thread stands now: a question answered there leaves the thread as it was. */
function inScratch<T>(contexts: ContextStore, conversation: string, name: string, answer: (c: string) => T) {
  const scratch = contexts.copy(conversation, name);
  const out = answer(scratch);
  const after = contexts.get(scratch);
  contexts.forget(scratch);
  return { out, keep: () => after && contexts.set(conversation, after) };
}

/**
 * A question asking for a list of things one frame cannot hold (recognisers/parts.ts): each part answered in turn,
 * where the whole leaves out what a part answers and says nothing the parts do not (or declines where a part
 * answers); else null, and the whole stands. A part the release does not give, or not understood, is said so.
 * (`whole` answers the question as one frame, never split again.)
 */
export function answerInParts(lex: Lexicon, contexts: ContextStore, q: string, conversation: string, respond: (q: string, conversation: string) => Answer, whole: (q: string, conversation: string) => Answer): Answer | null {
  const split = partsOf(q, lex);
  if (!split) return null;
  const parts = split.parts;
  const one = inScratch(contexts, conversation, 'whole', (c) => whole(q, c));
  const each = inScratch(contexts, conversation, 'parts', (c) => parts.map((p) => respond(p, c)));
  return partsSayMore(one.out, each.out, Boolean(split.unnamed)) ? keep(each, oneAfterAnother(each.out)) : keep(one, one.out);
}

/** Whether the parts' answers say all the whole's does and more: a figure it leaves out, or a part the release does not give. */
function partsSayMore(whole: Answer, answers: Answer[], unnamed: boolean): boolean {
  // (A last item no line is named by is one only where, alone, it is not understood: "both dates" asks the thread's
  // line, "no of shares" a count the release may not give.)
  if (unnamed && answers.at(-1)!.reason !== 'not-understood') return false;
  if (!answers.some((a) => a.status === 'answer') || answers.some((a) => a.status === 'clarify')) return false;
  // (A decline becomes no answer that leaves a part out: the parts stand for it where each is answered or not understood.)
  if (whole.status !== 'answer') return answers.every((a) => a.status === 'answer' || a.reason === 'not-understood');
  // (Figures of answers only: a decline's examples, "Q4 2023", are none.)
  const [wholeSays, partsSay] = [figuresIn(whole), new Set(answers.filter((a) => a.status === 'answer').flatMap((a) => [...figuresIn(a)]))];
  // (The whole answered without a part the release does not give says nothing of it: the parts say so.)
  const unsaid = answers.some((a) => a.reason === 'not-in-release');
  return ([...partsSay].some((f) => !wholeSays.has(f)) || unsaid) && [...wholeSays].every((f) => partsSay.has(f));
}

function keep(scratch: { keep: () => unknown }, answer: Answer): Answer {
  scratch.keep();
  return answer;
}
