// A run of a question's words read against a name's stems (metrics.ts's match): whether it holds them all,
// where it must start and end, and whether it straddles two phrases.
import type { Token } from '../text.js';

/**
 * A shuffled run that repeats a word just outside it straddles two phrases: in "total liabilities to
 * total equity", "liabilities total equity" is not "total liabilities and equity".
 */
export function straddles(toks: Token[], from: number, to: number): boolean {
  const inside = new Set(toks.slice(from, to).map((t) => t.stem));
  return [toks[from - 1], toks[to]].some((t) => t !== undefined && inside.has(t.stem));
}

export function containsAll(window: Token[], stems: string[]): boolean {
  const have = window.map((t) => t.stem);
  for (const s of stems) {
    const i = have.indexOf(s);
    if (i < 0) return false;
    have.splice(i, 1);
  }
  return true;
}

/** With a stray word, the run must start and end on the name's words (the stray one is inside). */
export function endsMatch(window: Token[], stems: string[]): boolean {
  return stems.includes(window[0]!.stem) && stems.includes(window[window.length - 1]!.stem);
}
