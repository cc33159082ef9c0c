// Question → Intent: what was asked, independent of wording. The recogniser finds the operation,
// metrics, periods and currency; it never looks up or computes a figure.
import { monthNumber, type Period } from '../knowledge/period.js';
import type { MetricMatch, MetricMatcher } from './metrics.js';
import { BASIS_CUES, OPERATION_CUES, POINTS_CUE, RMB_CUE, USD_CUE, type Operation } from './operations.js';
import { findPeriods, type PeriodRef } from './periods.js';
import { normalise } from './text.js';

export interface Intent {
  op: Operation;
  /** Every operation whose cues match, most specific first: the engine takes the first that fits. */
  ops: Operation[];
  /** Whether the operation was named, or only assumed (a bare metric asks for its value). */
  opExplicit: boolean;
  metrics: MetricMatch[];
  periods: PeriodRef[];
  basis: 'yoy' | 'qoq' | null;
  currency: 'RMB' | 'USD' | null;
  points: boolean;
  /** The normalised, spell-corrected question. */
  text: string;
  /** A company or entity the release is not about ("Apple's revenue"). */
  foreign: string | null;
}

/** Names that are not the issuer's: a possessive or capitalised word the release never uses. */
function foreignEntity(original: string, releaseWords: Set<string>): string | null {
  for (const m of original.matchAll(/(?<![.!?]\s|^)\b([A-Z][a-zA-Z&]+)(?:'s|’s)?\b|\b([A-Za-z]+)(?:'s|’s)\b/g)) {
    const word = (m[1] ?? m[2])!;
    if (!releaseWords.has(word.toLowerCase()) && !monthNumber(word) && !/^(?:I|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Q[1-4]|YoY|QoQ|RMB|USD|US|EPS|GAAP|ADS|SBC|FX|NI|OPM|CRO|CEO|CFO|DPD|ETR)$/i.test(word)) return word;
  }
  return null;
}

export function recognise(question: string, matcher: MetricMatcher, current: Period, releaseWords: Set<string>): Intent {
  const text = matcher.correct(normalise(question));
  const periods = findPeriods(text, current);
  // Period phrases are not metric words: blank them before matching names.
  let metricText = text;
  for (const p of periods) metricText = metricText.replace(p.text, ' '.repeat(p.text.length));
  const metrics = matcher.match(metricText);
  const cued = OPERATION_CUES.filter((c) => c.cues.test(text)).map((c) => c.op);
  const changeWord = cued.includes('change') || cued.includes('compare');
  const strong = BASIS_CUES.find((b) => b.strong.test(text));
  const basis = strong?.basis ?? (changeWord ? BASIS_CUES.find((b) => b.weak.test(text))?.basis : undefined) ?? null;
  if (basis && !cued.includes('change')) cued.push('change');
  // A basis is not a period to report: "up from a year ago" compares with it.
  const shift = basis === 'yoy' ? 'year_ago' : basis === 'qoq' ? 'prior_quarter' : null;
  const reported = periods.filter((p) => !(p.kind === 'relative' && p.shift === shift));
  const ops: Operation[] = [...cued, 'value'];
  return {
    op: ops[0]!,
    ops,
    opExplicit: cued.length > 0,
    metrics,
    periods: reported,
    basis,
    currency: USD_CUE.test(text) ? 'USD' : RMB_CUE.test(text) ? 'RMB' : null,
    points: POINTS_CUE.test(text),
    text,
    foreign: foreignEntity(question, releaseWords),
  };
}
