// Completions for what a user is typing (the terminal's tab, Slack's and Discord's suggestions): the
// catalog's examples and the release's line names, those starting with the prefix first, then those
// containing it, then names a few letters off it.
import type { KnowledgeBase } from '../knowledge/kb.js';
import { EXAMPLES } from './catalog.js';
import type { Lexicon } from './lexicon.js';
import { title } from './reply.js';

export function suggestions(kb: KnowledgeBase, lex: Lexicon, prefix: string, limit: number): string[] {
  const p = String(prefix ?? '').toLowerCase().trim();
  const labels = [...new Set([...kb.metrics.values()].map((m) => title(m.label)))];
  const pool = [...EXAMPLES, ...labels];
  if (!p) return pool.slice(0, limit);
  const starts = pool.filter((s) => s.toLowerCase().startsWith(p));
  const contains = pool.filter((s) => !starts.includes(s) && s.toLowerCase().includes(p));
  const near = lex.matcher.near(p, limit).map((n) => title(n.text));
  return [...new Set([...starts, ...contains, ...near])].slice(0, limit);
}
