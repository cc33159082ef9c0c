// The thread's segment and basis: a line asked after a segment's lines ("Sears Canada revenues", then "op income?")
// is that segment's line, and one asked after adjusted lines is the adjusted line. A release prints a segment's or
// a basis's line as the whole's name after the segment's ("Sears Canada Operating income" beside "Operating
// income"), so the qualifier is read off the labels, never typed here. Where the segment has no such line, the bot
// declines naming the segment: never the whole company's figure in its place. (A basis with no line of its own,
// revenue after adjusted EPS, is the one line there is, and its label says which.)
import { slug } from '../knowledge/labels.js';
import type { Answer } from './answer.js';
import type { Turn } from './context.js';
import type { Lexicon } from './lexicon.js';
import type { Intent } from './recognisers/index.js';
import { unknown } from './reply.js';

/** Qualifiers that name the whole, never a segment ("Consolidated Total revenues"). */
const WHOLE = /^(?:consolidated|total|group|company|combined)$/;
/** First words that mark a basis: its lines' twins carry it, and a basis with no twin is no decline. */
const BASIS = /^(?:non-gaap|adjusted)$/;
/** Words of a question that ask the whole, leaving the thread's segment ("consolidated op income", "company-wide"). */
const WHOLE_ASKED = /\b(?:consolidated|company[- ]wide|whole company|total company|overall|group|all segments|firm[- ]wide)\b/i;

const plain = (label: string) => label.toLowerCase().replace(/\s*\([^()]*\)\s*$/, '').replace(/\s+/g, ' ').trim();
/** A label's words in any order ("EARNINGS PER SHARE Diluted" is "Diluted earnings per share"). */
const key = (words: string) => [...new Set(words.split(/[^a-z0-9&]+/).filter(Boolean))].sort().join(' ');

/** What `build` finds of a knowledge base, found once for each. */
function perRelease<V>(build: (kb: Lexicon['kb']) => V): (lex: Lexicon) => V {
  const found = new WeakMap<object, V>();
  return (lex) => {
    if (!found.has(lex.kb)) found.set(lex.kb, build(lex.kb));
    return found.get(lex.kb)!;
  };
}

/** Each release's lines by plain label. */
const labels = perRelease((kb) => {
  const map = new Map<string, string>();
  // (Each name bare and whole: "Total Sales (CONSTRUCTION INDUSTRIES)" is a segment's total sales.)
  for (const m of kb.metrics.values()) for (const l of [m.label, ...m.labels].flatMap((x) => [key(plain(x)), key(x.toLowerCase())])) if (!map.has(l)) map.set(l, m.id);
  return map;
});

/** A table of the segments' figures: "Sales and Revenues by Segment", "Profit by Segment". */
const BY_SEGMENT = /\bby (?:reportable |operating |business )?(?:segments?|divisions?)\b/i;
/**
 * A section of a table listing a figure's parts by their own names ("(1) Net sales by reportable segment:", "Net sales
 * by category:", "Revenue by geography"): each row is the part the row names.
 */
const BY_PART = /\bby (?:(?:reportable|operating|business|geographic(?:al)?)\s+)?(?:segments?|categor(?:y|ies)|regions?|geograph(?:y|ies|ic areas?)|products?(?: lines?)?|business(?:es)?|divisions?)\b/i;
/** The segments' names, the lines of such tables ("Construction Industries"). */
const segments = perRelease((kb) => new Set([...kb.metrics.values()].filter((m) => BY_SEGMENT.test(m.statement) && m.id.includes('.')).map((m) => plain(m.label)).filter((n) => !WHOLE.test(n.split(' ')[0]!))));

/**
 * The tables (statements) each row is printed in, where ids name the figure then the row ("revenue.international"):
 * a part's row is printed in a table per figure; a line listed under two sections of one table ("Other services fees"
 * under credit-driven and platform services) is no part.
 */
const partRows = perRelease((kb) => {
  const rows = new Map<string, Set<string>>();
  for (const [id, metric] of kb.metrics) {
    const [figure, row] = id.split('.');
    if (figure && row) rows.set(row, (rows.get(row) ?? new Set()).add(metric.statement));
  }
  return rows;
});

/**
 * The qualifier a line's label opens with, where the release printed the line in a qualified column: its id is the
 * qualifier's and the rest's ("sears_canada.operating_income", "Sears Canada Operating income" beside "Operating
 * income"; "adjusted.profit"); null for a line of the whole.
 */
export function qualifierOf(lex: Lexicon, id: string): string | null {
  const head = headOf(lex, id);
  return head && !WHOLE.test(head) ? head : null;
}

/** The segment a line is of ("financial products segment"), or null: a line of the whole, or of a basis ("adjusted"). */
export function segmentOf(lex: Lexicon, id: string): string | null {
  const head = qualifierOf(lex, id);
  return head && !BASIS.test(head) ? head : null;
}

/**
 * The words of a qualified column's line before the line's own name ("consolidated" too), or null. A basis word
 * qualifies a line however it was read ("Adjusted Profit Per Share" of a table of adjusted figures, or the prose).
 */
function headOf(lex: Lexicon, id: string): string | null {
  const dot = id.indexOf('.');
  const words = plain(lex.matcher.label(id)).split(' ');
  const all = labels(lex);
  if (BASIS.test(words[0]!) && all.has(key(words.slice(1).join(' ')))) return words[0]!;
  // A line of a segment's section ("Total Sales (CONSTRUCTION INDUSTRIES)"), or the segment's own line in a table by segment.
  const label = lex.matcher.label(id);
  const section = plain(/\(([^()]*)\)\s*$/.exec(label)?.[1] ?? '');
  if (segments(lex).has(section)) return section;
  // A line under a segment's own heading ("Total Revenues" of the section "FINANCIAL PRODUCTS SEGMENT") is the segment's.
  const statement = plain(lex.kb.metrics.get(id)?.statement ?? '');
  if (segments(lex).has(statement)) return statement;
  if (BY_SEGMENT.test(lex.kb.metrics.get(id)?.statement ?? '') && segments(lex).has(plain(label))) return plain(label);
  // A row of a section listing parts by name ("Greater China" under "Net sales by reportable segment") is that part's.
  if (BY_PART.test(lex.kb.metrics.get(id)?.heading ?? '')) return plain(label);
  if (dot < 0) return null;
  // A row of tables titled by their figure, printed in two or more of them ("International" under "Revenue" and under
  // "Adjusted operating profit": revenue.international) is that part's line; sections of one table ("Basic" and
  // "Diluted" over "Earnings per share") are no figures' tables, their rows no parts.
  if (slug(section) === id.slice(0, dot) && (partRows(lex).get(id.slice(dot + 1))?.size ?? 0) > 1) return plain(label);
  for (let k = 1; k < words.length; k++) {
    const head = words.slice(0, k).join(' ');
    if (all.get(key(words.slice(k).join(' '))) === id.slice(dot + 1)) return head;
  }
  // A table by segment with a column per figure ("Operating income" over rows "Ember Pizza"): the label ends with the
  // row's segment, and the id names it after the figure's ("operating_income.ember_pizza"), slugged as ids are.
  for (let k = words.length - 1; k > 0; k--) if (slug(words.slice(k).join(' ')) === id.slice(dot + 1)) return words.slice(k).join(' ');
  return null;
}

/** The one qualifier every line of a turn has, or undefined. */
export function turnQualifier(lex: Lexicon, metrics: string[]): string | undefined {
  const found = new Set(metrics.map((id) => qualifierOf(lex, id)));
  const [one] = [...found];
  return found.size === 1 && one ? one : undefined;
}

/**
 * The lines a question asks in a thread of one segment or basis: each line of the whole named is the thread's
 * qualifier's line of that name; a segment with no such line declines, naming both. Null where nothing carries:
 * no qualifier in the thread, the question asks the whole or names a basis, or every line named has a qualifier.
 */
export function qualifierCarried(lex: Lexicon, context: Turn | undefined, intent: Intent, ids: string[]): string[] | Answer | null {
  const qualifier = context?.qualifier;
  if (!qualifier || !ids.length || WHOLE_ASKED.test(intent.text)) return null;
  const basis = BASIS.test(qualifier);
  if (basis && (intent.modifiers.has('gaap') || intent.modifiers.has('non-gaap'))) return null;
  const all = labels(lex);
  // (A line of the whole by its word, "Franchise revenue Total" of a table by segment, is the whole's: the thread's segment has its own.)
  const own = (id: string) => qualifierOf(lex, id) !== null;
  if (ids.every(own)) return null;
  // (Each of the line's names: "Net income per fully diluted ADS" has its non-GAAP twin by that name.)
  const bare = (l: string) => plain(l).split(' ').filter((w) => !WHOLE.test(w)).join(' ');
  const twin = (id: string) => [lex.matcher.label(id), ...(lex.kb.metrics.get(id)?.labels ?? [])].flatMap((l) => [plain(l), bare(l)]).map((l) => all.get(key(`${qualifier} ${l}`))).find(Boolean);
  // ("and basic?" after adjusted basic EPS, no period or operation of its own: the thread's own line again would repeat
  // it, so the follow-up's words name the line as printed, its basis left with the thread's line.)
  const again = (id: string) => basis && !intent.periods.length && !intent.opExplicit && context.metrics.includes(twin(id) ?? '');
  const lines = ids.map((id) => (own(id) || again(id) ? id : twin(id) ?? (basis ? id : null)));
  const missing = ids.filter((_id, k) => !lines[k]);
  if (!missing.length) return lines as string[];
  const names = [...new Set(missing.map((id) => lex.matcher.label(id)))].join(', ');
  const title = printed(lex, qualifier);
  return unknown(`This thread is about ${title}; the release gives no ${title} figure for ${names} that I could find, so I give none (the whole company's is no ${title} figure). Ask for "${names} for the whole company" for the company-wide figure.`, 'not-in-release');
}

/** A qualifier as the release prints it ("iPhone", "Greater China"), else in title case. */
function printed(lex: Lexicon, qualifier: string): string {
  for (const m of lex.kb.metrics.values()) {
    const at = m.label.toLowerCase().indexOf(qualifier);
    if (at >= 0 && /\S/.test(m.label.slice(at, at + qualifier.length))) return m.label.slice(at, at + qualifier.length);
  }
  return qualifier.replace(/\b\w/g, (c) => c.toUpperCase());
}
