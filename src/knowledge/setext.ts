// A heading underlined rather than marked ("2026 OUTLOOK" over "------------", markdown's setext form, which
// plain-text releases use too): the line above the underline is the heading, and the underline is no text.
import type { Block } from './blocks.js';

/** A line of "=" or "-" only, three at least. */
export const UNDERLINE = /^\s*(?:={3,}|-{3,})\s*$/;

/**
 * The heading an underline makes of the one-line paragraph right above it (no blank line between), or
 * undefined. (A paragraph of several lines, or one that ends a sentence, is prose: the rule under it is a break.)
 */
export function underlined(before: Block | undefined, raw: string, blankRun: number): string | undefined {
  if (!UNDERLINE.test(raw) || blankRun || before?.kind !== 'paragraph' || before.segments.length !== 1) return undefined;
  return /[.:;!?]$/.test(before.text) ? undefined : before.text;
}
