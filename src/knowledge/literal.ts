// One helper for every layer that builds a regular expression from text it read (a label, a currency sign,
// a company name, a secret to redact).

/** A text as a regular expression's source that matches it literally. */
export function literal(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
