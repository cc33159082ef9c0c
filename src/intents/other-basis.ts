// A line's twin on the other basis ("and GAAP?" after non-GAAP operating margin, "the non-GAAP one"):
// what the dialogue's pointing rules take when a follow-up switches the basis.
import type { Said } from './dialogue.js';

/**
 * The thread's lines on the other basis: "Non-GAAP operating margin" for "GAAP operating margin", and
 * back. The twin is the line of the same kind whose other words are most alike, by a margin. One line
 * per line of the thread (the same line twice where two turn to one twin).
 */
export function otherBasis(s: Said): string[] {
  const { lex } = s;
  const wordsOf = (label: string) => new Set(lex.rename(label.toLowerCase()).replace(/^(?:non-gaap|gaap)\s+/, '').split(/[^a-z0-9]+/).filter(Boolean));
  const toNonGaap = s.intent.modifiers.has('non-gaap');
  // A line already on the one basis asked is its own twin ("the non-GAAP one" after non-GAAP net income).
  const one = s.intent.modifiers.has('gaap') !== toNonGaap;
  return s.last!.metrics.flatMap((id) => {
    const label = lex.matcher.label(id);
    if (/^non-gaap\b/i.test(label) === toNonGaap) return one ? [id] : [];
    const own = wordsOf(label);
    const scored = [...lex.kb.metrics.values()]
      .filter((m) => m.id !== id && /^non-gaap\b/i.test(m.label) === toNonGaap && lex.kindOf(m.id) === lex.kindOf(id))
      .map((m) => {
        const theirs = wordsOf(m.label);
        const common = [...own].filter((w) => theirs.has(w)).length;
        // Between twins alike in words, the one whose label names the basis asked ("GAAP operating income").
        return { id: m.id, score: common / (own.size + theirs.size - common), named: Number(toNonGaap || /^gaap\b/i.test(m.label)) };
      })
      .sort((a, b) => b.score - a.score || b.named - a.named);
    const [best, next] = scored;
    // (Twins as alike that print the same figures are one line printed twice: either answers.)
    const apart = !next || best!.score - next.score >= 0.1 || best!.named > next.named || lex.kb.sameFigures(best!.id, next.id);
    return best && best.score >= 0.6 && apart ? [best.id] : [];
  });
}
