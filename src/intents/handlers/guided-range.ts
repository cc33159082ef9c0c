// A guided range in words: "between $4.52 billion and $4.56 billion", or, where both ends are one figure (a point
// guided, "~20.5 cents", "approximately 36.5%"), that figure alone with the hedge the release prints before it:
// "between 20.5 cents and 20.5 cents" said a point as a range, and "of 36.5%" said it more exactly than the release.
import type { Fact } from '../../knowledge/fact.js';
import { figure } from '../format.js';

/** A hedge printed right before a figure, and how a reply says it ("~" is "approximately"). */
const HEDGE = /(approximately|approx\.|about|around|roughly|circa|c\.|~)\s*$/i;

/** The hedge the cited line prints before the point's digits, or ''. */
export function hedgeOf(point: Fact): string {
  const line = point.citation.reads ?? point.citation.quote;
  const digits = point.value.abs().toFixed(point.decimals);
  for (const m of line.matchAll(/\d[\d,]*(?:\.\d+)?/g)) {
    if (m[0].replace(/,/g, '') !== digits) continue;
    // (A currency sign or minus may stand between the hedge and the digits: "about $38 million".)
    const hedge = HEDGE.exec(line.slice(0, m.index).replace(/[^\s\w~.]{1,4}\s?$/, ''));
    if (hedge) return hedge[1] === '~' ? 'approximately ' : `${hedge[1]!.toLowerCase()} `;
  }
  return '';
}

/** "of approximately 20.5 cents" for a point (`to` the word before it: "guided at ..."), "between X and Y" for a range. */
export const guidedRange = (low: Fact, high: Fact, to = 'of'): string => (low.value.equals(high.value) ? `${to} ${hedgeOf(low)}${figure(low)}` : `between ${figure(low)} and ${figure(high)}`);
