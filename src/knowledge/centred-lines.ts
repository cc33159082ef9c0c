// A headline set centred in a plain-text release: each of its lines a statement of its own (text-tables.ts reads the rest).
import type { TextBlock } from './blocks.js';

/**
 * Lines set centred, each at its own indent, none a continuation ("Comparable Sales Increased 3.8%; Diluted
 * EPS of $1.39 versus $1.01" / "Raises Full-Year Fiscal 2025 Outlook"): a headline's lines, each its own
 * statement. Read as one sentence, the second line's forward words made the first line's figures outlook.
 */
export function centred(para: { text: string; segments: TextBlock['segments']; indents: number[]; bullet?: boolean }): boolean {
  const starts = para.segments.map((s) => para.text[s.start] ?? '');
  return !para.bullet && para.segments.length > 1 && para.indents.every((n) => n >= 4) && new Set(para.indents).size === para.indents.length && starts.every((c) => /[A-Z0-9$€£¥₹]/.test(c));
}

/** Each line of a centred block a paragraph of its own (never a heading: its figures are read). */
export function eachLine(para: { text: string; segments: TextBlock['segments'] }, section: string): TextBlock[] {
  return para.segments.map((s, k) => {
    const text = para.text.slice(s.start, para.segments[k + 1] ? para.segments[k + 1]!.start - 1 : undefined);
    return { kind: 'paragraph', text, raw: text, segments: [{ line: s.line, start: 0 }], section };
  });
}
