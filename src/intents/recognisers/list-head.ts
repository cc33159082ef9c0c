// A head shared from the right: in "capital-light + ICE + tech solutions loan balance" the trailing words
// ("loan balance") are every item's, so the items are not names of their own ("capital light" alone is the
// issuer's shorthand for capital-light FEES, another line). Where one line lists every item named under that
// head ("Outstanding loan balance under capital-light model, ICE and other technology solutions"), the whole
// list is that line's name. Otherwise the matches stand and the later refiners (or coverage) decide.
import type { Lexicon } from '../lexicon.js';
import { nameStems, tokens, type Token } from '../text.js';
import { listedItems } from './coordinated.js';
import type { MetricMatch } from './metrics.js';
import { CONNECTIVE } from './shared-head.js';

/** What may stand between two words of a list: blanks, a hyphen, and the signs that join items. */
const BETWEEN = /^[\s,+&-]*$/;
/** A word that joins items. */
const JOIN_WORD = new Set(['and', 'plus']);
/** A gap that separates items, not the words of one. */
const SEPARATES = /[,+&]/;
/** A gap that starts with what joins the next item ("…volume, ICE", "… and other"), and one that ends with it. */
export const ITEM_AFTER = new RegExp(String.raw`^\s*(?:${SEPARATES.source}|(?:${[...JOIN_WORD].join('|')})\b)`);
export const ITEM_BEFORE = new RegExp(String.raw`(?:${SEPARATES.source}|\b(?:${[...JOIN_WORD].join('|')}))\s*$`);

/** Runs of name words and joins with at least one join inside: the lists a question may hold. */
function lists(lex: Lexicon, text: string): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const close = () => {
    // (A list starts at its first item: "not under A, B and C" leaves "under" to what rules the list out.)
    while (run.length && CONNECTIVE.has(run[0]!.word)) run.shift();
    while (run.length && JOIN_WORD.has(run[run.length - 1]!.word)) run.pop();
    const joined = run.some((t, k) => JOIN_WORD.has(t.word) || (k > 0 && SEPARATES.test(text.slice(run[k - 1]!.end, t.start))));
    if (joined) runs.push(run);
    run = [];
  };
  for (const t of tokens(text)) {
    const fits = JOIN_WORD.has(t.word) ? run.length > 0 : lex.matcher.isNameWord(t.word);
    if (fits && (!run.length || BETWEEN.test(text.slice(run[run.length - 1]!.end, t.start)))) run.push(t);
    else {
      close();
      if (fits && !JOIN_WORD.has(t.word)) run.push(t);
    }
  }
  close();
  return runs;
}

/**
 * Whether the words said name every item the label lists: the first item by a word of its own that the
 * list's last item (which carries the head) does not say, since the head alone is no item: "ICE + other
 * tech solutions loan balance" names two of the three items, a sum of two lines, not the line of all three;
 * "capital-light + ICE loan balance" two of three too, which no line holds alone (declined, never the line of all three).
 */
function namesEveryItem(label: string, said: Set<string>, head: Set<string>): boolean {
  const items = listedItems(label);
  return items.length > 0 && items.every((own, k) => own.some((s) => said.has(s) && (k > 0 || !head.has(s))));
}

const blankJoins = (words: string) => words.replace(new RegExp(String.raw`\b(?:${[...JOIN_WORD].join('|')})\b`, 'g'), ' ');

export function listHead(lex: Lexicon, text: string, matches: MetricMatch[]): MetricMatch[] {
  let out = matches;
  for (const run of lists(lex, text)) {
    // (The last item starts after the last join: a sign, a comma or a joining word.)
    const starts = run.map((t, k) => (k > 0 && !JOIN_WORD.has(t.word) && (JOIN_WORD.has(run[k - 1]!.word) || SEPARATES.test(text.slice(run[k - 1]!.end, t.start))) ? k : -1));
    const last = Math.max(...starts);
    const start = run[0]!.start;
    // (The list ends with the first name ending in its last item: its last words are the head the items share;
    // words after it are the question's, "... loan balance to the other technology solutions loan balance".)
    const ends = out.filter((m) => m.start >= start && last >= 0 && m.end > run[last]!.start && m.end <= run[run.length - 1]!.end).map((m) => m.end);
    if (!ends.length) continue;
    const end = Math.min(...ends);
    // (A joining word is no word of the name: "capital-light plus ICE volume".)
    const stems = nameStems(blankJoins(text.slice(start, end)));
    const line = lex.matcher.refine(stems);
    if (line.length !== 1) continue;
    const head = new Set(nameStems(text.slice(run[last]!.start, end)));
    if (!namesEveryItem(lex.matcher.label(line[0]!), new Set(stems), head)) continue;
    const inside = (m: MetricMatch) => m.start < end && m.end > start;
    out = [...out.filter((m) => !inside(m)), { ids: line, name: text.slice(start, end), start, end, exact: true }].sort((a, b) => a.start - b.start);
  }
  return out;
}
