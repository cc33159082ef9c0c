// A release's statement of its scale ("All amounts are in thousands of Canadian dollars, except per unit amounts
// and unless otherwise noted") covers the bare amounts of the prose after it as it covers its tables: "for a total
// cost of $6,536" is C$6.536 million, never C$6,536. Only an amount printed with no scale word is at the note's
// scale; an amount each ("$15.84 per unit", "an average price of $15.84", "ARPU of ₹224", "11.85 cents"), which such notes
// except, and one printed with decimals (no table in thousands prints those) are as printed.
import { standing } from '../blocks.js';
import { MINOR_UNTOLD } from '../currencies.js';
import { scaleIn } from '../row-units.js';
import type { NarrativeFigure } from './types.js';

/** An amount each, not a total: the words after it ("per unit", "each") or its name ("average price"). */
const EACH_AFTER = /^\s*(?:per|each|a|an|cents?|c|p|pence|paise)\b|^\s*\/\s*\w/i;
const EACH_NAMED = /\b(?:prices?|rates?|arpu|arpa|arpm|per)\b/i;

/** Where a text states the release's standing scale: the offset after its note, and the scale (0 for none). */
export function standingScaleIn(text: string): { after: number; scale: number } {
  let at = 0;
  for (const s of text.split(/(?<=[.;])\s+/)) {
    const start = text.indexOf(s, at);
    at = start + s.length;
    const scale = standing(s) ? (scaleIn(s) ?? 0) : 0;
    if (scale > 1) return { after: at, scale };
  }
  return { after: 0, scale: 0 };
}

/** The bare amounts among `figures` (of `text`, from offset `from` on) set at the standing `scale`. */
export function atStandingScale(figures: NarrativeFigure[], text: string, scale: number, from = 0): void {
  if (scale <= 1) return;
  for (const f of figures) {
    if (f.unit.kind !== 'money' || f.unit.scale !== 1 || f.unit.currency === MINOR_UNTOLD || f.decimals > 0 || f.offset < from || EACH_NAMED.test(f.label)) continue;
    const printed = /^\S*?\s?\d[\d,.]*/.exec(text.slice(f.offset))?.[0] ?? '';
    if (EACH_AFTER.test(text.slice(f.offset + printed.length))) continue;
    f.unit = { ...f.unit, scale };
  }
}
