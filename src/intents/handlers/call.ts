// The call for these results: the release's own sentences on it (its date and time, the webcast, the
// dial-in, the registration), quoted; else a decline. Its date is the call's sentence's, never the
// release's own date, which a date-asking reading of "conference call date" had answered.
import type { TextFact } from '../../knowledge/fact.js';
import type { KnowledgeBase } from '../../knowledge/kb.js';
import type { Answer } from '../answer.js';
import { Reply, unknown } from '../reply.js';
import { DATE } from './dates.js';
import { eachOnce, quoteInto } from './quoted.js';

/** Words of a sentence about the call, or of its section's title ("Conference Call Preregistration"). */
const CALL_SAID = /\b(?:conference|earnings|investor|analyst)\s+call\b|\bwebcasts?\b|\bdial[- ]?in\b|\breplay\b/i;
/** A time of day as releases print it: "7:30 AM", "5:00 p.m.", "08:00 CET". */
const TIME = /\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|hrs|cet|bst|gmt|et\b)/i;

/** The ways in a question can name, each with the words of the sentences that give it. */
const ASPECTS: [RegExp, RegExp][] = [
  [/\bwebcasts?\b/, /\bwebcast/i],
  [/\bdial[- ]?ins?\b|\bnumbers?\b|\bpin\b|\bpasscode\b/, /\bdial[- ]?in|\bpasscode|\bpin\b|\bnumbers?\b/i],
  [/\breplay\b|\barchived?\b/, /\breplay|\barchived?\b/i],
  [/\bregist\w*|\blink\b|\bjoin\b|\baccess\b/, /\bregist\w*|\blink\b|\bjoin\b|\baccess\b/i],
];

/** The sentences on the call: those that name it, and those under a title that does. */
const callTexts = (kb: KnowledgeBase) => kb.texts.filter((t) => CALL_SAID.test(t.text) || CALL_SAID.test(t.section));

/** The sentences that answer the question: of the way in it names, else those giving a date or a time. */
function answering(texts: TextFact[], question: string): TextFact[] {
  const aspect = ASPECTS.find(([asked]) => asked.test(question));
  if (aspect) return texts.filter((t) => aspect[1].test(t.text));
  return texts.filter((t) => DATE.test(t.text) || TIME.test(t.text));
}

/** The release's words on its call, or a decline naming what it lacks. */
export function callAnswer(kb: KnowledgeBase, question: string): Answer {
  const texts = callTexts(kb);
  if (!texts.length) return unknown('The release says nothing about a conference call or webcast for these results, so I give no date or time.');
  const said = eachOnce(answering(texts, question)).slice(0, 2);
  if (!said.length) return unknown(`The release mentions its call but gives nothing on that; its words on the call are at line ${texts[0]!.citation.line}.`);
  return quoteInto(new Reply(kb), "The release's words on its conference call:", said).answer();
}
