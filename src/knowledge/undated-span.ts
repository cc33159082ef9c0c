// A sentence that names no period is dated as the release's quarter by default. Where the tables also print a
// longer span ending with the quarter (a half, nine months) and the sentence's figures repeat that span's lines
// and none of the quarter's ("Operating profit increased 12.6% to ¥94.9 billion" beside a half of 94,862 and a
// quarter of 62,418), or a margin it states is the span's lines' ratio and not the quarter's, the sentence is the
// span's: left as the quarter's, its figures would be answered as the quarter's. So is a sentence that compares its
// figure with that span a year before by name ("rose to €402,8 million (1H25: €371,5 million)"): a half set beside a half.
import { amount } from './fact.js';
import { FORMULAS, plain } from './formulas.js';
import { similarity, slug } from './labels.js';
import { push } from './multimap.js';
import type { NarrativeFigure } from './narrative.js';
import { unitKey, within, type TableIndex } from './narrative-index.js';
import { periodKey, yearAgo, type Period } from './period.js';
import { halfUnit, roundsTo } from './release.js';

/** Whether a figure repeats a table line's figure for `period` (to its rounding, by a like name), or the ratio its name states of them. */
function agrees(f: NarrativeFigure, period: Period, index: TableIndex): boolean {
  if (f.role === 'change' && f.unit.kind === 'percent') return changeAgrees(f, period, index);
  if (f.role === 'value' && f.unit.kind === 'percent' && ratioAgrees(f, period, index)) return true;
  const group = index.byPeriodUnit.get(`${periodKey(period)}|${unitKey(f.unit)}`);
  return f.role === 'value' && within(group, amount(f), halfUnit(f)).some((t) => similarity(t.label, f.label) >= 0.3);
}

/** Whether a stated change (% or points) is its line's change over `period` against the year before, to its rounding. */
function changeAgrees(f: NarrativeFigure, period: Period, index: TableIndex): boolean {
  const line = (p: Period) => index.byKey.get(`${periodKey(p)}|${slug(f.label)}`);
  const [now, before] = [line(period), line(yearAgo(period))];
  if (!now || !before || (before.isZero() && !f.points)) return false;
  return roundsTo(f.points ? now.minus(before) : now.div(before).minus(1).times(100), f);
}

/** Whether a stated margin or rate ("operating margin of 13.5%") is its formula's lines' ratio for `period`, to its rounding. */
function ratioAgrees(f: NarrativeFigure, period: Period, index: TableIndex): boolean {
  const formula = FORMULAS.find((x) => !x.times && x.stated?.test(plain(f.label)));
  if (!formula) return false;
  const facts = index.moneyByPeriod.get(periodKey(period)) ?? [];
  // A total line before the rest, as the formulas take the consolidated figure.
  const line = (re: RegExp) => facts.flatMap((t) => (t.fact.role === 'value' && re.test(t.plain) ? [t.fact] : [])).sort((a, b) => Number(!/^total\b/i.test(a.label)) - Number(!/^total\b/i.test(b.label)))[0];
  const [top, bottom] = [line(formula.numerator), line(formula.denominator)];
  if (!top || !bottom || amount(bottom).isZero()) return false;
  return roundsTo(amount(top).div(amount(bottom)).times(100), f);
}

/** Re-dates a period of the quarter's sentence as the span's: the quarter is the span, a year before it the span a year before. */
function toSpan(quarter: Period, span: Period): (p: Period) => Period {
  const moved = new Map([
    [periodKey(quarter), span],
    [periodKey(yearAgo(quarter)), yearAgo(span)],
  ]);
  return (p) => moved.get(periodKey(p)) ?? p;
}

/**
 * Each undated sentence of a block whose figures repeat no line of the quarter (nor of the year before it) but
 * do repeat a longer span's ending with it, or that names the span a year before for a comparison of its own:
 * every figure of the sentence, and the basis of each change, moved to that span. A sentence its figures cannot
 * place stays the quarter's.
 */
export function settleUndated(figures: NarrativeFigure[], quarter: Period, index: TableIndex): void {
  if (quarter.kind !== 'duration') return;
  const bySentence = new Map<string, NarrativeFigure[]>();
  for (const f of figures) if (f.undated) push(bySentence, `${f.line}|${f.sentence}`, f);
  if (!bySentence.size) return;
  const spans = [...index.byPeriodUnit.values()].map((g) => g.facts[0]!.period).filter((p) => p.kind === 'duration' && p.end === quarter.end && p.months > 3);
  const unique = [...new Map(spans.map((p) => [periodKey(p), p])).values()];
  // Only figures dated by default tell: a comparison naming its own period ("(9M25: 0,61%)") fits either reading.
  const defaulted = new Set([periodKey(quarter), periodKey(yearAgo(quarter))]);
  for (const own of bySentence.values()) {
    const fits = (to: (p: Period) => Period) => own.some((f) => defaulted.has(periodKey(f.period)) && agrees(f, to(f.period), index));
    if (fits((p) => p)) continue;
    const span = unique.find((p) => fits(toSpan(quarter, p))) ?? unique.find((p) => own.some((f) => periodKey(f.period) === periodKey(yearAgo(p))));
    if (!span) continue;
    const move = toSpan(quarter, span);
    for (const f of own) {
      f.period = move(f.period);
      if (f.basis) f.basis = move(f.basis);
    }
  }
}
