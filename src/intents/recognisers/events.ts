// The event recogniser: a question asking when the company next reports ("next earnings date", "when do they
// report next?"), each a named rule (data), pinned by test/corpus/events.jsonl. Such a question asks for a
// date: its "earnings" or "results" is the event, never the net income line, so no figure may answer it.

/** Words for a results event: what a company publishes when it reports. */
const RESULTS = '(?:earnings|results|report|trading update|trading statement)';

export type EventName = 'next-results';

export const EVENT_RULES: { name: EventName; pattern: RegExp }[] = [
  // "next earnings date", "Q4 results date", "earnings release date" (a call's date is the call's: "conference call date").
  { name: 'next-results', pattern: new RegExp(String.raw`\b${RESULTS}(?:\s+(?:release|announcement|publication))?\s+dates?\b`) },
  // "the next results", "upcoming earnings release", "next trading update" ("next quarter's earnings" is guidance: a period, no event).
  { name: 'next-results', pattern: new RegExp(String.raw`\b(?:next|upcoming)\s+(?:(?:quarterly|interim|annual|full[- ]year|half[- ]year|earnings|results|financial)\s+){0,2}(?:results|report|release|announcement|trading update|trading statement)\b`) },
  // "when do they report next?", "when will the company report again", "when are Q4 results out?".
  { name: 'next-results', pattern: /\bwhen\s+(?:do|does|will|is|are)\s+(?:they|it|we|the\s+company|[\w-]+)\s+(?:(?:going|due|scheduled|expected)\s+to\s+)?(?:report|announce|publish)\b/ },
  { name: 'next-results', pattern: new RegExp(String.raw`\bwhen\s+(?:are|is|will)\s+(?:the\s+)?(?:next\s+)?(?:[\w-]+\s+){0,2}?${RESULTS}\s+(?:be\s+)?(?:out|due|released|published|reported|announced)\b`) },
  { name: 'next-results', pattern: /\b(?:financial|reporting|earnings|results)\s+(?:calendar|schedule)\b/ },
  // "next earnings?" said alone: the event (a figure ahead is asked by its period, "next quarter's earnings").
  { name: 'next-results', pattern: /\b(?:next|upcoming)\s+earnings\s*[?.!]*$/ },
];

/** The event whose date a question asks, or null. */
export function eventAsked(text: string): EventName | null {
  return EVENT_RULES.find((r) => r.pattern.test(text))?.name ?? null;
}
