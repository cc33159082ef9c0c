// Definitions led by their term rather than by a sentence that names it: under a section of definitions
// ("Non-GAAP measures", "Definitions", "Key metrics"), a heading, a line in capitals, or a bold lead-in naming a
// term ("Annual Recurring Revenue (ARR)", "**AFFO.** FFO less ...", "<b>ARR</b>: the annualized ...") makes the
// paragraph after it that term's definition. A bold lead-in that spells out an abbreviation is one anywhere.
import type { Block, TextBlock } from './blocks.js';

/** A section whose items define terms. */
const DEFINING = /\b(?:definitions?|glossary|non-(?:gaap|ifrs)|alternative performance measures|(?:key|operating|performance|business)\s+(?:metrics|measures|indicators)|(?:financial|other)\s+measures)\b/i;
/** A lead-in set in bold at the start of a paragraph, the term and its closing punctuation inside or after the bold. */
const BOLD_LEAD = /^\s*(?:\*\*|__|<b>|<strong>)([^*_<>]{2,70}?)\s*[.:\u2013\u2014-]?\s*(?:\*\*|__|<\/b>|<\/strong>)\s*[.:\u2013\u2014-]?\s+(?=\S)/i;
const FIGURE = /\d[\d,.]*\s*(?:%|million|billion|thousand)|[$€£¥₹]\s*\d/i;
/** A term spelled out with its abbreviation, or its abbreviation spelled out: "Annual recurring revenue (ARR)". */
const SPELLED = /\([^()]{2,40}\)/;

/** The verb or preposition that goes on from a line's name to its figure: "**ARR** of $206.4 million", "**Revenue** rose 18% to". */
const TO_FIGURE = /^(?:of|was|were|at|totall?ed|reached|rose|grew|increased|decreased|fell|declined|improved|up|down)\b/i;

/**
 * Whether a bold lead-in is the subject of a sentence that goes on to state its figure ("**Annual recurring revenue
 * (ARR)** of $206.4 million at December 31, 2026"): a highlight that uses the term, never its definition.
 */
const statesFigure = (rest: string, lead: string) => !/[.:\u2013\u2014-]\s*$/.test(lead.trim()) && TO_FIGURE.test(rest) && FIGURE.test(rest);

/** The names a term goes by: as written, and, spelled out with an abbreviation, either one ("Adjusted funds from operations (AFFO)": "AFFO"). */
export function termNames(term: string): string[] {
  const spelled = /^(.*?)\s*\(([^()]+)\)\s*(.*)$/.exec(term);
  return spelled ? [term, `${spelled[1]} ${spelled[3]}`.trim(), spelled[1]!, spelled[2]!].filter(Boolean) : [term];
}

/** Whether a lead names one term: short, a name and no sentence, no figure. */
export function isTerm(text: string): boolean {
  const t = text.trim();
  return t.length >= 2 && t.length <= 70 && t.split(/\s+/).length <= 9 && /[A-Za-z]{2}/.test(t) && !/[.;!?]$/.test(t) && !FIGURE.test(t) && !DEFINING.test(t);
}

/** A line set wholly in capitals ("ANNUAL RECURRING REVENUE (ARR)", "NON-IFRS MEASURES"): a text release's heading. */
const capitals = (b: TextBlock) => b.kind === 'paragraph' && b.text.length <= 80 && /[A-Z]{2}/.test(b.text) && !/[a-z]/.test(b.text.replace(/\([^()]*\)/g, ''));

/**
 * The term each paragraph defines by its lead: the heading or capitals line just before it, or its own bold lead-in.
 * A lead is a term only where it spells out an abbreviation or is a line's name (`isLine`): "CAPITAL MANAGEMENT" after
 * the definitions is the next section, not a term.
 */
export function termLeads(blocks: Block[], isLine: (text: string) => boolean): Map<TextBlock, string> {
  const named = (text: string) => isTerm(text) && (SPELLED.test(text) || isLine(text));
  const out = new Map<TextBlock, string>();
  let defining = false;
  let term = '';
  const heading = (text: string) => {
    if (DEFINING.test(text)) [defining, term] = [true, ''];
    else if (defining && named(text)) term = text;
    else [defining, term] = [false, ''];
  };
  for (const b of blocks) {
    if (b.kind === 'heading') heading(b.text);
    if (b.kind === 'heading' || b.kind === 'table') continue;
    if (capitals(b)) {
      heading(b.text);
      continue;
    }
    const lead = BOLD_LEAD.exec(b.raw);
    const bold = lead && !statesFigure(b.raw.slice(lead[0].length), lead[0]) ? lead[1]!.trim() : undefined;
    if (bold && named(bold) && (defining || SPELLED.test(bold))) out.set(b, bold);
    else if (term) out.set(b, term);
    // The paragraph right after the lead is its definition; a later one is the section's own words.
    term = '';
  }
  return out;
}
