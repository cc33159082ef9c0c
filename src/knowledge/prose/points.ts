// A change of a rate stated in basis or percentage points ("EBIT margin of 19.4%, up 73 bps QoQ and 93 bps YoY",
// "expanded 1.2 percentage points"): read as the rate's stated change, in points, so an answer gives the release's
// own figure, worked from unrounded amounts, rather than one recomputed from two rounded rates (19.4% − 18.7% is
// 70 bps where the release says 73). Only a change the sentence's cues bind is one; any other stays a statement.
import type { Token } from './mentions.js';

/** The unit words after the number: basis points (a hundredth of a point) or points. "points" alone may be an index's. */
const POINT_UNITS = /^\s?(?:(bps?|basis[\s-]points?)|percentage[\s-]points?|pp|ppts?|pts?)\b\.?/i;

/** Why a number in points is none of the sentence's figures: what it is read as when no change cue binds it. */
export const POINTS_STATEMENT = 'a change in basis or percentage points that no change cue binds: kept as a statement, not a figure';

/**
 * A bare number followed by its points unit, as a change token in percentage points: the unit taken into it (its cues
 * are read after the unit: "a 73 basis point increase"), basis points as hundredths. Null for any other number.
 */
export function asPoints(sentence: string, t: Token): Token | null {
  if (t.currency || t.percent || t.scale !== 1) return null;
  const unit = POINT_UNITS.exec(sentence.slice(t.end));
  if (!unit) return null;
  const [value, decimals] = unit[1] ? [t.value.div(100), t.decimals + 2] : [t.value, t.decimals];
  return { ...t, end: t.end + unit[0].length, text: t.text + unit[0], value, decimals, percent: true, points: true };
}
