// Grouping refiner: each group of names side by side, with the words attached to it, becomes the one
// line that goes by all of them. A refinement keeps the kind of figure the question asks for ("per
// share", "how many") or else the kinds its names are.
import type { Answer } from '../answer.js';
import { MEASURES, NEUTRAL } from '../catalog.js';
import type { MetricMatch } from '../recognisers/metrics.js';
import { nameStems, type Token } from '../text.js';
import { gap, JOINED, notGiven, type Words } from './qualifiers.js';

export interface Group {
  matches: MetricMatch[];
  words: Token[];
}

/** The kind of figure the question's own words ask for, where they say. */
function askedKind(w: Words): string | undefined {
  if (w.intent.modifiers.has('how-many')) return 'count';
  if (w.intent.modifiers.has('per-share')) return 'per_share';
  return undefined;
}

export function refineGroups(w: Words, groups: Group[]): MetricMatch[] | Answer {
  const { lex, intent } = w;
  const joined = gap(intent.text, JOINED);
  const beside = (t: Token, ms: { start: number; end: number }[]) => joined(t, ms[0]!) || joined(ms[ms.length - 1]!, t);
  const asked = askedKind(w);
  const out: MetricMatch[] = [];
  for (const g of groups) {
    const words = g.words.filter((t) => !NEUTRAL.has(t.stem));
    if (g.matches.length === 1 && !g.words.length) {
      out.push(g.matches[0]!);
      continue;
    }
    // Neutral words count where a line goes by them ("Total Solutions", "capital light balance"), not
    // otherwise ("total S&M"). A refinement keeps the kind of figure asked (a per-share amount is no ADS count).
    const stems = g.matches.flatMap((m) => nameStems(m.name));
    const kinds = new Set(asked ? [asked] : g.matches.flatMap((m) => m.ids).map((id) => lex.kindOf(id)));
    const ofKind = (ids: string[]) => ids.filter((id) => kinds.has(lex.kindOf(id)));
    const withNeutral = ofKind(lex.matcher.refine([...stems, ...g.words.map((t) => t.stem)]));
    if (!withNeutral.length && g.matches.length === 1 && !words.length) {
      out.push(g.matches[0]!);
      continue;
    }
    const refined = withNeutral.length ? [] : lex.matcher.refine([...stems, ...words.map((t) => t.stem)]);
    const found = withNeutral.length ? withNeutral : ofKind(refined);
    const start = Math.min(g.matches[0]!.start, ...g.words.map((t) => t.start));
    const end = Math.max(g.matches[g.matches.length - 1]!.end, ...g.words.map((t) => t.end));
    if (found.length) out.push({ ids: found, name: intent.text.slice(start, end), start, end, exact: true });
    // Words that point to a figure of another kind ("how many loans did ICE facilitate": a volume, no count).
    else if (refined.length || g.matches.length > 1 || words.some((t) => beside(t, g.matches))) return notGiven(lex, intent.text.slice(start, end));
    // A word for the kind of figure ("margin on net income attributable ...") the name is not.
    else if (words.some((t) => MEASURES.has(t.stem))) return notGiven(lex, intent.text.slice(start, end));
    else out.push(...g.matches);
  }
  return out;
}
