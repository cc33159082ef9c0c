// A fiscal year named by the month it ends in, as Japanese releases head their columns: "FY3/2027" is the
// year ended March 2027, "FY3/2027 1Q" its first quarter (April–June 2026), "1H FY2026/3" its first half.
// The name dates itself, so a column so headed needs no fiscal calendar guessed for it.
import { isoDate, lastDay } from './period.js';
import { endedOn, year } from './period-resolvers.js';
import type { Rule } from './period-grammar.js';

/** A quarter (1Q, Q1) or half (1H, H1) before or after the year. */
const PART = String.raw`(?:([1-4])q|q([1-4])|([12])h|h([12]))`;
const MONTH_NO = '(1[0-2]|0?[1-9])';

/** Months into the fiscal year the part ends, and its length: a quarter 3n, a half 6 or 12, the year 12. */
function part(groups: (string | undefined)[]): [number, number] {
  const [qa, qb, ha, hb] = groups;
  if (qa ?? qb) return [3 * Number(qa ?? qb), 3];
  if (ha ?? hb) return [6 * Number(ha ?? hb), 6];
  return [12, 12];
}

export const FISCAL_YEAR_ENDED: Rule = {
  name: 'fiscal year by its end month: FY3/2027, FY3/27, FY2027/3, FY3/2026 1Q, 1Q FY3/27, 1H FY2026/3 (never the split year FY2025/26)',
  pattern: new RegExp(String.raw`\b(?:${PART}\s*)?fy\s*(?:${MONTH_NO}\/((?:19|20)\d{2}|\d{2})|((?:19|20)\d{2})\/${MONTH_NO})(?![\d/])(?:\s*${PART})?\b`, 'gi'),
  produce: (m, c) => {
    // "FY2011/12" is the split year 2011/12, not the year ended December 2011.
    if (m[7] && m[8]!.length === 2 && (Number(m[7]) + 1) % 100 === Number(m[8])) return null;
    const month = Number(m[5] ?? m[8]);
    const fy = m[6] ? year(m[6], c) : Number(m[7]);
    const [into, months] = part(m[1] ?? m[2] ?? m[3] ?? m[4] ? m.slice(1, 5) : m.slice(9, 13));
    const last = fy * 12 + month - 1 - (12 - into);
    const [y, mm] = [Math.floor(last / 12), (last % 12) + 1];
    return { kind: 'period', period: endedOn(isoDate(y, mm, lastDay(y, mm)), months), text: m[0], dated: true };
  },
};
