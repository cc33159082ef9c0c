// A label that coordinates several items ("revenue from hardware, software and services") is the figure
// of them all together: a question naming only some of them asks a figure of its own.
import { stem } from '../../nlp.js';
import { NEUTRAL } from '../catalog.js';
import { nameStems } from '../text.js';

/** Each listed item's own words (stems no other item of the list has), in order; none when the label lists fewer than three. */
export function listedItems(label: string): string[][] {
  // The list ends with the item after its last "and" ("..., end of period" qualifies the list, is no item).
  const list = /^(.*\b(?:and|&)\s+[^,]*)/.exec(label)?.[1] ?? '';
  if (!list.includes(',')) return [];
  const parts = list.split(/,\s*|\s+(?:and|&)\s+/).map((p) => nameStems(p).filter((s) => !NEUTRAL.has(s)));
  if (parts.filter((p) => p.length).length < 3) return [];
  const own = parts.map((p, i) => p.filter((s) => !parts.some((q, j) => j !== i && q.includes(s))));
  // Items sharing a word are one thing's variants ("cash, cash equivalents and restricted cash"): asked in shorthand, never one item.
  if (own.some((p, i) => p.length < parts[i]!.length)) return [];
  // An item of several words goes by its initials too ("Gross Merchandise Volume": GMV).
  const initials = parts.map((p) => (p.length > 1 ? [stem(p.map((s) => s[0]).join(''))] : []));
  return own.map((p, i) => (p.length ? [...p, ...initials[i]!] : p));
}

/** The first item proper: its part of the label after the head's connective ("loan volume under capital-light model"). */
const FIRST_ITEM = /^(?:.*\b(?:under|through|for|from|across|in|of)\s+)?(.*)$/;

/**
 * Whether the words said name some of a label's items but not the whole list: one member asked, never the
 * whole list's figure. The whole is named by every item, or by its first alone (the first carries the label's
 * head, "revenue from", and a release may use its name as shorthand for the list: "capital light balance");
 * the head's words are no item ("ICE and other tech solutions loan volume" is two items of three).
 */
export function namesSomeItems(label: string, said: Set<string>): boolean {
  const items = listedItems(label);
  if (!items.length) return false;
  const first = nameStems(FIRST_ITEM.exec(label.split(',')[0]!)![1]!).filter((s) => items[0]!.includes(s));
  return !first.some((s) => said.has(s)) && items.slice(1).some((p) => p.some((s) => said.has(s)));
}
