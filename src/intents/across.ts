// Arithmetic between companies ("combined Q4 revenue of A and B", "A minus B gross profit"): each
// company's own answer to the question without the arithmetic, the one figure it leads with found among
// the facts it cites, then their sum or difference, both inputs cited and the formula shown. Anything
// less certain (no single lead figure, other units or currencies, a ratio) declines.
import type { Company } from '../knowledge/companies.js';
import { lineOf } from '../knowledge/citation.js';
import { amount, currencyOf, type Fact } from '../knowledge/fact.js';
import { periodLabel } from '../knowledge/period.js';
import type { Answer } from './answer.js';
import { derived, figure, when } from './format.js';
import { Reply, title, unknown } from './reply.js';

export type Across = 'sum' | 'difference';

/** "combined", "together", "A plus B" add up; "A minus B", "the gap between" subtract; a ratio is not done. */
export const ACROSS_RULES: { op: Across | null; pattern: RegExp }[] = [
  { op: 'sum', pattern: /\b(?:combined|together|sum(?:\s+of)?|plus|add(?:ed)?(?:\s+up)?|total\s+of)\b/i },
  { op: 'difference', pattern: /\b(?:minus|less|difference(?:\s+between)?|gap(?:\s+between)?)\b/i },
  { op: null, pattern: /\b(?:ratio|times|divided\s+by)\b/i },
];

/** The figure an answer leads with: of the facts on its cited lines for its period, the first its text shows. */
function leadFigure(company: Company, a: Answer): Fact | undefined {
  const cited = new Set(a.citations.map(lineOf));
  const at = (f: Fact) => a.text.indexOf(figure(f));
  const found = company.kb.facts.filter((f) => f.role === 'value' && cited.has(lineOf(f.citation)) && periodLabel(f.period) === a.period && at(f) >= 0);
  return found.sort((x, y) => at(x) - at(y))[0];
}

/** Two companies' figures added up or set one against the other, in the order the question names them. */
export function acrossCompanies(op: Across, parts: { company: Company; answer: Answer }[]): Answer {
  const names = parts.map((p) => p.company.name).join(' and ');
  const facts = parts.map((p) => (p.answer.status === 'answer' ? leadFigure(p.company, p.answer) : undefined));
  const [a, b] = facts;
  const currency = a && currencyOf(a.unit);
  if (parts.length !== 2 || !a || !b || a.unit.kind !== 'money' || b.unit.kind !== 'money' || !currency || currency !== currencyOf(b.unit) || periodLabel(a.period) !== periodLabel(b.period)) {
    return unknown(`I can add or subtract two companies' figures only where each company answers the question with one amount, in one currency, for the same period: ask about ${names} one at a time.`, 'out-of-scope');
  }
  const value = op === 'sum' ? amount(a).plus(amount(b)) : amount(a).minus(amount(b));
  const shown = derived(value.abs(), a, b);
  const label = title(a.label);
  const formula = `${figure(a)} (${parts[0]!.company.name}) ${op === 'sum' ? '+' : '−'} ${figure(b)} (${parts[1]!.company.name})`;
  const reply = new Reply(parts[0]!.company.kb).cite(a).cite(b).about(a.period).derive(op === 'sum' ? 'Combined' : 'Difference', `${value.isNegative() ? '−' : ''}${shown}`, formula);
  const [first, second] = parts.map((p) => p.company.name);
  const what = op === 'sum' ? `${label} of ${names} added up to ${shown}` : value.isZero() ? `${label} of ${first} equals that of ${second}` : `${label} of ${first} is ${shown} ${value.isNegative() ? 'less' : 'more'} than that of ${second}`;
  return reply.say(`${what} ${when(a)}: ${formula}.`).answer();
}

/** Words that ask which of the companies' figures is the larger ("which had more", "the highest") or the smaller. */
const LARGER = /\b(?:more|most|higher|highest|larger|largest|bigger|biggest|greater|greatest)\b/i;
const SMALLER = /\b(?:fewer|least|lower|lowest|smaller|smallest)\b/i;

/**
 * Which company's figure is the larger (or smaller) where the question asks it: said only where each
 * answer leads with one amount of the same kind, currency and period; else nothing is added.
 */
export function whichOne(question: string, parts: { company: Company; answer: Answer }[]): string | null {
  const larger = LARGER.test(question);
  if (!larger && !SMALLER.test(question)) return null;
  const facts = parts.map((p) => (p.answer.status === 'answer' ? leadFigure(p.company, p.answer) : undefined));
  const first = facts[0];
  const same = (f: Fact | undefined) => f && first && f.unit.kind === first.unit.kind && f.unit.kind !== 'percent' && currencyOf(f.unit) === currencyOf(first.unit) && periodLabel(f.period) === periodLabel(first.period);
  if (parts.length < 2 || !facts.every(same)) return null;
  const ranked = parts.map((p, k) => ({ name: p.company.name, f: facts[k]! })).sort((x, y) => amount(y.f).comparedTo(amount(x.f)) * (larger ? 1 : -1));
  const [top, next] = ranked;
  if (amount(top!.f).equals(amount(next!.f))) return `The two are equal ${when(top!.f)}: ${figure(top!.f)}.`;
  return `${top!.name} has the ${larger ? 'larger' : 'smaller'} figure ${when(top!.f)}: ${figure(top!.f)}, against ${ranked.slice(1).map((r) => `${figure(r.f)} (${r.name})`).join(', ')}.`;
}
