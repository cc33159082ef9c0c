// A line asked with no period that the release prints only for an earlier period (a forecast table's "FY2025
// actual" column: "Earnings per share (yen)"), where it prints the same measure for its own period under a
// fuller name ("Basic earnings per share (yen)" of its nine months): that line answers, not last year's column.
import { words } from '../../knowledge/labels.js';
import { periodEnd, type Period } from '../../knowledge/period.js';
import type { Ask } from '../frame.js';

/** Words a fuller name of the same measure adds: the default basis, the owner named ("of parent"). */
const SAME_MEASURE = new Set(words('basic parent company total consolidated group'));

/** The one other line, named by this line's words and only such added words, that the release prints for a span ending with its own period; null if none, or this line reaches its end. */
export function fullerLine(ask: Ask, id: string, p: Period): string | null {
  const end = periodEnd(p);
  const values = ask.kb.facts.filter((f) => f.role === 'value');
  if (values.some((f) => f.metric === id && periodEnd(f.period) >= end)) return null;
  const unit = values.find((f) => f.metric === id)?.unit.kind;
  const own = new Set(words(ask.kb.metrics.get(id)?.label ?? ''));
  if (!own.size) return null;
  const fuller = [...ask.kb.metrics.keys()].filter((m) => {
    if (m === id) return false;
    const said = words(ask.kb.metrics.get(m)!.label);
    const added = said.filter((w) => !own.has(w));
    return added.length > 0 && added.every((w) => SAME_MEASURE.has(w)) && [...own].every((w) => said.includes(w)) && values.some((f) => f.metric === m && f.unit.kind === unit && f.period.kind === 'duration' && periodEnd(f.period) === end);
  });
  return fuller.length === 1 ? fuller[0]! : null;
}
