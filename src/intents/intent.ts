// Question → Intent: what was asked, independent of wording. The recogniser finds the operation,
// metrics, periods and currency; it never looks up or computes a figure.
import type { Period } from '../knowledge/period.js';
import type { MetricMatch, MetricMatcher } from './metrics.js';
import { BASIS_CUES, OPERATION_CUES, POINTS_CUE, RMB_CUE, USD_CUE, type Operation } from './operations.js';
import { findPeriods, type PeriodRef } from './periods.js';
import { normalise } from './text.js';

export interface Intent {
  op: Operation;
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
    if (!releaseWords.has(word.toLowerCase()) && !/^(?:I|Q[1-4]|YoY|QoQ|RMB|USD|US|EPS|GAAP|ADS|SBC|FX|NI|OPM|CRO|CEO|CFO|DPD|ETR)$/i.test(word)) return word;
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
  const cue = OPERATION_CUES.find((c) => c.cues.test(text));
  const basis = BASIS_CUES.find((b) => b.cues.test(text))?.basis ?? null;
  return {
    op: cue?.op ?? (basis ? 'change' : 'value'),
    opExplicit: Boolean(cue || basis),
    metrics,
    periods,
    basis,
    currency: USD_CUE.test(text) ? 'USD' : RMB_CUE.test(text) ? 'RMB' : null,
    points: POINTS_CUE.test(text),
    text,
    foreign: foreignEntity(question, releaseWords),
  };
}
