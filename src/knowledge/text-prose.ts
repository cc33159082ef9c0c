// Plain-text prose, a chunk of lines at a time: hard-wrapped paragraphs joined, bullets each a block, a short line
// alone with no end stop a heading, and a line broken by hand well short of its paragraph's width (a headline's deck,
// "Second quarter comparable sales increase 4.2%; diluted EPS of $0.99" over "Raises fiscal 2026 outlook") a
// statement of its own: joined, the figure of one line would be read with the words of the next.
import type { Block, TextBlock } from './blocks.js';
import { centred, eachLine } from './centred-lines.js';
import { notAFigure, tokens } from './prose/mentions.js';
import { alignedPair } from './text-columns.js';

/** A run of lines with no double blank line in it. */
export interface Chunk {
  from: number;
  lines: string[];
}

/** A line that ends in a word or mark a sentence goes on from ("of", "and", a comma): its next line continues it. */
const OPEN_END = /(?:[,;:(–—-]|\b(?:a|an|the|of|to|and|or|nor|but|in|on|for|with|by|at|from|as|per|than|its|our|their))$/i;
/** Room a wrapped line may leave at its end: a long word that would not fit goes to the next line. */
const SLACK = 20;

const indent = (line: string) => /^\s*/.exec(line)![0].length;
/** Whether a line states a figure (a ticker's code or a list's "(1)" is none). */
const statesFigure = (line: string) => tokens(line).some((t) => !notAFigure(line, t));

/**
 * The lines (by index) that a hand break sets apart from the line above: that line stops well short of the prose's
 * width though this line's first word would have fitted on it, this line opens a sentence, and that line states a
 * figure: a line of words only ("(1) Explanation of operating results", a masthead's "... (TSE Prime: 6987)") lends
 * the next none of its own, and read as before it keeps its place in the paragraph below.
 */
function handBreaks(lines: string[]): Set<number> {
  const trimmed = lines.map((l) => l.trim().replace(/\s+/g, ' '));
  const width = Math.max(...trimmed.map((l) => l.length));
  const out = new Set<number>();
  trimmed.forEach((l, i) => {
    // (Centred lines, each set at its own indent, are a title's: centred-lines.ts reads them.)
    const above = indent(lines[i - 1] ?? '') === indent(lines[i]!) ? trimmed[i - 1] : '';
    const word = /^\S+/.exec(l)?.[0] ?? '';
    if (above && width >= 60 && /^[A-Z]/.test(l) && !OPEN_END.test(above) && above.length + 1 + word.length <= width - SLACK && statesFigure(above)) out.add(i);
  });
  return out;
}

/** A bullet's marker at a line's start ("  * Net sales of ...", "- Orders of ..."): a block of its own, the marker no word of it. */
const BULLET_MARK = /^[*•·-]\s+(?=\S)/;

const inCapitals = (text: string) => /[A-Z]{3}/.test(text) && !/[a-z]/.test(text); // a title's or a heading's text

/** A prose chunk: paragraphs split by blank lines, bullets each a block; a short line alone with no end stop is a heading. */
export function proseOf(chunk: Chunk, section: { name: string }): Block[] {
  const out: Block[] = [];
  let para: { text: string; segments: TextBlock['segments']; indents: number[]; bullet?: boolean; pair?: boolean; deck?: boolean } | null = null;
  const decks = handBreaks(chunk.lines);
  const close = () => {
    if (!para) return;
    const single = para.segments.length === 1;
    // A title in capitals may wrap ("... REPORTS SECOND QUARTER 2025 RESULTS; / RAISES FULL-YEAR OUTLOOK").
    const title = para.segments.length <= 3 && para.text.length <= 160 && inCapitals(para.text);
    // (A bullet is a point of a list, and a label set apart from its figure a statement, never a heading, however short: "* Interim dividend raised to 8.1p (H1 2025: 7.5p)";
    // so is a line a hand break set apart, a headline's deck: "Raises fiscal 2026 outlook" under "... diluted EPS of $0.99".)
    if (!para.bullet && !para.pair && !para.deck && (title || (single && para.text.length <= 70 && !/[.:;,]$/.test(para.text))) && /[A-Za-z]/.test(para.text)) {
      section.name = para.text;
      out.push({ kind: 'heading', text: para.text, line: para.segments[0]!.line });
    } else if (centred(para)) out.push(...eachLine(para, section.name));
    else out.push({ kind: para.bullet ? 'bullet' : 'paragraph', text: para.text, raw: para.text, segments: para.segments, section: section.name });
    para = null;
  };
  chunk.lines.forEach((l, i) => {
    const whole = l.trim().replace(/\s+/g, ' ');
    if (!whole) return close();
    const bullet = BULLET_MARK.test(whole);
    // (A line set as a label and its figure apart, "Revenue      $1.90 billion, plus or minus $50 million", is a statement of its own.)
    const pair = alignedPair(l);
    if (bullet || pair) close();
    const t = whole.replace(BULLET_MARK, '');
    // A heading in capitals set right over its paragraph ("CASH AND BALANCE SHEET" / "Free cash flow was £94.2m") is no word of its first sentence.
    if (para?.segments.length === 1 && inCapitals(para.text) && !/[\d.:;,]/.test(para.text) && /^[A-Z][a-z]/.test(t)) close();
    if (decks.has(i)) close();
    if (!para) para = { text: t, segments: [{ line: chunk.from + i + 1, start: 0 }], indents: [indent(l)], ...(bullet ? { bullet } : {}), ...(pair ? { pair } : {}), ...(decks.has(i) ? { deck: true } : {}) };
    else {
      para.indents.push(indent(l));
      para.segments.push({ line: chunk.from + i + 1, start: para.text.length + 1 });
      para.text += ` ${t}`;
    }
    if (pair) close();
  });
  close();
  return out;
}
