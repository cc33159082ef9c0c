// A line the release defines as a list of its own lines, by their labels in quotes ("Total cash and cash
// equivalent": Including "Cash and cash equivalents", "Restricted cash", and "Security deposit prepaid to
// third-party guarantee companies"): its parts, so that at a date the release gives the line for none,
// its figure is their sum, each part cited.
import { Decimal } from 'decimal.js';
import { amount, currencyOf, type Fact, type TextFact } from './fact.js';
import type { KnowledgeBase } from './kb.js';
import { periodKey } from './period.js';
import { halfUnit } from './release.js';

/** A definition that is nothing but a list of names in quotes. */
const LIST = /^(?:including|includes|comprising|comprises|consisting of|consists of|the sum of)\s+((?:["“][^"”]+["”],?\s*(?:and\s+)?){2,})\.?$/i;

export interface DefinedParts {
  /** The lines listed, one metric for each name. */
  parts: string[];
  definition: TextFact;
}

const byKb = new WeakMap<KnowledgeBase, Map<string, DefinedParts | null>>();

/** The lines a metric's definition lists as all it is, or null (a name that is no one line's label breaks the list). */
export function definedParts(kb: KnowledgeBase, id: string): DefinedParts | null {
  const known = byKb.get(kb) ?? new Map<string, DefinedParts | null>();
  byKb.set(kb, known);
  if (!known.has(id)) known.set(id, readParts(kb, id));
  return known.get(id)!;
}

function readParts(kb: KnowledgeBase, id: string): DefinedParts | null {
  const metrics = [...kb.metrics.values()];
  for (const definition of kb.texts) {
    if (definition.kind !== 'definition' || definition.metric !== id) continue;
    const list = LIST.exec(definition.text.trim());
    if (!list) continue;
    const names = [...list[1]!.matchAll(/["“]([^"”]+)["”]/g)].map((m) => m[1]!.toLowerCase());
    const parts = names.map((n) => metrics.filter((m) => m.id !== id && m.labels.some((l) => l.toLowerCase() === n)));
    const ids = parts.every((p) => p.length === 1) ? parts.map((p) => p[0]!.id) : null;
    if (ids && addsUp(kb, id, ids)) return { parts: ids, definition };
  }
  return null;
}

/**
 * Whether the parts add up to the line, to its printed precision, wherever the release prints the line and all its
 * parts, and does so at least once: "including" may begin a list of some parts only, and a sum short of the printed
 * figure shows it did.
 */
function addsUp(kb: KnowledgeBase, id: string, parts: string[]): boolean {
  let checked = false;
  for (const whole of kb.facts.filter((f) => f.metric === id && f.role === 'value')) {
    const at = (part: string) => kb.facts.find((f) => f.metric === part && f.role === 'value' && periodKey(f.period) === periodKey(whole.period) && currencyOf(f.unit) === currencyOf(whole.unit));
    const fs = parts.map(at);
    if (fs.some((f) => !f)) continue;
    const each = fs as Fact[];
    const slack = each.reduce((s, f) => s.plus(halfUnit(f)), halfUnit(whole));
    if (each.reduce((s, f) => s.plus(amount(f)), new Decimal(0)).minus(amount(whole)).abs().gt(slack)) return false;
    checked = true;
  }
  return checked;
}
