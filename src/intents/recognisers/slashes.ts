// Slashes inside a name: analysts list a line's items with slashes ("capital-light/ICE/tech o/s balance") where
// the release lists them with commas ("... under capital-light model, ICE and other technology solutions"). Read
// as division, the items were set against each other as a ratio, or declined as one. Slashes between words are
// read as commas where, so read, one name runs across two of them at least: three items or more ("A/B/C"), never a
// ratio's two sides. One slash stays the asker's "A per B": "S&M / revenue", "NI/rev", and "liabilities/equity", which
// read as a list would be "Total liabilities and equity".

/** A slash between two words (never a date's, "3/31", nor a shorthand's the abbreviations already wrote out, "o/s"). */
const SLASH = /(?<=[a-z&)-])\/(?=[a-z&(])/gi;

/** The text with each slash that one name runs across, with another, read as a comma ("capital-light, ICE, tech o/s balance"). */
export function slashesInNames(text: string, match: (text: string) => { start: number; end: number }[]): string {
  const slashes = [...text.matchAll(SLASH)].map((m) => m.index!);
  if (slashes.length < 2) return text;
  // (Each comma written one wider than its slash: the k-th stands k places on.)
  const names = match(text.replace(SLASH, ', '));
  const inside = (n: { start: number; end: number }, k: number) => n.start < slashes[k]! + k && n.end > slashes[k]! + k + 2;
  // (A name across two slashes at least: three items listed, never a ratio's two sides.)
  const across = (k: number) => names.some((n) => inside(n, k) && slashes.some((_, j) => j !== k && inside(n, j)));
  return text.replace(SLASH, (s, at: number) => (across(slashes.indexOf(at)) ? ', ' : s));
}
