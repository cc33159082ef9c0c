// A sum the release prints as one line: "cash + restricted cash end of period" is "Cash, cash equivalents, and restricted
// cash, end of period", whose items are exactly the items of the lines added. That line is the answer, cited, for any
// period it is printed for (the parts may be printed for fewer: the balance sheet gives no year-ago date).
import type { Answer } from '../answer.js';
import type { Ask } from '../frame.js';
import { NEUTRAL } from '../catalog.js';
import { find } from '../lookup.js';
import { nameStems } from '../text.js';
import type { Period } from '../../knowledge/period.js';
import { value } from './value.js';

/** A balance's side a label ends with (", end of period"): no item of its list. */
const SIDE = /,?\s*(?:at\s+)?(?:the\s+)?(end|beginning)\s+of\s+(?:the\s+)?(?:period|year|quarter)\s*$/i;

/** A label's items ("Cash", "cash equivalents", "restricted cash"), each as its sorted stems. */
function items(label: string): string[] {
  return label
    .replace(SIDE, '')
    .split(/,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+/)
    .map((p) => nameStems(p).filter((s) => !NEUTRAL.has(s)).sort().join(' '))
    .filter(Boolean);
}

const sameSet = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x));

/**
 * The one line printed for the period whose items are those of the lines added, each added with a plus (of a
 * balance printed at both sides of the period, its end). Null where none is, or the lines are not simply added.
 */
export function printedSum(ask: Ask, ids: string[], p: Period): Answer | null {
  if (ids.length < 2 || ids.some((id) => (ask.signs.get(id) ?? 'plus') !== 'plus')) return null;
  const want = new Set(ids.flatMap((id) => items(ask.kb.metrics.get(id)!.label)));
  const fits = [...ask.kb.metrics.values()].filter((m) => !ids.includes(m.id) && !m.id.startsWith('formula:') && sameSet(new Set(items(m.label)), want) && find(ask.kb, m.id, p, ask.currency));
  // (Both sides printed for a period asked: its end, as any balance asked for a period is.)
  const sided = fits.length > 1 ? fits.filter((m) => SIDE.exec(m.label)?.[1]?.toLowerCase() === 'end') : fits;
  if (sided.length !== 1) return null;
  const line = value({ ...ask, op: 'value', metrics: [sided[0]!.id], signs: new Map(), family: [], periods: [p] });
  return line.status === 'answer' ? { ...line, text: `The release prints that sum as one line. ${line.text}` } : null;
}
