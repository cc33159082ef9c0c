// Period mentions that name one period between them: a date restated in apposition ("at fiscal YE,
// Feb 3 2024"), a year to date with the date it runs "through".
import { memo } from './memo.js';
import { periodKey, type Period } from './period.js';
import type { PeriodMention, PeriodRef, Rule } from './period-grammar.js';

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

/**
 * The reader of every period `rules` name in a text: overlapping matches keep the first rule's (rules are
 * ordered). The matches do not depend on the quarter read against, so a text read against several (a
 * release's headers and labels are) is matched once; by exec, as matchAll copies each pattern per call.
 */
export function scanner(rules: Rule[]): (text: string, current: Period) => PeriodMention[] {
  const matchesIn = memo((text: string) => rules.flatMap((rule) => allMatches(rule, text)), { maxWeight: 200_000, weigh: (found) => 1 + 100 * found.length });
  return (text, current) => {
    const found: PeriodMention[] = [];
    for (const { rule, m } of matchesIn(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      const ref = rule.produce(m, current);
      if (ref) found.push({ start, end, rule: rule.name, ref });
    }
    return joinedMentions(found.sort((a, b) => a.start - b.start), text);
  };
}

function allMatches(rule: Rule, text: string): { rule: Rule; m: RegExpExecArray }[] {
  const out: { rule: Rule; m: RegExpExecArray }[] = [];
  rule.pattern.lastIndex = 0;
  for (let m = rule.pattern.exec(text); m; m = rule.pattern.exec(text)) {
    out.push({ rule, m });
    if (!m[0]) rule.pattern.lastIndex++;
  }
  return out;
}
