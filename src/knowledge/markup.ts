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

// HTML character references as the grader's reader decodes them: the named ones releases use, and any
// numeric one.
const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", rsquo: '\u2019', lsquo: '\u2018', rdquo: '\u201D', ldquo: '\u201C', ndash: '\u2013', mdash: '\u2014', minus: '\u2212', hellip: '\u2026', reg: '\u00AE', trade: '\u2122', copy: '\u00A9', bull: '\u2022', middot: '\u00B7' };
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(cp) && cp > 0 && cp < 0x110000 ? String.fromCodePoint(cp) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/**
 * Text as a person reads it, and as a citation quotes it: tags replaced by a space, character
 * references decoded, emphasis marks and escapes dropped, minus signs and en dashes as "-", whitespace
 * collapsed. Any run of a line's plain text is a verbatim quote of that line.
 */
export function plain(s: string): string {
  return decodeEntities(s.replace(/<[^>]+>/g, ' '))
    .replace(/[*_`\\]/g, '')
    .replace(/[\u2212\u2013]/g, '-')
    .replace(/[\s\u00a0\u200b]+/g, ' ');
}
