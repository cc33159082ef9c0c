// Question → Intent: what was asked, independent of wording. The recogniser finds the operation,
// metrics, periods and currency; it never looks up or computes a figure.
import type { Currency } from '../knowledge/fact.js';
import { monthNumber, type Period } from '../knowledge/period.js';
import type { MetricMatch, MetricMatcher } from './metrics.js';
import { BASIS_CUES, DIFFERENCE, FIGURE_OPS, OPERATION_CUES, PERCENT_SHARE, PLUS, POINTS_CUE, SIZE_RANK, RMB_CUE, USD_CUE, type Operation } from './operations.js';
import { findPeriods, type PeriodRef } from '../knowledge/period-grammar.js';
import { ABBREVIATIONS } from './catalog.js';
import { blank, normalise } from './text.js';

export interface Intent {
  op: Operation;
  /** Every operation whose cues match, most specific first: the engine takes the first that fits. */
  ops: Operation[];
  /** Whether the operation was named, or only assumed (a bare metric asks for its value). */
  opExplicit: boolean;
  metrics: MetricMatch[];
  periods: PeriodRef[];
  basis: 'yoy' | 'qoq' | null;
  currency: Currency | null;
  points: boolean;
  /** The normalised, spell-corrected question. */
  text: string;
  /** The question with its metric names blanked: what it says besides them. */
  rest: string;
  /** The question with its period phrases blanked: what it says besides when. */
  bare: string;
  /** Words that name a time but that no period rule read ("two years back"): the period is unclear. */
  unreadPeriod: string | null;
  /** A company or entity the release is not about ("Apple's revenue"). */
  foreign: string | null;
}

/** Words a question may capitalise (at its start, say) or put in the possessive without naming another company. */
const PLAIN = new Set(
  ('i what whats who how why when where which it its that there here let this today quarter year company qifu ' +
    'show give tell list compare break define explain summarize summarise please can could would should will is are was ' +
    'were did does do and also now ok okay so then hi hello hey thanks thank get find pull calculate compute provide any ' +
    'my our the a an in for of on at from by with as to me us you we they their q yes no sorry hmm quick just ' +
    'monday tuesday wednesday thursday friday saturday sunday non pre').split(' '),
);
const ABBREVIATION_WORDS = new Set(ABBREVIATIONS.flatMap(([re]) => re.source.match(/[a-z]{2,}/g) ?? []));

/**
 * A company or entity other than the issuer: a capitalised or possessive word that neither the release
 * nor the bot's own vocabulary (catalog names, abbreviations such as S&M or NPL) knows.
 */
function foreignEntity(original: string, known: (word: string) => boolean): string | null {
  for (const m of original.matchAll(/\b([A-Z][a-zA-Z&]+)(?:'s|’s)?\b|\b([A-Za-z]+)(?:'s|’s)\b/g)) {
    const word = (m[1] ?? m[2])!;
    const w = word.toLowerCase();
    if (PLAIN.has(w) || monthNumber(word) || ABBREVIATION_WORDS.has(w) || known(w)) continue;
    return word;
  }
  return null;
}

/** Time words left once the periods read and the comparison phrases ("year over year") are taken out. */
const TIME_WORD = /\b(?:quarters?|years?|months?|weeks?|days?|ago|periods?|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?)\b/;
const COMPARISON_PHRASE = /\b(?:end|beginning) of period\b|\b(?:year|quarter)[-\s](?:over|on)[-\s](?:year|quarter)\b|\bper\s+(?:year|quarter)\b|\b\d+[-\s]days?\b|\bday[-\s]?(?:1|one)\b/g;

function unreadPeriod(rest: string, periods: PeriodRef[]): string | null {
  let t = rest.replace(COMPARISON_PHRASE, ' ');
  for (const p of periods) t = t.replace(p.text, ' ');
  return TIME_WORD.exec(t)?.[0] ?? null;
}

/** Where a phrase first stands in the text (an empty span where it does not). */
function spanOf(text: string, phrase: string): { start: number; end: number } {
  const start = text.indexOf(phrase);
  return start < 0 ? { start: 0, end: 0 } : { start, end: start + phrase.length };
}

/** Period words that line labels use too ("end of period", "beginning of period"). */
const LABEL_TIME = /\b(?:period|end|beginning|start)\b/;

/** Operations named by a topic that is itself a metric's name ("exchange rate", "share repurchase"). */
const TOPICS: Operation[] = ['fx', 'buyback', 'guidance', 'quote'];
const TOPIC_METRIC = /_to_usd_exchange_rate$|share_repurchase/;

export function recognise(question: string, matcher: MetricMatcher, current: Period, releaseWords: Set<string>): Intent {
  const known = (w: string) => releaseWords.has(w) || matcher.knows(w) || matcher.knows(matcher.correct(w)) || normalise(w) !== w;
  const text = matcher.correct(normalise(question));
  // A period phrase inside a line's own name ("... restricted cash at the end of the period") is the name's.
  const found = findPeriods(text, current);
  const whole = found.some((p) => LABEL_TIME.test(p.text)) ? matcher.match(text) : [];
  const periods = found.filter((p) => {
    const at = spanOf(text, p.text);
    return !whole.some((m) => m.start <= at.start && m.end >= at.end);
  });
  // Period phrases are not metric words: blank them before matching names.
  const bare = blank(text, periods.map((p) => spanOf(text, p.text)));
  const metrics = matcher.match(bare);
  // Operation words inside a metric's name ("contract assets", "net (decrease) increase") are not cues.
  const cueText = blank(text, metrics);
  // A topic's words may be a metric's name too ("exchange rate"): the topic holds unless another
  // metric's name holds them ("effect of foreign exchange rate changes").
  const topical = metrics.every((m) => m.ids.some((id) => TOPIC_METRIC.test(id)));
  const cued = OPERATION_CUES.filter((c) => c.cues.test(TOPICS.includes(c.op) && topical ? text : cueText)).map((c) => c.op);
  // "largest revenue line last quarter" ranks by size in that quarter; "vs last quarter" compares with it.
  const changeWord = cued.includes('change') || (cued.includes('compare') && !SIZE_RANK.test(cueText));
  const strong = BASIS_CUES.find((b) => b.strong.test(cueText));
  const basis = strong?.basis ?? (changeWord ? BASIS_CUES.find((b) => b.weak.test(cueText))?.basis : undefined) ?? null;
  if (basis && !cued.includes('change')) cued.push('change');
  // A bare "%" between two names ("S&M % rev") asks for a share; after a change ("revenue QoQ %") it is the change's unit.
  const between = (re: RegExp) => metrics.some((a, k) => metrics[k + 1] && re.test(text.slice(a.end, metrics[k + 1]!.start)));
  if (!cued.includes('share') && between(PERCENT_SHARE)) cued.unshift('share');
  // "+" adds between two names, or inside a total ("guarantee liabilities total (stand ready + contingent)").
  if (!cued.includes('sum') && (between(PLUS) || (/\s\+\s/.test(cueText) && /\btotal\b/.test(text)))) cued.unshift('sum');
  // "Difference between A and B" sets two figures against each other: a comparison, not their changes.
  if (metrics.length >= 2 && DIFFERENCE.test(cueText)) {
    if (cued.includes('change') && !basis) cued.splice(cued.indexOf('change'), 1);
    if (!cued.includes('compare')) cued.unshift('compare');
  }
  // A basis is not a period to report: "up from a year ago" compares with it.
  const shift = basis === 'yoy' ? 'year_ago' : basis === 'qoq' ? 'prior_quarter' : null;
  // "up compared to last year": with a year-on-year basis, "last year" is that basis, not the full year.
  const reported = periods.filter((p) => !(p.kind === 'relative' && p.shift === shift) && !(basis === 'yoy' && /\b(?:last|prior|previous)\s+year\b/.test(p.text)));
  // Commentary is the last resort beside an operation on figures ("break down the total cash the CFO cited").
  if (cued.includes('quote') && cued.some((o) => o !== 'quote' && FIGURE_OPS.includes(o) && o !== 'value')) cued.push(...cued.splice(cued.indexOf('quote'), 1));
  const ops: Operation[] = [...cued, 'value'];
  return {
    op: ops[0]!,
    ops,
    opExplicit: cued.length > 0,
    metrics,
    periods: reported,
    basis,
    // Both named ("in USD and RMB"): RMB, which answers show with the USD beside it.
    currency: RMB_CUE.test(cueText) ? 'RMB' : USD_CUE.test(cueText) ? 'USD' : null,
    points: POINTS_CUE.test(cueText),
    text,
    rest: cueText,
    bare,
    unreadPeriod: unreadPeriod(cueText, periods),
    foreign: foreignEntity(question, known),
  };
}
