// Period mentions that name one period between them: a date restated in apposition ("at fiscal YE,
// Feb 3 2024"), a year to date with the date it runs "through".
import { memo } from './memo.js';
import { periodKey, type Period } from './period.js';
import { mayMatch } from './prefilter.js';
import type { PeriodMention, PeriodRef, Rule } from './period-grammar.js';

/** Two references to one period: the same, or balance dates within a week (a 52/53-week calendar's). */
function samePeriod(a: PeriodRef, b: PeriodRef): boolean {
  if (a.kind !== 'period' || b.kind !== 'period') return false;
  if (a.period.kind !== 'instant' || b.period.kind !== 'instant') return periodKey(a.period) === periodKey(b.period);
  return Math.abs(Date.parse(a.period.date) - Date.parse(b.period.date)) <= 7 * 864e5;
}

/**
 * A year to date in brackets after the span it names ("39 weeks to 21 November 2026 (year to date)"):
 * the span's own length dates it, not a count of calendar months to the same end.
 */
function spanToDate(last: PeriodRef, f: PeriodMention): boolean {
  return /^year to date:/.test(f.rule) && last.kind === 'period' && last.period.kind === 'duration' && f.ref.kind === 'period' && f.ref.period.kind === 'duration' && last.period.end === f.ref.period.end;
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
    const apposed = last && /^[\s,(]*$/.test(text.slice(last.end, f.start));
    const named = apposed && /\(\s*$/.test(text.slice(last.end, f.start)) && spanToDate(last.ref, f) ? last.ref : f.ref;
    if (apposed && (samePeriod(last.ref, f.ref) || named !== f.ref)) out[out.length - 1] = { ...f, start: last.start, ref: { ...named, text: text.slice(last.start, f.end) } };
    else out.push(f);
  }
  return out;
}

/** A match of a rule in a text: the rule and its match. */
type Found = { rule: Rule; m: RegExpExecArray };

/**
 * Whether every rule matches at the same places in an ASCII text and in its lowercase: each ignores case
 * (/i), or names no letter (a digits-only date). Then a text and its lowercase
 * share one scan (a question is read as typed, then lowercased).
 */
function caseBlind(rules: Rule[]): boolean {
  // Left when the classes that ignore case (\d, \s, \w, \b) and escaped signs are taken out: no letter, no other escape.
  return rules.every((r) => r.pattern.flags.includes('i') || !/[A-Za-z\\]/.test(r.pattern.source.replace(/\\[dDsSwWbB]|\\[^A-Za-z0-9]/g, '')));
}

/**
 * The reader of every period `rules` name in a text: overlapping matches keep the first rule's (rules are
 * ordered). The matches do not depend on the quarter read against, so a text read against several (a
 * release's headers and labels are) is matched once; by exec, as matchAll copies each pattern per call.
 * An ASCII text's places are found once for it and its lowercase: the other form runs only the rules
 * that matched, at their places (a first run of every pattern compiles it: ~30 ms for the grammar).
 */
export function scanner(rules: Rule[]): (text: string, current: Period) => PeriodMention[] {
  const shared = caseBlind(rules);
  const options = { maxWeight: 200_000, weigh: (found: Found[]) => 1 + 100 * found.length };
  const canonical = memo((key: string) => rules.flatMap((rule) => allMatches(rule, key)), options);
  const matchesIn = memo((text: string) => {
    const key = shared && ASCII.test(text) ? text.toLowerCase() : text;
    return key === text ? canonical(key) : (again(canonical(key), text) ?? rules.flatMap((rule) => allMatches(rule, text)));
  }, options);
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

const ASCII = /^[\x00-\x7F]*$/;

/** The matches `found` in another case of `text`, each run again at its place in `text`; null if any differs. */
function again(found: Found[], text: string): Found[] | null {
  const out: Found[] = [];
  for (const { rule, m } of found) {
    rule.pattern.lastIndex = m.index;
    const here = rule.pattern.exec(text);
    if (!here || here.index !== m.index || here[0].length !== m[0].length) return null;
    out.push({ rule, m: here });
  }
  return out;
}

function allMatches(rule: Rule, text: string): Found[] {
  const out: Found[] = [];
  // Not run (so not compiled) where it cannot match: most rules name words a text does not hold.
  if (!mayMatch(rule.pattern, text)) return out;
  rule.pattern.lastIndex = 0;
  for (let m = rule.pattern.exec(text); m; m = rule.pattern.exec(text)) {
    out.push({ rule, m });
    if (!m[0]) rule.pattern.lastIndex++;
  }
  return out;
}
