// The initials an analyst types for words the release prints spelled out and never shortens itself: "SP NOI" for
// "Same-property NOI", "NAV" for "net asset value", "NCIB" for "normal course issuer bid", "W&J" for "Watches &
// Jewellery". A short form is read as the one run of the release's words whose initials it is; where two runs
// have those initials it is read as neither, and the coverage rule names it. Data in, no issuer's words here.

/** Words an initialism may leave out inside a run ("Fashion & Leather Goods": F&LG; "cost of revenue" is CR). */
const JOINING = new Set(['of', 'the', 'for', 'to', 'in', 'on', 'from', 'at', 'by', 'a', 'an']);

/** Function words no initialism starts or ends on ("through our platform" is no "TOP": "top 3 revenue lines" was read as it). */
const EDGE = new Set([...JOINING, 'through', 'our', 'its', 'their', 'your', 'we', 'with', 'per', 'as', 'or', 'into', 'over', 'under', 'via', 'and']);

/** The most words a run read as initials may have. */
const LONGEST = 5;

interface Word {
  text: string;
  /** The hyphenated compound it is part of (its index), or -1. */
  compound: number;
}

/**
 * A text's words in runs that no punctuation breaks ("Sep 30, 2026" is two runs), each "and" an "&". `titled`: prose,
 * where only words written as a name's (capitalised; "&", "and" and joining words between) make a run: "Normal Course
 * Issuer Bid", never any three words of a sentence.
 */
function runsOf(text: string, titled: boolean): Word[][] {
  const out: Word[][] = [];
  let compound = 0;
  for (const part of text.split(/[,.;:!?()[\]{}"“”|/*_#\u2013\u2014]+/)) {
    let words: Word[] = [];
    for (const w of part.split(/\s+/).filter(Boolean)) {
      if (titled && !/^[A-Z&]/.test(w) && !JOINING.has(w) && w !== 'and') {
        out.push(words);
        words = [];
        continue;
      }
      const pieces = w.toLowerCase().split('-').filter(Boolean);
      compound++;
      for (const p of pieces) words.push({ text: /^(?:and|&)$/.test(p) ? '&' : p, compound: pieces.length > 1 ? compound : -1 });
    }
    out.push(words);
  }
  return out;
}

/**
 * The initials of a run and the run as printed, or null where it is none an analyst shortens: a run starts and ends
 * on a word of letters, never on "&" or a joining word; two letters only for one hyphenated compound or a pair
 * joined by "&" ("same-property": SP, "watches & jewellery": W&J), as two letters of plain words are too many things.
 */
function initialsOf(run: Word[]): { short: string; spelled: string; long: string } | null {
  const [first, last] = [run[0]!, run[run.length - 1]!];
  if (!/^[a-z]+$/.test(first.text) || !/^[a-z]+$/.test(last.text) || EDGE.has(first.text) || EDGE.has(last.text)) return null;
  if (run.some((w) => !/^(?:[a-z]+|&)$/.test(w.text))) return null;
  // (A joining word inside a hyphenated word is a letter of it: "all-in sustaining cost" is AISC, "end-of-period" EOP.)
  const short = run.filter((w) => !JOINING.has(w.text) || w.compound >= 0).map((w) => (w.text === '&' ? '&' : w.text[0])).join('');
  const letters = short.replace(/&/g, '').length;
  const compound = first.compound >= 0 && run.every((w) => w.compound === first.compound);
  if (letters < 2 || /&&/.test(short) || (letters === 2 && !compound && !short.includes('&'))) return null;
  // (Some keep a joining word's letter too: "return on invested capital" is ROIC, as "return on equity" is ROE.)
  const spelled = run.map((w) => (w.text === '&' ? '&' : w.text[0])).join('');
  return { short, spelled, long: run.map((w, i) => (i > 0 && w.compound >= 0 && w.compound === run[i - 1]!.compound ? `-${w.text}` : ` ${w.text}`)).join('').trim() };
}

/** Whether words a and b are pieces of one hyphenated word. */
const inside = (words: Word[], a: number, b: number) => a >= 0 && b < words.length && words[a]!.compound >= 0 && words[a]!.compound === words[b]!.compound;

/**
 * The release's runs of words by their initials (its lines' labels, and the names its headings and prose print in
 * capitals), each initialism with the one run it stands for, or null where several runs have those initials
 * (hyphens and spaces alike: "same-property" and "same property" are one run).
 */
export function releaseInitials(labels: Iterable<string>, prose: Iterable<string>): Map<string, string | null> {
  const found = new Map<string, string | null>();
  const keys = new Map<string, string>();
  const runs = [...[...labels].flatMap((l) => runsOf(l, false)), ...[...prose].flatMap((p) => runsOf(p, true))];
  for (const words of runs) {
    for (let i = 0; i < words.length; i++) {
      for (let n = 2; n <= LONGEST && i + n <= words.length; n++) {
        // (A run never starts or ends inside a hyphenated word: "non-life combined ratio" is no "LCR".)
        if (inside(words, i - 1, i) || inside(words, i + n - 1, i + n)) continue;
        const read = initialsOf(words.slice(i, i + n));
        if (!read) continue;
        const key = read.long.replace(/-/g, ' ');
        // (A joining word's letter is kept only in a name's initials, "return on equity" whole: inside a longer
        // run it spells words, "paid" of "... will pay an interim dividend".)
        const whole = i === 0 && n === words.length;
        for (const short of whole ? [read.short, read.spelled] : [read.short]) {
          if (!found.has(short)) {
            found.set(short, read.long);
            keys.set(short, key);
          } else if (keys.get(short) !== key) found.set(short, null);
        }
      }
    }
  }
  return found;
}

/** A question's words that may be initials: two to five letters, or letters joined by "&" ("w&j", "f&lg"). */
const SHORT = /(?<![\w&-])(?:[a-z]{2,5}|[a-z]{1,3}&[a-z]{1,3})(?![\w&-])/g;

/**
 * The text with each short form that is no word `taken` knows, and is the initials of exactly one run of the
 * release's words, written as that run.
 */
export function spellInitials(text: string, initials: Map<string, string | null>, taken: (short: string) => boolean): string {
  return text.replace(SHORT, (s) => {
    const long = initials.get(s);
    return long && !taken(s) ? long : s;
  });
}

/** A hyphenated word of letters as a question types it ("c-light", "cap-heavy"). */
const HYPHENATED = /(?<![\w&-])[a-z]+(?:-[a-z]+)+(?![\w&-])/g;

/**
 * The text with each hyphenated word cut short that no word `known` knows ("c-light", "cap-heavy") written as the one
 * hyphenated word of the release whose pieces it starts, piece by piece ("capital-light"); where two fit, as typed.
 */
export function spellClipped(text: string, compounds: Iterable<string>, known: (w: string) => boolean): string {
  const printed = [...new Set(compounds)].filter((c) => /^[a-z]+(?:-[a-z]+)+$/.test(c)).map((c) => c.split('-'));
  return text.replace(HYPHENATED, (w) => {
    if (known(w)) return w;
    const pieces = w.split('-');
    const fits = printed.filter((c) => c.length === pieces.length && c.every((p, i) => p.startsWith(pieces[i]!)));
    return fits.length === 1 ? fits[0]!.join('-') : w;
  });
}
