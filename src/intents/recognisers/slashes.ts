// Slashes inside a name: analysts list a line's items with slashes ("capital-light/ICE/tech o/s balance") where
// the release lists them with commas ("... under capital-light model, ICE and other technology solutions"). Read
// as division, the items were set against each other as a ratio, or declined as one. A slash between words is
// read as a comma where, so read, one name runs across it; else it is the asker's "A per B" ("S&M / revenue",
// "NI/rev": a name on each side, none across the slash).

/** A slash between two words (never a date's, "3/31", nor a shorthand's the abbreviations already wrote out, "o/s"). */
const SLASH = /(?<=[a-z&)-])\/(?=[a-z&(])/gi;

/** The text with each slash that one name runs across read as a comma ("capital-light, ICE, tech o/s balance"). */
export function slashesInNames(text: string, match: (text: string) => { start: number; end: number }[]): string {
  const slashes = [...text.matchAll(SLASH)].map((m) => m.index!);
  if (!slashes.length) return text;
  // (Each comma written one wider than its slash: the k-th stands k places on.)
  const names = match(text.replace(SLASH, ', '));
  const across = (k: number) => names.some((n) => n.start < slashes[k]! + k && n.end > slashes[k]! + k + 2);
  return text.replace(SLASH, (s, at: number) => (across(slashes.indexOf(at)) ? ', ' : s));
}
