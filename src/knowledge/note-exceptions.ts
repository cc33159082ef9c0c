// The kinds of rows a unit note's "except ..." clause keeps off its scale: "(In thousands, except for number of ADS and
// per ADS data)" keeps the ADS count whole (79,930,000 ADSs, never 79.9 billion), "except share and per-share data" the
// share count, "except counts and ratios" the counts and ratios. The clause is a list ("a, b and c"); each item is read
// by the first rule that fires. Rules as data, pinned by the clauses of test/corpus/note-exceptions.jsonl. An item no
// rule reads ("number of stores", "customer counts", "employees") names a line's noun instead: excepted() in row-units.ts.

export type ExceptedKind = 'per-share amounts' | 'share counts' | 'counts' | 'ratios' | 'percentages';

export interface ExceptionRule {
  name: ExceptedKind;
  /** Tested on one item of the clause, lower-cased words as printed ("number of ads", "per-share data"). */
  pattern: RegExp;
}

export const EXCEPTION_RULES: ExceptionRule[] = [
  // "per share data", "per-ADS amounts", "per Unit amounts", "per diluted share", "earnings per share", "EPS".
  { name: 'per-share amounts', pattern: /^(?:(?:earnings|profit|income|loss)\s+)?per[\s-]+(?:(?:diluted|basic|common|ordinary)\s+)?(?:shares?|ADSs?|ADRs?|units?)\b|^EPS\b/i },
  // "share", "shares", "number of shares", "number of ADS", "ADSs", "share counts", "ordinary shares": counts of shares.
  { name: 'share counts', pattern: /^(?:(?:the\s+)?numbers?\s+of\s+)?(?:(?:ordinary|common)\s+)?(?:shares?|ADSs?|ADRs?)\b(?![\s-]*(?:based|price|capital|premium)\b)/i },
  // "counts", "numbers", "quantities", "operating data": a kind, not a noun's count ("customer counts", "number of stores").
  { name: 'counts', pattern: /^(?:counts?|numbers?(?!\s+of\b)|quantit(?:y|ies)|operating\s+(?:data|metrics|statistics))\b/i },
  { name: 'ratios', pattern: /^ratios?\b/i },
  // Rows in per cent carry their own sign: "except percentages" keeps no row without one off the scale (a kind excepted would).
  { name: 'percentages', pattern: /^percentages?\b/i },
];

// The clause: from "except" (or "other than") to the note's end, a bracket, or a sentence's end.
const CLAUSE = /\b(?:except(?:ing)?|other\s+than)\s+(?:for\s+)?([^().;]*)/gi;
// Items of the list: "a, b and c", "a & b", "a or b".
const ITEM_BREAK = /\s*(?:,|&|\band\b|\bor\b)\s*/i;

/** The kinds of rows a note's exceptions name (none where it names none or only nouns of lines). */
export function exceptedKinds(note: string): Set<ExceptedKind> {
  const items = [...note.matchAll(CLAUSE)].flatMap((m) => m[1]!.split(ITEM_BREAK)).map((i) => i.trim().replace(/^(?:for|the)\s+/i, ''));
  return new Set(items.flatMap((item) => EXCEPTION_RULES.find((r) => r.pattern.test(item))?.name ?? []));
}
