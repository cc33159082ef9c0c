// What a document's numbers say about how it writes them: which of "." and "," marks the decimals. A number
// shows it when its separators can be read only one way ("1,234.5", "1.234.567", "11,6", "0.18"); a single
// group of three after one separator ("60.385", "1,234") can be read either way and only counts when nothing
// else in the document speaks. The readers then read each number in the style decided (number-style.ts).

/** Which separator marks the decimals; null when the document's numbers do not decide it. */
export type DecimalMark = '.' | ',' | null;

/**
 * A number with separators, as printed: digits in runs joined by a point, a comma, an apostrophe (Swiss
 * "1'234.5") or a no-break, thin or narrow space (French "1 234,5"); an ordinary space is a column break.
 * Not inside a word, a date ("30.06.2026") or a list of numbers run together.
 */
export const NUMBER_TOKEN = /(?<![\d.,'’\u00a0\u2009\u202f])\d+(?:[.,'’\u00a0\u2009\u202f]\d+)+(?![.,'’\u00a0\u2009\u202f]?\d)/g;

/** Separators that only ever group thousands. */
const GROUP_ONLY = /['’\u00a0\u2009\u202f]/;

/**
 * How one number reads its separators:
 * - `decimal`: the separator its own form says marks its decimals ("1,234.5" '.', "11,6" ',', "1.234.567" ','),
 * - `either`: one point or comma before three digits ("60.385", "1,234"), which is a group in one style and
 *   decimals in the other,
 * - `grouped`: groups of three by a separator that only groups ("4 912", "1'234"): the same in both styles,
 * - `other`: not a number of either style (a date "30.06.2026", Indian groups "1,23,456"): left as printed.
 */
export type Reading = { kind: 'decimal'; decimal: '.' | ',' } | { kind: 'either'; separator: '.' | ',' } | { kind: 'grouped' } | { kind: 'other' };

export function readingOf(token: string): Reading {
  const runs = token.split(/[^\d]/);
  const seps = token.replace(/\d/g, '').split('');
  const last = seps[seps.length - 1]!;
  const head = seps.slice(0, -1);
  const groupsOfThree = (rs: string[]) => rs[0]!.length <= 3 && rs.slice(1).every((r) => r.length === 3);
  // One separator throughout: groups of three by it, else (once) the decimals.
  if (head.every((s) => s === last)) {
    if (groupsOfThree(runs)) {
      if (GROUP_ONLY.test(last)) return { kind: 'grouped' };
      return seps.length > 1 ? { kind: 'decimal', decimal: last === '.' ? ',' : '.' } : { kind: 'either', separator: last as '.' | ',' };
    }
    return seps.length === 1 && (last === '.' || last === ',') ? { kind: 'decimal', decimal: last } : { kind: 'other' };
  }
  // Groups of three by one separator, then the decimals by another ("1.234,5", "1,234.5", "1'234.5", "1 234,5").
  const group = head[0]!;
  if (head.every((s) => s === group) && (last === '.' || last === ',') && groupsOfThree(runs.slice(0, -1))) return { kind: 'decimal', decimal: last };
  return { kind: 'other' };
}

/**
 * The line with each tag ("<" to the next ">") blanked to spaces of its length, so every place stays where it was:
 * what `line.replace(/<[^>]*>/g, ...)` gives, without a callback per tag (a filed HTML line holds tens of thousands).
 */
function blankTags(line: string): string {
  if (!line.includes('<')) return line;
  const parts: string[] = [];
  let from = 0;
  for (let lt = line.indexOf('<'); lt >= 0; lt = line.indexOf('<', from)) {
    const gt = line.indexOf('>', lt + 1);
    if (gt < 0) break;
    parts.push(line.slice(from, lt), ' '.repeat(gt - lt + 1));
    from = gt + 1;
  }
  parts.push(line.slice(from));
  return parts.join('');
}

/** The numbers with separators of one line, each with its place. */
export type NumberTokens = { token: string; at: number }[];

/** Every number with separators on a line (tags of an HTML line left out: "width=12.5%" is no figure). */
export function numberTokens(line: string): NumberTokens {
  const text = blankTags(line);
  return [...text.matchAll(NUMBER_TOKEN)].map((m) => ({ token: m[0], at: m.index! }));
}

/** The numbers that show a style, each way. */
function evidence(tokensByLine: NumberTokens[]): { point: number; comma: number; eitherPoint: number; eitherComma: number } {
  const n = { point: 0, comma: 0, eitherPoint: 0, eitherComma: 0 };
  for (const tokens of tokensByLine) {
    for (const { token } of tokens) {
      const r = readingOf(token);
      if (r.kind === 'decimal') n[r.decimal === '.' ? 'point' : 'comma'] += 1;
      else if (r.kind === 'either') n[r.separator === '.' ? 'eitherPoint' : 'eitherComma'] += 1;
    }
  }
  return n;
}

/**
 * The decimal separator a document's numbers decide, else null. Numbers that show it outvote the others two
 * to one (a point document's footnote marks "(1,2)" do not turn it); with few of those, each "60.385" counts
 * for the comma style and each "1,234" for the point style, and they too must agree two to one. A document
 * that prints both "60.385" and "1,234" and nothing else is undecided: a reader cannot tell which is a group.
 */
export function decideDecimal(tokensByLine: NumberTokens[]): DecimalMark {
  const n = evidence(tokensByLine);
  if (n.comma >= 3 && n.comma > 2 * n.point) return ',';
  if (n.point >= 2 && n.point > 2 * n.comma) return '.';
  const comma = n.comma + n.eitherPoint;
  const point = n.point + n.eitherComma;
  if (!comma && !point) return '.';
  if (comma > 2 * point) return ',';
  if (point > 2 * comma) return '.';
  return null;
}
