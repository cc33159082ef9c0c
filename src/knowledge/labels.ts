// Label arithmetic shared by the knowledge base and the engine: slugs for metric ids and a
// word-overlap similarity over stems that ignores the release's filler words.
import { stem } from '../nlp.js';

const STOP = new Set(['the', 'of', 'and', 'a', 'an', 'to', 'for', 'from', 'in', 'on', 'by', 'with', 'its', 'our', 'company', 'inc', 'net', 'attributable', 'attributed', 'ordinary', 'shareholders']);

/** Up to four capitalised words before a corporate suffix: "Acme Holdings, Inc.", "Foo Bar Ltd". */
const CORPORATE_NAME = /\b(?:[A-Z][\w&'-]*,?\s+){1,4}(?:Inc|Ltd|Limited|Corp|Corporation|plc|PLC|LLC|N\.V|S\.A)\b\.?/g;

const slugs = new Map<string, string>();
export function slug(text: string): string {
  let s = slugs.get(text);
  if (s === undefined) {
    s = text
      .toLowerCase()
      .replace(/&/g, ' and ')
      .replace(/\bnon-gaap\b/g, 'non gaap')
      .replace(/[^a-z0-9+]+/g, '_')
      .replace(/^_+|_+$/g, '');
    if (slugs.size < 50_000) slugs.set(text, s);
  }
  return s;
}

const wordMemo = new Map<string, string[]>();
/** Content words of a label as stems, memoised: labels are compared many times at load. */
export function words(text: string): string[] {
  let w = wordMemo.get(text);
  if (!w) {
    w = text
      // A company's own name ("… shareholders of Acme Holdings, Inc.") says nothing about which line it is.
      .replace(CORPORATE_NAME, ' ')
      .toLowerCase()
      .replace(/non-gaap/g, 'nongaap')
      // "Diluted EPS" is the line "Earnings per share, diluted" says in full.
      .replace(/\beps\b/g, 'earnings per share')
      .split(/[^a-z0-9+]+/)
      .filter((x) => x && !STOP.has(x))
      .map(stem);
    if (wordMemo.size < 50_000) wordMemo.set(text, w);
  }
  return w;
}

/** Dice overlap of content words, 0..1. */
export function similarity(a: string, b: string): number {
  const wa = new Set(words(a));
  const wb = new Set(words(b));
  if (!wa.size || !wb.size) return 0;
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return (2 * common) / (wa.size + wb.size);
}

/** A row's label less the heading it prints in brackets to tell it from a row of one name under another heading ("Other - net (Cash flow from investing activities)": "Other - net"). */
export function ownLabel(m: { label: string; heading?: string }): string {
  const suffix = m.heading ? ` (${m.heading})` : '';
  return suffix && m.label.endsWith(suffix) ? m.label.slice(0, -suffix.length) : m.label;
}
