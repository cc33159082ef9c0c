// Period mentions that name one period between them: a date restated in apposition ("at fiscal YE,
// Feb 3 2024"), a year to date with the date it runs "through".
import { periodKey } from './period.js';
import type { PeriodMention, PeriodRef } from './period-grammar.js';

/** Two references to one period: the same, or balance dates within a week (a 52/53-week calendar's). */
function samePeriod(a: PeriodRef, b: PeriodRef): boolean {
  if (a.kind !== 'period' || b.kind !== 'period') return false;
  if (a.period.kind !== 'instant' || b.period.kind !== 'instant') return periodKey(a.period) === periodKey(b.period);
  return Math.abs(Date.parse(a.period.date) - Date.parse(b.period.date)) <= 7 * 864e5;
}

/**
 * The mentions, in order, with a period restated in apposition made one mention over both phrases, read
 * as the restatement (a 52/53-week year's end by its date); "year-to-date ... through <date>" reads the
 * year to date as the one that ends on that date (both stay, to be set aside as period words: one period).
 */
export function joinedMentions(found: PeriodMention[], text: string): PeriodMention[] {
  const out: PeriodMention[] = [];
  for (const f of found) {
    const ytd = /^year to date through/.test(f.rule) ? out.find((o) => /^year to date:/.test(o.rule)) : undefined;
    if (ytd) ytd.ref = { ...f.ref, text: ytd.ref.text };
    const last = out.at(-1);
    if (last && /^[\s,(]*$/.test(text.slice(last.end, f.start)) && samePeriod(last.ref, f.ref)) out[out.length - 1] = { ...f, start: last.start, ref: { ...f.ref, text: text.slice(last.start, f.end) } };
    else out.push(f);
  }
  return out;
}
