// The period recogniser: the period grammar of the knowledge layer (one grammar for questions and
// releases, src/knowledge/period-grammar.ts), plus what a question adds: a period phrase inside a
// line's own name is the name's ("... restricted cash at the end of the period"), and a time word no
// rule read ("two years back", "Dec-23" where no rule reads it) is an unread period, which declines.
import { findPeriods, type PeriodRef } from '../../knowledge/period-grammar.js';
import { shift } from '../../knowledge/period.js';
import type { Lexicon } from '../lexicon.js';
import { blank } from '../text.js';
import { WITH_TWIN } from './operations.js';
import { openedPeriods } from './opening.js';

/**
 * Time words left once the periods read and the comparison phrases ("year over year") are taken out. "Which
 * quarter" asks a choice among the periods, no period of its own.
 */
const TIME_WORD = /\b(?:quarters?|years?|months?|weeks?|days?|ago|periods?|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?)\b/;
/**
 * A count of time named as the unit a figure is asked in, ending the question: after a comma or in brackets, "tenor
 * vs 1Q23, months", "(days)"; or right after the change asked, "tenor chg yoy months" (never after a count: "3 months").
 */
const UNIT_ASKED = String.raw`(?:[,(]|\b(?:yoy|qoq|chg|change|delta|diff(?:erence)?)\s+(?:in\s+)?)\s*(?:months|days|weeks)\b(?=\s*\)?\s*[?.!]*\s*$)`;
const COMPARISON_PHRASE = new RegExp(String.raw`\bwhich\s+(?:quarters?|years?|periods?|dates?|months?)\b|\b(?:end|beginning|start)[-\s]of[-\s](?:the\s+)?period\b|\b(?:year|quarter)[-\s](?:over|on)[-\s](?:year|quarter)\b|\bper\s+(?:year|quarter)\b|\b\d+[-\s]days?\b|\bday[-\s]?(?:1|one)\b|\b(?:how many|in|by how many)\s+months\b|${UNIT_ASKED}`, 'g');

/**
 * "for each of the periods", "across both years": the two periods the thread has shown (dialogue-periods.ts), not a line's pointer.
 * "moved from how much to how much" asks the two levels too: a start and an end, never the end alone.
 */
export const BOTH_PERIODS = /\b(?:(?:both|the two|each of the(?: two)?)\s+(?:dates|periods|quarters|years|quarter[- ]ends|year[- ]ends)|from\s+(?:what|where|how much)\s+to\s+(?:what|where|how much))\b/;

/** A time phrase of the text (its cues blanked) that no period rule read, or null. */
export function unreadPeriod(rest: string, periods: PeriodRef[]): string | null {
  let t = rest.replace(COMPARISON_PHRASE, ' ').replace(BOTH_PERIODS, ' ');
  for (const p of periods) t = t.replace(p.text, ' ');
  return TIME_WORD.exec(t)?.[0] ?? null;
}

/** Where a phrase first stands in the text (an empty span where it does not). */
export function spanOf(text: string, phrase: string): { start: number; end: number } {
  const start = text.indexOf(phrase);
  return start < 0 ? { start: 0, end: 0 } : { start, end: start + phrase.length };
}

/** Period words that line labels use too ("end of period", "beginning of period"). */
const LABEL_TIME = /\b(?:period|end|beginning|start|ltm|ttm|twelve)\b/;

/**
 * "end of" just before a period the grammar read without it ("end of march 24"): the period's words, never a
 * name's, lest they match a line's own "end of period". (A period read is already at its end for a balance.)
 */
const END_BEFORE = /(?:\b(?:at|as\s+(?:of|at))\s+)?(?:\bthe\s+)?\bend\s+of\s+(?:the\s+)?$/;

/** Where a period stands in the text, with the "end of" before it. */
function claimed(text: string, phrase: string): { start: number; end: number } {
  const at = spanOf(text, phrase);
  const end = at.end > at.start ? END_BEFORE.exec(text.slice(0, at.start)) : null;
  return end ? { start: end.index, end: at.end } : at;
}

/** A month's name standing alone ("Dec?", "and June?"); not "may", which is mostly the verb. */
const BARE_MONTH = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?/g;

/**
 * A month named alone where no period was read, outside every line's name ("Dec?" after a balance at March 31):
 * read as the grammar reads "in December" (the month, the latest up to the release; a balance's is its end),
 * never left for the thread's period to answer. (Questions only: in a release a bare month is no period. Beside
 * a period read, "ytd (Dec to Mar)", the months restate it.)
 */
function bareMonths(text: string, found: PeriodRef[], lex: Lexicon): PeriodRef[] {
  const months = found.length ? [] : [...text.matchAll(BARE_MONTH)].filter((m) => text.indexOf(m[0]) === m.index);
  if (!months.length) return [];
  const names = lex.matcher.match(text);
  return months
    .filter((m) => !names.some((n) => n.start <= m.index && n.end > m.index))
    .flatMap((m) => findPeriods(`in ${m[0]}`, lex.kb.quarter).map((p) => ({ ...p, text: m[0] })));
}

/** The time still to come ("for the rest of the year", "the coming months"), which no release reports figures for. */
const AHEAD = /\b(?:(?:for|in|over|during|through(?:out)?)\s+)?(?:the\s+)?(?:rest|remainder|balance)\s+of\s+(?:the\s+|this\s+)?(?:fiscal\s+|financial\s+)?(?:year|quarter|half)\b|\b(?:(?:for|in|over|during)\s+)?the\s+(?:coming|next\s+few|upcoming)\s+(?:months|quarters|weeks)\b|\b(?:(?:for|in|over|during)\s+)?the\s+(?:months|quarters|year)\s+ahead\b/gi;

/**
 * "What did the CRO say about risk trends for the rest of the year": time to come, named with period words no rule
 * reads. A figure for it declines naming it; a request for words is answered from the release's words, the phrase no
 * topic of them (preliminaries.ts). Questions only: in a release such words are its outlook, read as sentences.
 */
/** Where the question names time to come: no words of its topic (a quote searched for "rest" found none). */
export const aheadSpans = (text: string) => [...text.matchAll(AHEAD)].map((m) => ({ start: m.index, end: m.index + m[0].length }));

function ahead(text: string, found: PeriodRef[]): PeriodRef[] {
  const within = (at: number) => found.some((p) => spanOf(text, p.text).start <= at && spanOf(text, p.text).end > at);
  return [...text.matchAll(AHEAD)].filter((m) => !within(m.index)).map((m) => ({ kind: 'unsupported', reason: `the release reports figures up to its period's end, none for "${m[0].trim()}"`, text: m[0] }));
}

/** A year written alone ("revenue 2026", "in 2026"), and a span named without its year ("9M", "h1", "Q3"). */
export const LONE_YEAR = /^(?:(?:in|for|during|of)\s+)?((?:19|20)\d{2})$/i;
const yearless = (p: PeriodRef) => p.kind === 'period' && p.period.kind === 'duration' && p.period.months < 12 && !/\d{2}/.test(p.text);
/** Words that set two periods against each other ("9M vs 2025"): then they stay two. */
const SETS_APART = /\b(?:vs\.?|versus|against|compared|from|to|and|or|than|over)\b/i;

/**
 * "9M pax revenue 2026?": a span named without its year and a year standing apart are one period, read as if
 * written together ("9M 2026"), never the span's latest beside the full year 2026 (a comparison of unlike spans);
 * "9M revenue 2026 vs 2025": each year so. Only where the span and its nearest year are not set against each
 * other ("2025 vs 9M" stays two periods, which declines). Returns the periods and the year words the span took.
 */
function yearApart(text: string, found: PeriodRef[], lex: Lexicon): { periods: PeriodRef[]; taken: string[] } {
  const years = found.filter((p) => LONE_YEAR.test(p.text));
  const spans = found.filter(yearless);
  if (!years.length || spans.length !== 1 || years.length + 1 !== found.length) return { periods: found, taken: [] };
  const s = spans[0]!;
  const at = spanOf(text, s.text);
  const near = spanOf(text, years[0]!.text);
  if (SETS_APART.test(text.slice(Math.min(at.end, near.end), Math.max(at.start, near.start)))) return { periods: found, taken: [] };
  const joined = years.map((y) => findPeriods(`${s.text} ${LONE_YEAR.exec(y.text)![1]}`, lex.kb.quarter));
  if (joined.some((j) => j.length !== 1 || j[0]!.kind !== 'period')) return { periods: found, taken: [] };
  // (The first year's period stands at the span's words, each later one at its own year's.)
  return { periods: joined.map((j, i) => ({ ...j[0]!, text: i ? years[i]!.text : s.text })), taken: [years[0]!.text] };
}

/** A word setting a year against the span before it, or listing it beside ("9M 2026 vs 2025", "and 2025"). */
const SET_BEFORE = /\b(?:vs\.?|versus|against|compared\s+(?:to|with)|and|or|than)\s+$/i;

/**
 * "9M 2026 vs 2025", "39 weeks 2026 and 2025": a lone year after the one span shorter than a year named with its own
 * year is that span in the year (as "vs 2025?" after nine months is, dialogue-periods.ts), never the full year beside
 * it, a change between unlike spans. "The 39 weeks of both years": the span and the same a year before.
 */
function spanAgain(text: string, found: PeriodRef[]): PeriodRef[] {
  const short = found.filter((p) => p.kind === 'period' && p.period.kind === 'duration' && p.period.months < 12 && !LONE_YEAR.test(p.text.trim()));
  const s = short.length === 1 ? short[0]! : null;
  if (s?.kind !== 'period' || s.period.kind !== 'duration') return found;
  const [span, at] = [s.period, text.indexOf(s.text)];
  const both = found.length === 1 ? /\b(?:both|the two|each of the(?: two)?)\s+years\b/.exec(text) : null;
  if (both) return [s, { kind: 'period', period: shift(span, 12), text: both[0] }];
  return found.map((p) => {
    const y = LONE_YEAR.exec(p.text.trim())?.[1];
    const i = text.indexOf(p.text);
    // (Only a year set against the span or listed with it, ending the question: "the 2023 plan" names a plan.)
    const against = i > at && SET_BEFORE.test(text.slice(at, i)) && /^\s*(?:[?.!,;)]|$)/.test(text.slice(i + p.text.length));
    return y && against ? { kind: 'period', period: shift(span, 12 * (Number(span.end.slice(0, 4)) - Number(y))), text: p.text } : p;
  });
}

/** "the same quarter", "same period" with no year said of it, and the comparison word that makes it the year-ago base. */
const SAME_ALONE = /^(?:the\s+)?same\s+(?:period|quarter)$/i;
const COMPARED_TO = /\b(?:compared?\s+(?:to|with)|from|since|vs\.?|versus|against|relative\s+to|than|over|on)\s+(?:the\s+)?$/i;

/**
 * A question's "the same quarter" alone, not set against ("G&A same quarter?" after "S&M QoQ"), names the period the
 * thread is at ("then"; asked alone, which one is asked back), never the comparison base a year earlier, which a
 * release's "compared to X in the same period" and a question's "vs the same quarter" mean (the grammar's reading).
 */
function sameAsThread(text: string, found: PeriodRef[]): PeriodRef[] {
  const [only] = found;
  if (found.length !== 1 || only!.kind !== 'relative' || !SAME_ALONE.test(only!.text.trim())) return found;
  return COMPARED_TO.test(text.slice(0, text.indexOf(only!.text))) ? found : [{ kind: 'relative', shift: 'then', text: only!.text }];
}

/** The periods a question names (not those inside a line's name), and the text with them blanked. */
export function periodsOf(text: string, lex: Lexicon): { periods: PeriodRef[]; bare: string } {
  const read = sameAsThread(text, openedPeriods(text, lex.kb.quarter));
  read.push(...bareMonths(text, read, lex), ...ahead(text, read));
  const apart = yearApart(text, read, lex);
  const [found, taken] = [spanAgain(text, apart.periods), apart.taken];
  const whole = found.some((p) => LABEL_TIME.test(p.text)) ? lex.matcher.match(text) : [];
  const periods = found.filter((p) => {
    const at = spanOf(text, p.text);
    return !whole.some((m) => m.start <= at.start && m.end >= at.end);
  });
  // Period phrases are not metric words: blank them before matching names; so is "incl. noncurrent",
  // which asks for a line with its twin (the sum cue holds it), and "both periods".
  const twin = WITH_TWIN.exec(text);
  // ("fx gain both periods": the thread's two periods, dialogue-periods.ts; its "periods" is no word of a name.)
  const both = BOTH_PERIODS.exec(text);
  const spans = [...periods.map((p) => claimed(text, p.text)), ...taken.map((t) => spanOf(text, t)), ...[twin, both].flatMap((m) => (m ? [{ start: m.index, end: m.index + m[0].length }] : []))];
  return { periods: sideOfNamed(periods), bare: blank(text, spans) };
}

/** "end of period" said as words, not of a period of its own. */
const SIDE_ONLY = /^(?:(?:at|as\s+(?:of|at))\s+)?(?:the\s+)?end[-\s]of[-\s](?:the\s+)?period$/i;

/**
 * "restricted cash end of period 1Q24": "end of period" beside a period named is the side of that period a balance is
 * at (its end, as read already), never a second period, the release's quarter end, to set against it.
 */
function sideOfNamed(periods: PeriodRef[]): PeriodRef[] {
  const named = periods.filter((p) => !SIDE_ONLY.test(p.text.trim()));
  return named.length < periods.length && named.some((p) => p.kind === 'period') ? named : periods;
}
