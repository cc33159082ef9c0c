// The part of the thread's line a follow-up's words name: "how much was capital light" after the loan volume
// is the volume under capital-light, never the capital-light fees whose name merely holds the same words.
import { NEUTRAL } from '../catalog.js';
import type { Turn } from '../context.js';
import type { Lexicon } from '../lexicon.js';
import type { Intent } from '../recognisers/index.js';
import type { MetricMatch } from '../recognisers/metrics.js';
import { nameStems } from '../text.js';
import type { Answer } from '../answer.js';
import { PART_ASKED } from '../recognisers/operations.js';
import { isPartOf } from '../recognisers/expressions.js';
import { namesSomeItems } from '../recognisers/coordinated.js';
import { inline, title, unknown } from '../reply.js';

/** The last word of each of the thread's lines' names: what kind of figure it is ("volume", "balance"). */
const headsOf = (lex: Lexicon, last: Turn) => new Set(last.metrics.map((id) => lex.matcher.labelStems(id).at(-1)));

/** The lines going by the words that keep the head of the thread's line and two of its other words, not the thread's own. */
function sameHeadLines(lex: Lexicon, last: Turn, stems: string[], context: string[]): string[] {
  const heads = headsOf(lex, last);
  const around = new Set(context);
  return lex.matcher.goingBy(stems).filter((id) => {
    const own = lex.matcher.labelStems(id);
    const sameKind = last.metrics.some((l) => lex.kindOf(l) === lex.kindOf(id));
    return !last.metrics.includes(id) && sameKind && own.some((s) => heads.has(s)) && own.filter((s) => around.has(s)).length >= 2 && namedOutsideTitle(lex, id, stems);
  });
}

/**
 * Whether the words said are in a line's own name, not only in its table's title where its label also carries the section
 * it is of: "Total (Revenue, Revenue and Operating Profit by Division)" is the revenue section's total, no line going by
 * "operating profit" (h56-081 answered total revenue for it). Where no section comes before the title, the title says
 * what the rows are ("Construction Industries (Profit by Segment)" is that segment's profit).
 */
function namedOutsideTitle(lex: Lexicon, id: string, stems: string[]): boolean {
  const title = lex.kb.metrics.get(id)?.statement;
  const label = lex.matcher.label(id);
  if (!title || !label.trimEnd().endsWith(`, ${title})`)) return true;
  const own = new Set(nameStems(label.replace(title, ' ')));
  return stems.every((s) => own.has(s));
}

/**
 * A bare name fitting several lines ("diluted?" after basic EPS per share) narrowed to the one nearest the thread's line;
 * where none of them is, the one line of the thread's kind nearest it: a thread on a count stays on counts ("diluted?"
 * after the basic ADS count is the diluted ADS count, a line the bare word alone does not name). None where not one.
 */
export function nearestToThread(lex: Lexicon, last: Turn, only: MetricMatch, context: string[]): string[] {
  const near = (among: (id: string) => boolean) => lex.matcher.refine(nameStems(only.name), context).filter(among);
  const named = only.ids.length > 1 ? near((id) => only.ids.includes(id)) : [];
  return named.length === 1 || only.ids.length < 2 ? named : near((id) => last.metrics.some((l) => lex.kindOf(l) === lex.kindOf(id)));
}

/** The thread's lines' own words, the neutral ones aside. */
const contextOf = (lex: Lexicon, last: Turn) => last.metrics.flatMap((id) => lex.matcher.contextOf(id)).filter((s) => !NEUTRAL.has(s));

/**
 * The one line going by the words that keeps the head of the thread's line and two of its other words:
 * a part of a volume is a volume of the same kind ("how much of it capital light" after the loan volume is the volume
 * under capital-light, not the capital-light fees). Null where not exactly one does.
 */
export function sameHead(lex: Lexicon, last: Turn, stems: string[], context = contextOf(lex, last)): string[] | null {
  const fits = sameHeadLines(lex, last, stems, context);
  return fits.length === 1 ? fits : null;
}

/**
 * "and ICE alone" after the capital-light, ICE and other technology volume as a share: words naming some items of the
 * list that names the one thread line they reach are the item's own line of the thread's head (the volume through
 * ICE), never the listing line again, which goes by them too. Null where the words name no such item, or not exactly
 * one line of that head and timing, itself no list, goes by them.
 */
export function itemOfListed(lex: Lexicon, last: Turn, reached: string[], stems: string[]): string[] | null {
  const said = new Set(stems);
  if (reached.length !== 1 || !namesSomeItems(lex.matcher.label(reached[0]!), said)) return null;
  // (Of the line's timing too: the volume through other technology solutions, never the balance for them.)
  const timing = lex.timingOf(reached[0]!);
  const items = sameHeadLines(lex, last, stems, contextOf(lex, last)).filter((id) => lex.timingOf(id) === timing && !namesSomeItems(lex.matcher.label(id), said));
  return items.length === 1 ? items : null;
}

/**
 * A name asked for alone, whose every line is of another head than the thread's ("how much was capital light":
 * the fees-capital light line; the thread is a volume), turned to the one line its words name that keeps the
 * thread's head. Null where an operation is asked ("as a share of platform services": the whole named), a line
 * of the name keeps that head itself, or not exactly one line does.
 */
export function threadPart(lex: Lexicon, intent: Intent, last: Turn | undefined, name: Pick<MetricMatch, 'ids' | 'name'>): string[] | null {
  if (!last?.metrics.length || intent.opExplicit || intent.ops[0] !== 'value') return null;
  const heads = headsOf(lex, last);
  const otherHead = name.ids.every((id) => !lex.matcher.labelStems(id).some((s) => heads.has(s)));
  return otherHead ? sameHead(lex, last, nameStems(name.name)) : null;
}

/**
 * Whether a table's total holds all its parts: the lines adding up into it, so another table line is none of them.
 * (The prose states parts of a figure piecemeal: "the balance for Pocket" may be a part no sentence says so of.)
 */
const tableParts = (lex: Lexicon, total: string, line: string) => Boolean(lex.kb.metrics.get(total)?.children.length) && lex.kb.metrics.get(line)?.parent !== undefined;

/**
 * "of which funding costs" after S&M and G&A added up, "of which capital light" after the volume through other
 * technology solutions: a part asked of the thread's subject, naming a line the release places under none of its
 * lines, where a table or the sum shows what they are made of, or the line named is their whole. Declined: that line's
 * figure given as a part would misstate what the subject holds. Null where the line is one of them or a part.
 */
export function partNotOfThread(lex: Lexicon, intent: Intent, last: Turn | undefined, names: MetricMatch[] | Answer): Answer | null {
  if (!Array.isArray(names) || names.length !== 1 || names[0]!.ids.length !== 1 || !last?.metrics.length) return null;
  if (!PART_ASKED.test(intent.text) || intent.ops.some((o) => o === 'share' || o === 'ratio')) return null;
  const id = names[0]!.ids[0]!;
  if (last.metrics.some((l) => l === id || isPartOf(lex.kb, id, l))) return null;
  const whole = last.metrics.some((l) => isPartOf(lex.kb, l, id));
  // (A sum's parts are the lines added: it is made of them.)
  if (!whole && last.op !== 'sum' && !last.metrics.some((l) => tableParts(lex, l, id))) return null;
  const subject = last.metrics.map((l) => inline(lex.matcher.label(l))).join(' and ');
  const how = whole ? `it is a whole that ${subject} is part of` : `the release doesn't place it under ${last.op === 'sum' ? 'either' : subject}`;
  return unknown(`${title(lex.matcher.label(id))} is not a part of ${subject}: ${how}. Ask for it on its own if you want its figure.`, 'not-understood');
}

/** Where a label's measure word ends: its first connective, dash or bracket. */
const MEASURE_END = /\s+(?:through|for|of|under|from|to|by|in|at|via)\s+|\s*[-–—(:,]\s*/i;

/**
 * A label's measure word, the last before its first connective, dash or bracket: "volume" in "loan facilitation volume
 * through Total Solutions", "fees" in "Loan facilitation and servicing fees-capital heavy". A follow-up saying it asks
 * for that measure of the thread's subject ("and volume in the qtr?" after the Total Solutions balance), not a
 * fragment of another line's qualifier.
 */
const measureWord = (label: string) => nameStems(label.split(MEASURE_END)[0] ?? '').at(-1);

/** What a line's timing makes its figures. */
const KIND: Record<string, string> = { instant: 'a balance at a date', duration: 'an amount over a period' };

/**
 * "so capital heavy is?" after the outstanding loan balances: a follow-up naming only a fragment of the name of lines of
 * another timing (the capital-heavy fees, a quarter's revenue) where no line of the thread's kind goes by it (no
 * capital-heavy balance). Declined, naming the kind asked and the line the words fit; that line's figure had been given
 * as the balance asked.
 */
export function headNotOfThread(lex: Lexicon, intent: Intent, last: Turn | undefined, names: MetricMatch[] | Answer): Answer | null {
  if (!Array.isArray(names) || names.length !== 1 || !last?.metrics.length || intent.opExplicit || intent.ops[0] !== 'value') return null;
  const [only] = names as [MetricMatch];
  const said = nameStems(only.name);
  const timings = new Set(last.metrics.map((id) => lex.timingOf(id)));
  // (Amounts, each line the words fit of another timing than every thread line and named by under half of its words;
  // a rate's timing, "30-day collection rate" beside "90 day+ delinquency rate", says no kind of amount.)
  const money = [...last.metrics, ...only.ids].every((id) => lex.kindOf(id) === 'money');
  const aside = money && only.ids.every((id) => !timings.has(lex.timingOf(id)) && KIND[lex.timingOf(id)] && 2 * said.length < lex.matcher.labelStems(id).length && !said.includes(measureWord(lex.matcher.label(id)) ?? ''));
  // (Only a balance asked: "balance?" after a volume names the balance line by its own head word.)
  if (!aside || timings.size !== 1 || !timings.has('instant') || sameHead(lex, last, said)) return null;
  const lines = only.ids.map((id) => inline(lex.matcher.label(id))).join('; ');
  const kind = KIND[[...timings][0]!] ?? 'another kind of figure';
  return unknown(`The thread is about ${inline(lex.matcher.label(last.metrics[0]!))}, ${kind}, and the release gives no such figure for "${only.name}": the line going by those words is ${lines}, ${KIND[lex.timingOf(only.ids[0]!)]}, so I give none. Ask for that line by its name if it is the one you mean.`, 'not-in-release');
}

export const parentOf = (lex: Lexicon, id: string) => lex.kb.metrics.get(id)?.parent;

/**
 * "and credit driven?" after platform services: of the lines a follow-up's words fit, the one under the
 * thread's line's own parent stands beside it and is the line meant, never one of its parts that shares
 * the thread's words ("Other services fees (Credit driven services)"). Null where not exactly one.
 */
export function besideThread(lex: Lexicon, ids: string[], last: Turn): string[] | null {
  const beside = ids.filter((id) => last.metrics.some((l) => l !== id && parentOf(lex, l) !== undefined && parentOf(lex, l) === parentOf(lex, id)));
  return beside.length === 1 ? beside : null;
}

/**
 * "and for contingent liabilities" after the provision for loans receivable: a name that fits several lines, after
 * its words are read (the guarantee liability and the provision), is the one beside the thread's line.
 */
export function besideThreadOf(lex: Lexicon, last: Turn | undefined, matches: MetricMatch[]): MetricMatch[] {
  if (!last?.metrics.length) return matches;
  return matches.map((m) => (m.ids.length > 1 ? { ...m, ids: besideThread(lex, m.ids, last) ?? m.ids } : m));
}
