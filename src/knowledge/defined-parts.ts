// A line the release defines as a list of its own lines, by their labels in quotes ("Total cash and cash
// equivalent": Including "Cash and cash equivalents", "Restricted cash", and "Security deposit prepaid to
// third-party guarantee companies"): its parts, so that at a date the release gives the line for none,
// its figure is their sum, each part cited.
import type { TextFact } from './fact.js';
import type { KnowledgeBase } from './kb.js';

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
    if (parts.every((p) => p.length === 1)) return { parts: parts.map((p) => p[0]!.id), definition };
  }
  return null;
}
