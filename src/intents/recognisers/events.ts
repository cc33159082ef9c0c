// The event recogniser: a question asking when the company next reports ("next earnings date", "when do they
// report next?") or about its call for these results ("when's the call", "webcast link?"), each a named rule
// (data), pinned by test/corpus/events.jsonl. Such a question asks for a date or a way in: its "earnings" or
// "results" is the event, never the net income line, and the release's own date is not its call's.

/** Words for a results event: what a company publishes when it reports. */
const RESULTS = '(?:earnings|results|report|trading update|trading statement)';

export type EventName = 'next-results' | 'call';

/** A call for these results, by the words releases and analysts use for it. */
const CALL = String.raw`(?:(?:earnings|conference|investor|analyst)\s+)?call`;

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
  // "when's the call", "when is the earnings call?" (what was said on the call is the words handler's: no "when").
  { name: 'call', pattern: new RegExp(String.raw`\bwhen(?:'s|s|\s+is|\s+was|\s+will)\s+(?:the\s+|their\s+)?${CALL}\b`) },
  // "what time is the earnings call", "date of the call", "how do I join the call" (not "capital call": a call is the call).
  { name: 'call', pattern: /\b(?:what\s+time|times?|dates?|day|regist\w*|link|passcode|pin|details|join|access)\b.*\b(?:(?:earnings|conference|investor|analyst)\s+|the\s+)call\b/ },
  // "call time?", "conference call details", "call dial-in".
  { name: 'call', pattern: new RegExp(String.raw`\b${CALL}(?:'s)?\s+(?:time|date|details|info(?:rmation)?|numbers?|access|pin|passcode|registration|link|dial[- ]?ins?)\b`) },
  { name: 'call', pattern: /\b(?:webcasts?|dial[- ]?ins?|(?:call|webcast)\s+replay)\b/ },
  // "the call?" said alone.
  { name: 'call', pattern: new RegExp(String.raw`^(?:the\s+)?${CALL}\s*[?.!]*$`) },
];

/** The event whose date a question asks, or null. */
export function eventAsked(text: string): EventName | null {
  return EVENT_RULES.find((r) => r.pattern.test(text))?.name ?? null;
}
