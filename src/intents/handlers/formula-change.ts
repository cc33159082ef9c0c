// The change in a ratio no line prints ("operating margin this quarter vs last year"): the ratio computed for
// each period from its own two lines of that period (formula.ts), both computations shown and cited, and the
// change in percentage points. A period lacking either line is named missing, never filled from another period.
import { linesOfFormula } from '../lookup.js';
import { periodLabel, type Period } from '../../knowledge/period.js';
import { pointsMoved } from '../format.js';
import type { Ask } from '../frame.js';
import type { Reply } from '../reply.js';
import { formulaAt } from './formula.js';

interface Basis {
  from: Period;
  name: string;
}

/** The sentence of the change, or null (its gaps pushed) where the ratio cannot be computed for a period. */
export function formulaChange(ask: Ask, reply: Reply, id: string, to: Period, bases: Basis[], gaps: string[]): string | null {
  // (The company's ratio, or a segment's from that segment's own lines: "formula:operating_margin.apparel".)
  const lines = linesOfFormula(ask.kb, id);
  const now = lines && formulaAt(ask.kb, lines.formula, to, lines);
  if (!lines || !now) {
    gaps.push(`${ask.matcher.label(id)} for ${periodLabel(to)}`);
    return null;
  }
  const f = { ...lines.formula, label: lines.label };
  const parts: string[] = [];
  for (const b of bases) {
    const then = formulaAt(ask.kb, lines.formula, b.from, lines);
    if (!then) {
      gaps.push(`${f.label} for ${periodLabel(b.from)}, so no change`);
      continue;
    }
    reply.cite(then.num, then.den).derive(`${f.label}, ${periodLabel(b.from)}`, then.shown, then.formula);
    const d = now.value.minus(then.value);
    const move = d.isZero() ? 'unchanged' : pointsMoved(d, 1, ask.modifiers.has('bps'));
    parts.push(`${move}${b.name ? ` ${b.name}` : ''}, from ${then.shown} in ${periodLabel(b.from)}`);
  }
  if (!parts.length) return null;
  reply.cite(now.num, now.den).derive(`${f.label}, ${periodLabel(to)}`, now.shown, now.formula);
  return `${f.label} was ${now.shown} in ${periodLabel(to)}, ${parts.join('; and ')} (computed from the release's amounts; it prints no ${f.label.toLowerCase()}).`;
}
