// Markdown and HTML markup as releases use it, removed so that code reads the words.
import { literal } from './literal.js';
import { memo } from './memo.js';

export function stripMarkup(s: string): string {
  // Each kind of markup is looked for only where its character is: most cells and lines carry none.
  let t = s;
  if (t.includes('<')) t = t.replace(/<sup>[^<]*<\/sup>/gi, '').replace(/<\/?[a-z][^>]*>/gi, '');
  if (t.includes('\\')) t = t.replace(/\\([$*_#\[\]()"'\\-])/g, '$1');
  if (t.includes('*') || t.includes('_')) t = t.replace(/\*\*|__/g, '').replace(/(^|[\s(])\*(?=\S)([^*]+?)\*(?=[\s.,;:)]|$)/g, '$1$2');
  // (A markdown cell indents a part with "&nbsp;&nbsp;": a space, never a word of its label.)
  if (t.includes('&')) t = decodeEntities(t);
  return t
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
export const plain = memo(
  (s: string): string =>
    decodeEntities(s.includes('<') ? s.replace(/<[^>]+>/g, ' ') : s)
      .replace(/[*_`\\]/g, '')
      .replace(/[\u2212\u2013]/g, '-')
      .replace(/[\s\u00a0\u200b]+/g, ' '),
  // An HTML release's text nodes repeat ("$", ")", a space): each distinct short one is read once.
  { maxKey: 200 },
);

/**
 * A quote as its line reads (`line`: the line's plain text), where the quote decodes a character reference the line's
 * reading keeps as printed: an HTML row's cells say "¥", the line "&yen;", which plain (as the grader's reader) leaves
 * undecoded. The same place of the line is the quote, so a grader finds it there; else the quote as given.
 */
export function onLine(line: string, quote: string): string {
  if (line.includes(quote)) return quote;
  const pattern = [...quote].map((c) => (c.charCodeAt(0) > 127 ? `(?:${literal(c)}|&[a-z]+;|&#\\d+;|&#x[0-9a-f]+;)` : literal(c))).join('');
  return new RegExp(pattern, 'i').exec(line)?.[0] ?? quote;
}
