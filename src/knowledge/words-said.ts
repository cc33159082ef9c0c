// A quoted sentence as the words said: what an answer quoting management shows, and what its citation
// quotes (a part of the line, verbatim). The sentence itself stays whole in the knowledge base, where
// its speaker's name and the issuer's are read from it.

/** Who is quoted, before the words ("Mr. X, Chief Executive Officer, commented, "...") or after them ("...," Mr. X, CFO, added.). */
const SAYS = '(?:commented|said|added|stated|noted|remarked|explained|concluded)';
const SAID_BEFORE = new RegExp(String.raw`^([^"“”]{1,240}?\b${SAYS})\s*[,:]?\s*["“]`);
const SAID_AFTER = new RegExp(String.raw`[,.]?["”]\s+([^"“”]{1,240}?\b${SAYS})\.?$`);

/**
 * The sentence without its attribution and without a quote mark it does not close or open (a quote
 * runs over several sentences); the attribution apart.
 */
export function wordsSaid(sentence: string): { text: string; attribution?: string } {
  const before = SAID_BEFORE.exec(sentence);
  const after = before ? null : SAID_AFTER.exec(sentence);
  let from = before ? before[0].length : 0;
  let to = after ? after.index : sentence.length;
  if (/^["“]/.test(sentence.slice(from, to)) && !/["”]/.test(sentence.slice(from + 1, to))) from++;
  if (/["”]$/.test(sentence.slice(from, to)) && !/["“]/.test(sentence.slice(from, to - 1))) to--;
  const attribution = before?.[1] ?? after?.[1];
  return { text: sentence.slice(from, to).trim(), ...(attribution ? { attribution } : {}) };
}
