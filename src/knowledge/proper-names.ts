// The other names a release prints: words it writes only capitalised in mid-sentence ("Lands' End",
// "Kmart", "Citigroup"), that no line of its tables or text is labelled with. A question naming one asks
// about another company, brand or place, and is not answered with the issuer's line that its other
// words name ("Lands' End revenue" is not the company's total revenues).
// (A word is of any script's letters: "Equinócio" is one word, never "Equin" and "cio".)
const WORD = /\p{L}[\p{L}'’-]*/gu;

/** Lower-cased words the texts print only capitalised after another word of their sentence, minus the labels' words. */
export function properNames(texts: Iterable<string>, labels: Iterable<string>): Set<string> {
  const capital = new Set<string>();
  const lower = new Set<string>();
  for (const text of texts) {
    let prev = '';
    for (const m of text.matchAll(WORD)) {
      // (Every word of every text passes here: the cheap tests first, the gap before a word read only for a capitalised one.)
      const w = /['’s]$/.test(m[0]) ? m[0].replace(/['’]s?$/, '') : m[0];
      if (/^\p{Ll}/u.test(w)) lower.add(w);
      else if (prev && /^\p{Lu}\p{Ll}/u.test(w) && !/[.!?:"“(]\s*$/.test(text.slice(m.index! - 2, m.index!))) capital.add(w.toLowerCase());
      prev = w;
    }
  }
  const labelled = new Set([...labels].flatMap((l) => l.toLowerCase().split(/[^\p{L}'’-]+/u)).map((w) => w.replace(/['’]s?$/, '')));
  return new Set([...capital].filter((w) => w.length >= 3 && !lower.has(w) && !labelled.has(w)));
}
