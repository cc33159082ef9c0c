// Questions of two clauses, each asking its own thing of its own line ("net debt down by how much since March,
// and why did finance costs fall?", "how are they defining EBITDA, and what's D&A for H1?"). One frame holds
// one operation, so such a question answered as one frame did one clause's operation for both lines and left
// the other clause's unasked. Named rules split it where its second clause opens as a question of its own;
// the engine answers each clause as the thread's next question, one after the other (engine.ts).
import type { Lexicon } from '../lexicon.js';
import { recognise } from './index.js';

/** "X and the non-GAAP one", "X, and the GAAP figure": a line asked with its twin on another basis. */
const AND_TWIN = /^(.*\S)\s*,?\s+and\s+(?:the\s+|its\s+)?(non-gaap|non gaap|gaap|adjusted)\s+(?:one|version|figure|number|equivalent|measure)\s*[?.!]*$/i;

/** The line, then its twin as the thread's follow-up asks it ("the non-gaap one"), or null. */
export function twinOf(q: string): [string, string] | null {
  const m = AND_TWIN.exec(q);
  return m ? [m[1]!, `the ${m[2]!} one`] : null;
}

/**
 * Where a second clause may open as a question of its own: after "and" (a comma before it or not), a semicolon or
 * a question mark, a question word ("why", "how", "what's", "by how much", "did" ...). A comma alone sets a topic
 * before the question ("per diluted ADS, how much does SBC add"): no clause of its own.
 */
const SECOND = /(?<=[a-z0-9)%'’])\s*(?:[,;?]\s*(?:and|but|also|plus)\s+|[;?]\s*|\s+and\s+(?:also\s+)?)(?=(?:why|how|what(?:['’]?s)?|which|when|where|did|does|do|has|have|is|was|were|by how much)\b)/gi;

export interface ClauseRule {
  name: string;
  /** Each way this rule splits the question into two clauses, the earliest first. */
  splits: (q: string) => [string, string][];
}

export const CLAUSE_RULES: ClauseRule[] = [
  {
    name: 'a second question after a comma or "and", opening with a question word',
    splits: (q) => [...q.matchAll(SECOND)].map((m) => [q.slice(0, m.index).trim(), q.slice(m.index + m[0].length).trim()]),
  },
];

/**
 * The clauses of a question that asks two things of two lines: each clause names a line of its own (none the
 * other names; a pronoun's clause, "and why did it fall?", is the first line's, which modifiers already pair)
 * and asks another operation of it. Else null: one frame answers the question whole. A period only the second
 * clause names is the first's too.
 */
export function clausesOf(q: string, lex: Lexicon): [string, string] | null {
  for (const parts of CLAUSE_RULES.flatMap((r) => r.splits(q))) {
    const [a, b] = parts.map((p) => recognise(p, lex));
    const ids = (i: typeof a) => new Set(i!.metrics.flatMap((m) => m.ids));
    const [x, y] = [ids(a), ids(b)];
    if (!x.size || !y.size || [...y].some((id) => x.has(id))) continue;
    if (a!.op === b!.op) continue;
    const when = b!.periods.map((p) => p.text).join(' and ');
    return a!.periods.length || !when ? parts : [`${parts[0]} in ${when}`, parts[1]];
  }
  return null;
}
