// Lists of earlier figures said of lists of lines: "North America TPV of $31.84 billion and International TPV
// of $16.78 billion (Q1 2025: $27.12 billion and $12.73 billion)", "($377.9 million and $171.2 million,
// respectively, a year ago)", "compared with $1.87 billion and $281.0 million in Q1 2025". The reader pairs
// them with the lines in the order named only when the counts match (prose/paired.ts).
import type { Token } from './mentions.js';
import { BRACKET_LABEL } from './periods.js';
import { EARLIER_BEFORE, cue } from './relations.js';

/** Between the figures of a list: ", ", " and ", ", and ". */
const LIST_SEP = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/i;
/** After a labelled bracket's list: its close ("(Q1 2025: $A and $B, respectively)"). */
const LABELLED_END = /^\s*(?:,\s*respectively\s*)?\)/i;
/** After a bare bracket's list: the words that date it, up to its close ("..., respectively, a year ago)"). */
const BARE_END = /^\s*,?\s*(?:respectively\s*,?\s*)?([^()]*?)\s*\)/i;
/** Where the words dating a compared list end: its clause, or the change that follows ("an increase of"). */
const CLAUSE_END = /;|,\s+(?:and|while|but|whereas|an?\s+(?:increase|decrease|rise|decline))\b/i;

export interface ComparedList {
  items: Token[];
  /** The words naming the list's period: a bracket's label, or what follows the list ("in Q1 2025", "a year ago"). */
  when: string;
  /** "label": "(Q1 2025: ...)"; "bare": "(... a year ago)"; "cue": "compared with ...". */
  shape: 'label' | 'bare' | 'cue';
  /** Whether the list ends where its shape says (a labelled bracket closes right after it): else the pairing is unsure. */
  closed: boolean;
}

/** The list of compared figures that starts at `toks[i]`, by its shape; null where none starts there. */
export function comparedList(text: string, toks: Token[], i: number, pre: string): ComparedList | null {
  const label = BRACKET_LABEL.exec(pre);
  const shape = label ? 'label' : /\(\s*$/.test(pre) ? 'bare' : cue(EARLIER_BEFORE, pre) ? 'cue' : null;
  if (!shape) return null;
  const items = [toks[i]!];
  for (let next = toks[i + 1]; next && LIST_SEP.test(text.slice(items.at(-1)!.end, next.start)); next = toks[i + items.length]) items.push(next);
  const after = text.slice(items.at(-1)!.end);
  if (shape === 'label') return { items, when: label![1]!, shape, closed: LABELLED_END.test(after) };
  if (shape === 'bare') {
    const words = BARE_END.exec(after)?.[1];
    return words ? { items, when: words, shape, closed: true } : null;
  }
  const cut = after.search(CLAUSE_END);
  return { items, when: (cut < 0 ? after : after.slice(0, cut)).replace(/^\s*,?\s*respectively\b/i, ''), shape, closed: true };
}
