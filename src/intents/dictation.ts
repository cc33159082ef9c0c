// Dictation as speech-to-text writes it: years, days and quarters spoken as words ("twenty twenty four",
// "march thirty first", "one q twenty three"), rewritten to the forms the period grammar reads.
const MONTH_WORD = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const ORDINALS = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
/** A dictated day's last digit, as a number or an ordinal ("three", "third"). */
const DAY_UNIT = (u: string) => `(?:${u}|${ORDINALS[UNITS.indexOf(u)]})`;
export const DICTATED: [RegExp, string][] = [
  ...UNITS.slice(1).map((u, i): [RegExp, string] => [new RegExp(`\\b(?:twenty|two thousand(?: and)?)[\\s-]+twenty[\\s-]+${u}\\b`, 'g'), `202${i + 1}`]),
  [/\b(?:twenty|two thousand(?: and)?)[\s-]+twenty\b/g, '2020'],
  [/\bninety\b/g, '90'],
  [/\bthirty(?=[\s-]*days?\b)/g, '30'],
  // A dictated day after a month: "march thirty first", "june thirtieth", "dec twenty three" (a day or a two-digit year, as typed).
  [new RegExp(`\\b(${MONTH_WORD})\\s+thirty[\\s-]+first\\b`, 'g'), '$1 31'],
  [new RegExp(`\\b(${MONTH_WORD})\\s+thirtieth\\b`, 'g'), '$1 30'],
  ...UNITS.slice(1).map((u, i): [RegExp, string] => [new RegExp(`\\b(${MONTH_WORD})\\s+twenty[\\s-]+${u}(?:st|nd|rd|th)?\\b(?![\\s-]+twenty)`, 'g'), `$1 2${i + 1}`]),
  // A dictated day before a month: "thirty one march", "the twenty eighth of feb" (a year after it is read below).
  [new RegExp(`\\bthirty[\\s-]+(?:one|first)(?:\\s+of)?\\s+(${MONTH_WORD})\\b`, 'g'), '31 $1'],
  [new RegExp(`\\b(?:thirtieth|thirty)(?:\\s+of)?\\s+(${MONTH_WORD})\\b`, 'g'), '30 $1'],
  ...UNITS.slice(1).map((u, i): [RegExp, string] => [new RegExp(`\\btwenty[\\s-]+${DAY_UNIT(u)}(?:\\s+of)?\\s+(${MONTH_WORD})\\b`, 'g'), `2${i + 1} $1`]),
  // A dictated year after a named quarter: "first quarter twenty four" (the quarter words stay the grammar's).
  ...UNITS.slice(1).map((u, i): [RegExp, string] => [new RegExp(`\\b((?:first|second|third|fourth)\\s+quarter(?:\\s+of)?)\\s+twenty[\\s-]+${u}\\b`, 'g'), `$1 202${i + 1}`]),
  // A dictated quarter: "one q twenty three", "q four twenty three" (1Q23, Q4 23).
  ...UNITS.slice(1, 5).map((u, i): [RegExp, string] => [new RegExp(`\\b${u}[\\s-]*q\\b`, 'g'), `${i + 1}q`]),
  ...UNITS.slice(1, 5).map((u, i): [RegExp, string] => [new RegExp(`\\bq[\\s-]*${u}\\b`, 'g'), `q${i + 1}`]),
  // A dictated two-digit year after any period pointer: "q4 twenty three", "h1 fy twenty seven", "fiscal twenty six", "9m twenty six".
  ...UNITS.slice(1).map((u, i): [RegExp, string] => [new RegExp(`\\b([1-4]q|q[1-4]|[12]h|h[12]|fy|fiscal(?: year)?|9m|6m|ytd)\\s+twenty[\\s-]+${u}\\b`, 'g'), `$1 2${i + 1}`]),
];

/** Period words typed as analysts say them, rewritten to the forms the period grammar reads. */
export const PERIOD_WORDS: [RegExp, string][] = [
  // "vs last year's 9M", "against the prior-year quarter": that span a year earlier, the base of a change
  // ("last year" alone is the full year; "last year's Q3" asked alone stays unread, and declines).
  [/\b(vs\.?|versus|against|compared (?:to|with)|over)\s+(?:the\s+)?(?:last|prior|previous)[- ]year(?:['’]s)?\s+(9m|nine months|h[12]|[12]h|q[1-4]|[1-4]q|ytd|year[- ]to[- ]date|quarter|half)\b/g, '$1 the $2 a year earlier'],
  // "last year q1", "last year's H1": that quarter or half of last year, as the grammar reads "q1 last year" (never last year and this Q1).
  [/\b(?:the\s+)?(?:last|prior|previous)[- ]y(?:ea)?r(?:['’]s)?\s+(q[1-4]|[1-4]q|h[12]|[12]h)\b/g, '$1 last year'],
  // "growth yoy, quarter and YTD": a bare "quarter" beside a span of the year to date is this quarter (as "the quarter").
  [/(?<!\b(?:the|this|last|prior|previous|next|same|that|fiscal|a|per|each|which|first|second|third|fourth|1st|2nd|3rd|4th)\s+)\bquarter(?=\s+(?:and|&)\s+(?:the\s+)?(?:ytd|year[- ]to[- ]date|9m|nine months)\b)|(?<=\b(?:ytd|year[- ]to[- ]date|9m|nine months)\s+(?:and|&)\s+)quarter\b(?!\s+(?:ended|ending|of))/g, 'the quarter'],
];
