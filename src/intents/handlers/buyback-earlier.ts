// An earlier repurchase programme asked ("the previous buyback: how many shares and how much?"): only the release's
// sentences about an earlier programme answer it, quoted. A period's cash outflow for treasury shares, or the new
// plan's size, is no figure of the earlier programme, so neither is given in its place (buyback.ts).
import type { Answer } from '../answer.js';
import type { Ask } from '../frame.js';
import { asSaid, Reply, unknown } from '../reply.js';
import { afterBuyback, REPURCHASE } from './buyback-words.js';

/** A sentence speaking of an earlier programme: "under the previous program", "the prior authorization". */
const EARLIER_PLAN = /\b(?:previous|prior|earlier|former|preceding|old)\s+(?:[\w-]+\s+){0,2}?(?:plan|program(?:me)?|authori[sz]ation|buy-?\s?backs?|repurchases?|tranche)\b/i;

/** The earlier programme's sentences, quoted; a decline where the release says nothing of one. Null where none is asked. */
export function earlierPlan(ask: Ask): Answer | null {
  if (!ask.modifiers.has('earlier-plan')) return null;
  const after = afterBuyback(ask.kb);
  const said = ask.kb.texts.filter((t) => EARLIER_PLAN.test(t.text) && (REPURCHASE.test(t.text) || after.includes(t)));
  if (!said.length) return unknown('The release says nothing of an earlier share repurchase programme, so I give none of its figures: those it prints are of the current plan or of the period.');
  const reply = new Reply(ask.kb).say("The earlier share repurchase programme, in the release's words:");
  for (const t of said.slice(0, 3)) reply.cite(t).say(asSaid(t));
  return reply.answer();
}
