// A label that coordinates several items ("balance under capital-light model, ICE and other technology
// solutions") is the figure of them all together: a question naming only some of them asks a figure of its own.
import { stem } from '../../nlp.js';
import { NEUTRAL } from '../catalog.js';
import { nameStems } from '../text.js';

/** Each listed item's own words (stems no other item of the list has); none when the label lists fewer than three. */
export function listedItems(label: string): string[][] {
  if (!label.includes(',')) return [];
  const parts = label.split(/,\s*|\s+(?:and|&)\s+/).map((p) => nameStems(p).filter((s) => !NEUTRAL.has(s)));
  if (parts.filter((p) => p.length).length < 3) return [];
  const own = parts.map((p, i) => p.filter((s) => !parts.some((q, j) => j !== i && q.includes(s))));
  // An item of several words goes by its initials too ("Intelligence Credit Engine": ICE).
  const initials = parts.map((p) => (p.length > 1 ? [stem(p.map((s) => s[0]).join(''))] : []));
  return own.map((p, i) => (p.length ? [...p, ...initials[i]!] : p)).filter((p) => p.length);
}

/**
 * Whether the words said name some of a label's later items but not all: one member asked, never the whole
 * list's figure. The first item carries the label's head ("outstanding loan balance under"), and its name
 * alone is the release's own shorthand for the list ("capital-light share of the balance").
 */
export function namesSomeItems(label: string, said: Set<string>): boolean {
  const later = listedItems(label).slice(1);
  const hit = later.filter((p) => p.some((s) => said.has(s))).length;
  return hit > 0 && hit < later.length;
}
