// A part named with the first of two lines joined as a list is the second's part too: "Total Solutions loan volume
// and (its) outstanding balance", "International transaction volume and outstanding balance". The second name alone
// fits the platform's total, and answered so it gave the total as the part's figure. Where the release prints the
// part's own line of the second measure, that line is the one asked; else the name stands as said, unless "its"
// points back to the part: then the release doesn't give it.
import { NEUTRAL } from '../catalog.js';
import type { Answer } from '../answer.js';
import { qualifying, type Lexicon } from '../lexicon.js';
import type { Intent } from '../recognisers/index.js';
import type { MetricMatch } from '../recognisers/metrics.js';
import { contentTokens, nameStems } from '../text.js';
import { notGiven } from './qualifiers.js';

/** What joins the second line to the first as the next item of a list, a period of the first's between them or not ("in the quarter and its ..."). */
const LIST_NEXT = /^[\s,]*(?:(?:in|at|for|during|as of)\s+(?:the\s+)?)?[\s,]*(?:and|&|as well as)\s+(?:(?:its|their|the)\s+)?$/;

/** A pronoun that points back to the first line's part: "and its outstanding balance". */
const POINTS_BACK = /\b(?:its|their)\s+$/;

export function partCarried(lex: Lexicon, intent: Intent, lines: MetricMatch[]): MetricMatch[] | Answer {
  const out: MetricMatch[] = [];
  for (const [k, m] of lines.entries()) {
    const prev = lines[k - 1];
    const gap = prev ? intent.bare.slice(prev.end, m.start).replace(/\s+/g, ' ') : '';
    const first = prev ? intent.text.slice(prev.start, prev.end) : '';
    const own = prev && prev.ids.length === 1 && LIST_NEXT.test(gap) ? partsLine(lex, first, prev.ids[0]!, m) : null;
    // ("capital-light loan volume and its o/s balance" where no balance of that part is printed: declined naming the part, never the total's.)
    const part = !own && POINTS_BACK.test(gap) ? partWords(lex, first, m) : [];
    if (part.length) return notGiven(lex, `${part.join(' ')} ${m.name}`);
    out.push(own ? { ...m, ids: [own] } : m);
  }
  return out;
}

/** The words of a name that say which part it is (no head, no neutral word), less those the other line's label holds too. */
function partWords(lex: Lexicon, name: string, m: MetricMatch): string[] {
  return qualifying(name).filter((w) => nameStems(w).some((s) => !NEUTRAL.has(s) && !m.ids.some((id) => lex.matcher.labelStems(id).includes(s))));
}

/**
 * The line of the second name's measure that is about the part the first name says (its leading or trailing words
 * that its own line's label holds and the second's does not), where exactly one is; else null.
 */
function partsLine(lex: Lexicon, first: string, firstLine: string, m: MetricMatch): string | null {
  const stems = contentTokens(first).map((t) => t.stem);
  const said = nameStems(m.name);
  const label = (id: string) => lex.matcher.labelStems(id);
  // ("... and total outstanding balance": the total said is the whole, no part.)
  if (said.includes('total')) return null;
  const splits = stems.slice(1).map((_, j) => stems.slice(0, j + 1));
  for (const part of [...splits, ...splits.map((s) => stems.slice(s.length))]) {
    const says = part.filter((s) => !NEUTRAL.has(s));
    // (A basis, "non-GAAP", is no part: the other line asked on its own basis stays as said.)
    if (!says.length || says.some((s) => said.includes(s) || /gaap$/.test(s)) || !says.every((s) => label(firstLine).includes(s))) continue;
    // (Words both lines' labels hold, "loan" of "loan volume through ICE" and the loan balance, are no part.)
    const about = (id: string) => says.every((s) => label(id).includes(s));
    if (m.ids.some(about)) continue;
    // (Never the first line again: "non-GAAP net income and net income" asks both, "non-GAAP" is a basis, no part.)
    // (The part's line is the measure said narrowed by the part, no other line that holds their words: "operating income
    // and net income" is never the cash flow's "adjustments to reconcile net income to ... operating activities".)
    const narrowed = (id: string) => label(id).every((s) => NEUTRAL.has(s) || part.includes(s) || said.includes(s) || m.ids.some((x) => label(x).includes(s)));
    const found = lex.matcher.refine([...part, ...said]).filter((id) => about(id) && narrowed(id) && id !== firstLine && !m.ids.includes(id) && m.ids.some((x) => lex.kindOf(x) === lex.kindOf(id)));
    if (found.length === 1) return found[0]!;
  }
  return null;
}
