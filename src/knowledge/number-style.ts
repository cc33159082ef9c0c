import { literal } from './literal.js';

// How a document writes its numbers. Nordic and continental issuers print "3 412,6" (space thousands,
// decimal comma) and "13,3%"; the readers read "3,412.6" and "13.3%". A document whose figures show the
// decimal comma is read in the point style (each number rewritten in place, same length, so fixed-width
// columns stay put); its citations still quote the lines as printed.

/** A comma before one or two digits that end the number ("412,9", "13,3%", "2,60"): no thousands group is that short. */
const COMMA_DECIMAL = /(?<![\d.,])\d+,\d{1,2}(?![\d,])/g;
/** A point before digits that end the number ("4.5%", "1,204.5"). */
const POINT_DECIMAL = /(?<![\d.])\d+\.\d+(?![\d.])/g;

/** Whether a document's figures use the decimal comma: several numbers show it, and it outnumbers the decimal point. */
export function usesDecimalComma(lines: string[]): boolean {
  const text = lines.join('\n');
  const commas = text.match(COMMA_DECIMAL)?.length ?? 0;
  const points = text.match(POINT_DECIMAL)?.length ?? 0;
  return commas >= 3 && commas > 2 * points;
}

// A number in the comma style: thousands grouped by a space (or a no-break space, or a point) and an
// optional decimal comma. A group is three digits; a lead of one to three ("3 412,6", "12 480,2", "2,60").
const COMMA_NUMBER = /(?<![\w.,])(\d{1,3}(?:[ \u00a0\u202f.]\d{3})+|\d+)(?:,(\d+))?(?![\w]|[.,]\d)/g;

/** A line of a decimal-comma document in the point style: "SEK 3 412,6 m (2 987,1)" → "SEK 3,412.6 m (2,987.1)". */
export function toPointStyle(line: string): string {
  return line.replace(COMMA_NUMBER, (all, whole: string, decimals: string | undefined) => {
    const grouped = /[ \u00a0\u202f.]/.test(whole);
    if (!grouped && decimals === undefined) return all;
    return `${whole.replace(/[ \u00a0\u202f.]/g, ',')}${decimals === undefined ? '' : `.${decimals}`}`;
  });
}

// A number in the point style grouped by a no-break, thin or narrow space ("SEK 4 912 m", "15 206"); an ordinary
// space separates a text table's columns, never a number's groups.
const SPACED_GROUPS = /(?<![\w.,])\d{1,3}(?:[\u00a0\u2009\u202f]\d{3})+(?!\w|,\d)/g;
const spacedToPoint = (line: string): string => line.replace(SPACED_GROUPS, (n) => n.replace(/[\u00a0\u2009\u202f]/g, ','));

/**
 * How a document's lines are read in the point style, one character for one (so a place in the read line is the
 * same place in the printed one): the decimal-comma style turned round, else no-break-space groups as commas,
 * else as printed (null).
 */
export function pointReader(lines: string[]): ((line: string) => string) | null {
  if (usesDecimalComma(lines)) return toPointStyle;
  return lines.some((l) => new RegExp(SPACED_GROUPS.source).test(l)) ? spacedToPoint : null;
}

/** A figure read from a line in the point style, as the line prints it: the same place holds it ("3,108.4" → "3 108,4"). */
export function printedAs(line: string, figure: string, read: (line: string) => string = toPointStyle): string {
  const at = read(line).search(new RegExp(`(?<![\\d.,])${literal(figure)}(?![\\d])`));
  return at < 0 ? figure : line.slice(at, at + figure.length);
}
