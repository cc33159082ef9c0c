// A part of a line asked of its guidance ("automotive revenue forecast", where the outlook guides only the group's
// revenue): the part's own words are left over beside the line's name (a guidance question's words are not read
// into the line), so the group's range would answer for the part. The part's line, named by the words asked, is
// declined by name (guidance.ts); the whole's range is never its answer.
import type { Fact } from '../../knowledge/fact.js';
import type { Ask } from '../frame.js';
import { wordsOf } from '../unread-lines.js';

/** Words a line of the whole goes by in a table of parts ("Revenue Total"): no part. */
const WHOLE = /^(?:total|consolidated|group|overall)$/;

const words = (text: string) => new Set(wordsOf(text));

/** The label of a part of a guided line whose own words (those its whole's label lacks) the question says, or null. */
function partSaid(ask: Ask, low: Fact): string | null {
  const asked = words(ask.topic);
  const whole = ask.kb.metrics.get(low.metric);
  if (!whole) return null;
  const own = words(whole.label);
  // (A segment's line of a statement by segment goes by the line's id and its own: "revenue.automotive".)
  const parts = [...ask.kb.metrics.keys()].filter((id) => whole.children.includes(id) || id.startsWith(`${low.metric}.`));
  for (const id of parts) {
    const label = ask.kb.metrics.get(id)?.label ?? '';
    const extra = [...words(label)].filter((w) => !own.has(w) && !WHOLE.test(w));
    if (extra.length && extra.every((w) => asked.has(w))) return label;
  }
  return null;
}

/** The part of the guided lines the question asks for ("Revenue Automotive"), where it asks for one of each, else null. */
export function partAsked(ask: Ask, ranges: Fact[]): string | null {
  const parts = ranges.map((f) => partSaid(ask, f));
  return parts.length && parts.every(Boolean) ? [...new Set(parts)].join(' or ') : null;
}
