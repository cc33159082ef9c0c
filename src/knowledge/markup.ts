// Markdown and HTML markup as releases use it, removed so that code reads the words.
export function stripMarkup(s: string): string {
  return s
    .replace(/<sup>[^<]*<\/sup>/gi, '')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/\\([$*_#\[\]()"'\\-])/g, '$1')
    .replace(/\*\*|__/g, '')
    .replace(/(^|[\s(])\*(?=\S)([^*]+?)\*(?=[\s.,;:)]|$)/g, '$1$2')
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The quote a citation carries: the line's text with tags replaced by spaces and emphasis marks and
 * escapes dropped, so that it stays a verbatim substring of the line read as plain text.
 */
const quotes = new Map<string, string>();
export function quoteOf(line: string): string {
  let q = quotes.get(line);
  if (q === undefined) {
    q = line.replace(/<[^>]+>/g, ' ').replace(/[*_`\\]/g, '').replace(/[\u2212\u2013]/g, '-').replace(/\s+/g, ' ').trim();
    if (quotes.size < 100_000) quotes.set(line, q);
  }
  return q;
}
