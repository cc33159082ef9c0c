// A line printed again in a qualified column: Caterpillar prints "Other operating (income) expenses" for the whole
// company and again as "Financial Products other operating (income) expenses" and "Machinery, Energy &
// Transportation other operating (income) expenses". Those are one line's copies, not lines to ask among. A
// qualifier is told by the many lines it stands before ("Financial Products" before dozens), so that a word that
// makes another line ("Average portfolio occupancy" beside "Portfolio occupancy") is no qualifier.
import type { KnowledgeBase } from '../../knowledge/kb.js';
import type { Lexicon } from '../lexicon.js';

/** A qualifier stands before at least this many lines that are, without it, lines of their own. */
const MANY = 3;

const byKb = new WeakMap<KnowledgeBase, Set<string>>();

/** The words a release prints before many lines' labels, each then another line's label. */
function qualifiers(kb: KnowledgeBase): Set<string> {
  const known = byKb.get(kb);
  if (known) return known;
  const labels = new Set([...kb.metrics.values()].map((m) => m.label.toLowerCase()));
  const count = new Map<string, number>();
  for (const label of labels) {
    const ws = label.split(' ');
    for (let k = 1; k < ws.length; k++) {
      if (!labels.has(ws.slice(k).join(' '))) continue;
      const head = ws.slice(0, k).join(' ');
      count.set(head, (count.get(head) ?? 0) + 1);
    }
  }
  const found = new Set([...count].filter(([, n]) => n >= MANY).map(([head]) => head));
  byKb.set(kb, found);
  return found;
}

/** The lines less those that are another's copy in a qualified column. */
function unqualified(lex: Lexicon, ids: string[]): string[] {
  const heads = qualifiers(lex.kb);
  const label = (id: string) => lex.matcher.label(id).toLowerCase();
  const copy = (id: string, of: string) => label(id).endsWith(` ${label(of)}`) && heads.has(label(id).slice(0, -label(of).length - 1));
  return ids.filter((id) => !ids.some((o) => o !== id && copy(id, o)));
}

/**
 * Whether the lines are one residual line ("Other operating (income) expenses") and its copies in qualified columns,
 * whose "other" the question does not say: the words only partly name it ("operating income"), so it is not given.
 */
export function oneResidual(lex: Lexicon, ids: string[], text: string): boolean {
  const lines = unqualified(lex, ids);
  return lines.length === 1 && /^other\b/i.test(lex.matcher.label(lines[0]!)) && !/\bother\b/i.test(text);
}
