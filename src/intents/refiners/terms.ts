// Terms refiner: in a question asking for arithmetic between lines, the sign each line enters with
// (recognisers/expressions.ts reads the operators); the lines a family word names after an operator
// ("opex ex all provisions": the four provision lines that are parts of opex); and, in a sum, a run of
// name words apart from every name that is one more line to add ("... and the security deposit
// prepaid"): added where exactly one line goes by them, else the question declines naming them, so a
// sum never leaves a line out silently.
import type { Answer } from '../answer.js';
import { NEUTRAL } from '../catalog.js';
import { familyOf } from '../families.js';
import { familyExclusion } from './family-exclusion.js';
import type { Intent } from '../recognisers/index.js';
import type { Lexicon } from '../lexicon.js';
import { twinBase } from '../recognisers/metrics.js';
import { EXCLUDE, familyInGaps, isExpression, isPartOf, kinOf, NAMES_RESULT, signsOf, type Sign } from '../recognisers/expressions.js';
import { WHOLE_BEFORE } from '../recognisers/operations.js';
import { unknown } from '../reply.js';
import { standardLines } from './standard-names.js';
import { contentTokens, nameStems, type Token } from '../text.js';

export interface Terms {
  metrics: string[];
  /** Where each line was named (the lines added from loose words too). */
  at: Map<string, number>;
  /** The sign of each line that is not simply added. */
  signs: Map<string, Sign>;
  /** The family a line is taken out of, where the question names one by its head word (family-exclusion.ts). */
  family?: string[];
}

type Span = { start: number; end: number };

export function termsOf(lex: Lexicon, intent: Intent, given: Span[], chosen: string[], named: Map<string, number>): Terms | Answer {
  // A family word with lines taken out: they are its members, whatever other lines their words name.
  const fromFamily = familyExclusion(lex, intent);
  if (fromFamily) return fromFamily;
  const { text } = intent;
  const at = new Map(named);
  const metrics = [...chosen];
  const names = [...given];
  if (intent.ops[0] === 'sum' && given.length) {
    for (const run of looseRuns(lex, intent, given)) {
      const words = text.slice(run[0]!.start, run[run.length - 1]!.end);
      // (A standard name, "opex", is never a line that only shares its words and names another measure: declined by its name.)
      const standard = standardLines(lex, words, lex.matcher.refine(run.map((t) => t.stem)));
      if (!Array.isArray(standard)) return standard;
      const line = kinOf(lex.kb, standard.filter((id) => !metrics.includes(id)), metrics);
      // (One word after an exclusion that is a family's head, "ex provisions", is the family's: familyInGaps reads it.)
      if (run.length === 1 && line.length !== 1 && familyOf(lex.kb, run[0]!).length) continue;
      if (line.length !== 1) return unknown(`I couldn't tell which line "${words}" is, to add it in.${lex.suggestions(words)} Name it as the release does.`, 'not-understood');
      metrics.push(line[0]!);
      at.set(line[0]!, run[0]!.start);
      names.push({ start: run[0]!.start, end: run[run.length - 1]!.end });
    }
  }
  // "X (current + noncurrent)": the line with its non-current twin, named as one.
  const twins = BOTH_TWINS.test(text) ? metrics.flatMap((id) => twinsOf(lex, id).map((twin) => [twin, at.get(id)!] as const)) : [];
  for (const [twin, where] of twins) {
    if (metrics.includes(twin)) continue;
    metrics.push(twin);
    at.set(twin, where);
  }
  const signs = new Map<string, Sign>();
  names.sort((a, b) => a.start - b.start);
  // The last name, in a bracket after a formula, names its result: no term ("... (the CFO's total cash)").
  const result = names.length > 2 && intent.ops[0] === 'sum' && NAMES_RESULT.test(text.slice(names.at(-2)!.end, names.at(-1)!.start)) ? names.pop()! : null;
  const asker = result ?? (intent.ops[0] === 'sum' ? bracketNamed(lex, text, names, metrics, at) : null);
  if (asker) {
    if (asker !== result) names.splice(names.indexOf(asker), 1);
    metrics.splice(0, metrics.length, ...metrics.filter((id) => at.get(id) !== asker.start));
  }
  const ordered = names;
  // "A + B as % of C": C is the whole the result is a share of, no term.
  const whole = intent.ops.includes('share') && intent.ops.includes('sum') && ordered.length >= 1 && WHOLE_BEFORE.test(text.slice(0, ordered.at(-1)!.start)) ? ordered.pop()! : null;
  for (const id of metrics) if (whole && at.get(id) === whole.start) signs.set(id, 'whole');
  const last = ordered[ordered.length - 1];
  const base = last && metrics.find((id) => at.get(id) === last.start);
  const family = base ? familyInGaps(lex.kb, text, ordered, (n) => metrics.find((id) => at.get(id) === n.start)) : { ids: [], sign: 'plus' as Sign };
  if (!isExpression(text, ordered) && !family.ids.length) return wholeOfTheTerms(lex, text, whole, partsNamed(lex, intent, names, { metrics, at, signs }));
  const bySign = signsOf(text, ordered);
  for (const id of metrics) {
    const k = ordered.findIndex((n) => n.start === at.get(id));
    if (k > 0 && bySign[k] !== 'plus') signs.set(id, bySign[k]!);
  }
  // A family word after the last name's operator: its members (after an exclusion, the parts of that name's line).
  for (const id of family.ids) if (family.sign !== 'plus') signs.set(id, family.sign);
  const terms = excludedKin(lex, text, names, { metrics: [...metrics, ...family.ids.filter((id) => !metrics.includes(id))], at, signs });
  return wholeOfTheTerms(lex, text, whole, partsNamed(lex, intent, names, terms));
}

/**
 * The asker's name for the sum a bracket after it spells out: "total opex (selling + G&A)", the line the
 * bracket's lines add up into. It is no term (the sum had declined, counting its parts twice); the bracket's
 * lines are added, as the asker spelled them out.
 */
function bracketNamed(lex: Lexicon, text: string, names: Span[], metrics: string[], at: Map<string, number>): Span | null {
  const [first, ...rest] = names;
  if (!first || rest.length < 2 || !/^\s*\(\s*$/.test(text.slice(first.end, rest[0]!.start))) return null;
  const close = text.indexOf(')', rest[0]!.start);
  const inside = rest.filter((n) => close < 0 || n.end <= close);
  const line = (n: Span) => metrics.find((id) => at.get(id) === n.start);
  const whole = line(first);
  return whole && inside.length >= 2 && inside.every((n) => line(n) && isPartOf(lex.kb, line(n)!, whole)) ? first : null;
}

/**
 * A line taken out, named by words several lines go by ("balance excluding capital-light, ICE and other
 * tech": a fee line, a loan volume, a loan balance), taken for one that is no part of the line it is taken
 * out of: the one line going by every word said that is such a part. Else as taken (the sum declines it).
 */
function excludedKin(lex: Lexicon, text: string, names: Span[], terms: Terms): Terms {
  const { metrics, at, signs } = terms;
  const added = metrics.filter((id) => !signs.has(id));
  for (const id of metrics.filter((m) => signs.get(m) === 'excluded')) {
    const span = names.find((n) => n.start === at.get(id));
    if (!span || added.some((w) => isPartOf(lex.kb, id, w))) continue;
    const stems = nameStems(text.slice(span.start, span.end));
    // (A line's own name said in full is that line: "excluding net income" is never the interest income part.)
    if (lex.matcher.labelStems(id).every((w) => stems.includes(w))) continue;
    const said = stems.filter((s) => !NEUTRAL.has(s));
    const kin = said.length ? lex.matcher.goingBy(said).filter((x) => !metrics.includes(x) && added.some((w) => isPartOf(lex.kb, x, w))) : [];
    if (kin.length !== 1) continue;
    metrics[metrics.indexOf(id)] = kin[0]!;
    signs.delete(id);
    signs.set(kin[0]!, 'excluded');
    at.set(kin[0]!, span.start);
  }
  return terms;
}

/**
 * A line added beside a part of its own, named by words that name a part too: in "ICE plus other
 * technology solutions balance", "ICE" is the ICE part beside the other part, not the whole whose name
 * lists both. Taken as that part where exactly one such line goes by the words (else the sum declines:
 * it would count the part twice).
 */
function partsNamed(lex: Lexicon, intent: Intent, names: Span[], terms: Terms): Terms {
  const { text } = intent;
  const { metrics, at, signs } = terms;
  const added = intent.ops[0] === 'sum' ? metrics.filter((id) => (signs.get(id) ?? 'plus') === 'plus') : [];
  for (const id of added) {
    const others = added.filter((o) => o !== id);
    const span = names.find((n) => n.start === at.get(id));
    const said = span ? nameStems(text.slice(span.start, span.end)) : [];
    // (The whole's own name said in full is the whole.)
    if (!span || !others.some((o) => isPartOf(lex.kb, o, id)) || lex.matcher.labelStems(id).every((w) => said.includes(w))) continue;
    const part = kinOf(lex.kb, lex.matcher.refine(said).filter((x) => !metrics.includes(x)), others);
    if (part.length !== 1 || !isPartOf(lex.kb, part[0]!, id)) continue;
    metrics[metrics.indexOf(id)] = part[0]!;
    at.set(part[0]!, span.start);
  }
  return terms;
}

/**
 * The whole of "A + B as % of C" where C's words go by several lines ("the capital-light/ICE/tech total":
 * a fee line, a loan volume, a loan balance) and the line they were taken for holds no term: the one line
 * going by them that every term is a part of. Else the line as taken (the sum handler declines a share
 * of a line the terms are no part of).
 */
function wholeOfTheTerms(lex: Lexicon, text: string, whole: Span | null, terms: Terms): Terms {
  const { metrics, at, signs } = terms;
  const id = metrics.find((m) => signs.get(m) === 'whole');
  const parts = metrics.filter((m) => m !== id);
  if (!whole || !id || !parts.length || parts.every((t) => isPartOf(lex.kb, t, id))) return terms;
  // (Words any line may have, "total", say nothing of which; with none left the whole is unnamed.)
  const said = nameStems(text.slice(whole.start, whole.end)).filter((s) => !NEUTRAL.has(s));
  const holding = said.length ? lex.matcher.goingBy(said).filter((w) => parts.every((t) => isPartOf(lex.kb, t, w))) : [];
  if (holding.length !== 1) return terms;
  metrics[metrics.indexOf(id)] = holding[0]!;
  signs.delete(id);
  signs.set(holding[0]!, 'whole');
  at.set(holding[0]!, whole.start);
  return terms;
}

/** "current + noncurrent", "current and non-current": both lines of an item. */
const BOTH_TWINS = /\bcurrent\s*(?:\+|plus|and|&)\s*non-?current\b/;

/** The lines of the same item as `id`, current or non-current ("Loans receivable, net-noncurrent"). */
function twinsOf(lex: Lexicon, id: string): string[] {
  const base = twinBase(lex.matcher.label(id));
  return [...lex.kb.metrics.values()].filter((m) => m.id !== id && twinBase(m.label) === base && lex.kb.metrics.get(id)?.parent !== undefined === (m.parent !== undefined)).map((m) => m.id);
}

/** Runs of two or more name words, side by side, that no name claims (the words of a line not recognised). */
function looseRuns(lex: Lexicon, intent: Intent, names: Span[]): Token[][] {
  const isCue = lex.isCue(intent.text);
  const free = contentTokens(intent.bare).filter((t) => !names.some((n) => t.start >= n.start && t.end <= n.end) && lex.matcher.isNameWord(t.word) && !NEUTRAL.has(t.stem) && !isCue(t));
  const runs: Token[][] = [];
  for (const t of free) {
    const run = runs[runs.length - 1];
    if (run && /^[\s-]*$/.test(intent.bare.slice(run[run.length - 1]!.end, t.start))) run.push(t);
    else runs.push([t]);
  }
  // One name word is a line too where it is taken out ("balance excluding ICE"): left out, the result would keep it in.
  return runs.filter((r) => r.length >= 2 || EXCLUDE.test(intent.bare.slice(0, r[0]!.start)));
}
