// A name number said ("stage 2 assets", "tier 1 capital": naming/name-numbers.ts) keeps, of the lines a name
// reached, those that carry it; where only lines with another number or none were reached ("Total assets" for
// "level 3 assets"), the release's lines with the number said and the name's other words answer; failing those,
// the question is declined naming what was asked and the lines reached.
import type { Answer } from '../answer.js';
import type { Lexicon } from '../lexicon.js';
import type { Intent } from '../recognisers/index.js';
import type { MetricMatch } from '../recognisers/metrics.js';
import { unknown } from '../reply.js';
import { nameStems } from '../text.js';
import { nameNumbers, sameNumber, type NameNumber } from '../naming/name-numbers.js';
import { othersSaid } from './standard-names.js';

/** The names turned to the lines with the numbers said, or the decline naming what was asked. */
export function numberMeant(lex: Lexicon, intent: Intent, names: MetricMatch[] | Answer): MetricMatch[] | Answer {
  const said = nameNumbers(intent.text);
  if (!said.length || !Array.isArray(names)) return names;
  const out: MetricMatch[] = [];
  for (const m of names) {
    // ("level 3 assets": the number right before the name says which line too, never "Total assets".)
    const own = said.filter((n) => (n.start < m.end && m.start < n.end) || (n.end <= m.start && /^[\s-]*$/.test(intent.text.slice(n.end, m.start))));
    const labels = (id: string) => [lex.matcher.label(id), ...(lex.kb.metrics.get(id)?.labels ?? [])];
    const kept = m.ids.filter((id) => own.every((n) => labels(id).some((l) => sameNumber(l, n))));
    const ids = kept.length || !own.length ? kept : numbered(lex, own, m.name);
    if (!ids.length) return unknown(`The release doesn't give "${asked(intent, m, own)}": ${othersSaid(lex, m.ids, 2)}. Say "help" for what I can answer.`);
    out.push({ ...m, ids });
  }
  return out;
}

/** The release's lines carrying every number said and every other word of the name. */
function numbered(lex: Lexicon, own: NameNumber[], name: string): string[] {
  const words = nameStems(name);
  return [...lex.kb.metrics.values()]
    .filter((l) => own.every((n) => sameNumber(l.label, n)) && words.every((w) => nameStems(l.label).includes(w)))
    .map((l) => l.id);
}

/** The words asked: the name with the number words said within or beside it. */
function asked(intent: Intent, m: MetricMatch, own: NameNumber[]): string {
  const start = Math.min(m.start, ...own.map((n) => n.start));
  const end = Math.max(m.end, ...own.map((n) => n.end));
  return intent.text.slice(start, end).trim();
}
