// A table whose heading names what it counts ("STORE COUNT AND SALES FLOOR", "Number of branches", "Headcount",
// "Vessels"): the document's money note ("in millions of pesos, unless otherwise stated") is the scale of its
// amounts, not of this table's figures. Its lines that state no unit of their own count the heading's noun,
// unscaled; a line named as an amount there ("Net sales") leaves the table unable to tell which lines are counts.
// Rules as data, in order, each pinned by test/corpus/count-headings.jsonl; the first that fires gives the noun.
import type { Unit } from './fact.js';
import { currencyIn } from './currencies.js';
import { bareCountNoun, namesAmount, namesRate, rowUnit, unitFree } from './row-units.js';

export interface CountHeadingRule {
  name: string;
  /** The noun the heading counts, or null when the rule does not fire. */
  noun(heading: string): string | null;
}

/** "store" → "stores", "branch" → "branches", "pharmacy" → "pharmacies": a heading's count said of many. */
const plural = (w: string) => (/(?:s|x|ch|sh)$/i.test(w) ? `${w}es` : /[^aeiou]y$/i.test(w) ? `${w.slice(0, -1)}ies` : `${w}s`);
// Shares are counted at the note's scale ("in millions, except per share"): table-facts.ts reads them, never this.
const SHARES = /^(?:shares?|ADSs?)$/i;
const counted = (noun: string | undefined) => (noun && !SHARES.test(noun) ? noun.toLowerCase() : null);

export const COUNT_HEADING_RULES: CountHeadingRule[] = [
  { name: 'number-of', noun: (h) => counted(/\b(?:number|no\.)\s+of\s+([a-z]+)/i.exec(h)?.[1]) },
  { name: 'headcount', noun: (h) => (/\bhead\s?-?counts?\b/i.test(h) ? 'employees' : null) },
  // "People and operating metrics", "Workforce": a section of the workforce's figures, where a line naming no unit
  // ("Net additions") counts people, never the document's money.
  { name: 'people', noun: (h) => (/^(?:#+\s*)?(?:people|workforce)\b(?!\s+(?:costs?|expenses?))/i.test(h.trim()) ? 'people' : null) },
  {
    // "STORE COUNT", "Branch count" (never "Discount", one word).
    name: 'noun-count',
    noun: (h) => {
      const noun = counted(/\b([a-z]{3,})\s+counts?\b/i.exec(h)?.[1]);
      return noun && !/s$/.test(noun) ? plural(noun) : noun;
    },
  },
  {
    // A heading that is a count noun and nothing else ("Branches", "Vessels (at period end)").
    name: 'count-noun-alone',
    noun: (h) => {
      const bare = unitFree(h).replace(/\s*\([^()]*\)\s*$/, '').trim();
      return bareCountNoun(bare) ? bare.toLowerCase() : null;
    },
  },
];

/** The noun a table's heading counts, or null. */
export function countHeading(heading: string): string | null {
  for (const rule of COUNT_HEADING_RULES) {
    const noun = rule.noun(heading);
    if (noun) return noun;
  }
  return null;
}

/**
 * The noun a table's heading counts, where a line of the table could be such a count (one stating no unit and
 * naming no amount or rate): a section's heading ("## Stores") over a table of amounts counts none of it.
 */
export function tableCountNoun(heading: string, labels: string[]): string | null {
  const noun = countHeading(heading);
  return noun && labels.some((l) => !rowUnit(l, '') && !namesAmount(l) && !namesRate(l)) ? noun : null;
}

// A note that leaves room for other units ("unless otherwise stated", "except per share"): the heading's count is one.
const OTHERWISE = /\b(?:unless|except|other than|otherwise)\b/i;

/**
 * The unit of a line that states none of its own in a table headed as a count: that count, unscaled under a note
 * of money (its scale is the amounts'), else at the note's scale ("(in thousands)"). Null where the table cannot
 * tell: the line is named as an amount or a rate, or the table's own note is of money alone. Undefined: no count heading.
 */
export function headedCount(noun: string | null, note: string, label: string, scale: number | null): Unit | null | undefined {
  if (!noun) return undefined;
  const money = currencyIn(note);
  if (namesAmount(label) || namesRate(label) || (money && !OTHERWISE.test(note))) return null;
  return { kind: 'count', scale: money ? 1 : (scale ?? 1), noun };
}

/** A line in a table headed as a count whose unit the table does not tell: the table is not read, named by that line. */
export const mixedCountReason = (heading: string, line: { line: number; label: string }) =>
  `line ${line.line} ("${line.label}") states no unit in a table headed as a count ("${heading}"), and may be an amount: the table does not tell its counts from its amounts`;
