// Questions that ask for a list of things one frame cannot hold: "the FY26 guide - sales growth and EPS", "NI in
// soles and usd", "S&M and G&A as % of rev". One frame answered such a question with one of the things and left
// the others unasked (the guidance of one line, the figure in one currency, a share of one line). Named rules split
// the list into parts, each with the words the items share (the period, the operation, "yoy", the whole of a
// share), each a question of its own (clauses.ts answers them and keeps the whole where it already answers all).
// Never a shared head: an item must name, alone, the lines the whole question reads it as (shared-head.ts reads
// "deferred tax assets and liabilities" as two lines of one head; "liabilities" alone is another line): else no parts.
import { CURRENCIES, UNSTATED, WORDS_SOURCE } from '../../knowledge/currencies.js';
import type { Lexicon } from '../lexicon.js';
import { readAhead, recognise, type Intent } from './index.js';
import { OPERATION_CUES, type Operation } from './operations.js';

/** Operations that answer each line asked on its own: a list's items may be asked one by one. */
const EACH_ON_ITS_OWN: Operation[] = ['value', 'change', 'guidance', 'share'];

/** What joins a list's items: a comma, "and", "&", "+" (each with a comma before it or not). */
const LIST_JOIN = /^\s*(?:,\s*(?:(?:and|&|\+|plus)\s+)?|\s(?:and|&|\+|plus)\s+)(?:the\s+)?$/;
/** A join that adds up: a list only where nothing is added (guidance) or its items are of different kinds. */
const ADDS = /\+|\bplus\b/;
/** The most words of an item's own after its name, before the join ("sales growth and EPS"). */
const TAIL = /^((?:\s+[a-z0-9%-]+){0,2}?)(?=\s*,|\s+(?:and|&|\+|plus)\s)/;

const CODES = CURRENCIES.map((c) => c.code).filter((c) => c !== UNSTATED && c.length === 3);
const CURRENCY = String.raw`(?:${CODES.join('|')}|us\$|yuan|${WORDS_SOURCE})`;
/** "in soles and usd", "in both RMB and USD", "in EUR, GBP": two or more currencies asked. */
const CURRENCY_LIST = new RegExp(String.raw`\bin\s+(?:both\s+)?(${CURRENCY}(?:\s*(?:,|and|&|\+|/)\s*(?:in\s+)?${CURRENCY})+)(?![a-z$])`, 'i');

export interface PartRule {
  name: string;
  /** The parts this rule splits the question into, each a question of its own, or null. */
  parts: (q: string, intent: Intent, lex: Lexicon) => string[] | null;
  /** Its last part names no line: asked all the same, so that the reply says it is not understood. */
  unnamed?: true;
}

/** The last item of a list, after a comma, in words no name claims: "referral fees, and take rate?". */
const UNNAMED_LAST = /^\s*,\s*(?:(?:and|&)\s+)?((?:[a-z][a-z-]*\s*){1,3}?)\s*[?.!]*$/;

export const PART_RULES: PartRule[] = [
  // (First: a list's own words after its names, "net income and revenue, and take rate", are no words they share.)
  {
    name: 'a last item in words no line is named by, after a comma',
    unnamed: true,
    parts: (_q, intent, lex) => {
      const [text, first, last] = [intent.text, intent.metrics[0], intent.metrics.at(-1)];
      const m = last && UNNAMED_LAST.exec(text.slice(last.end));
      // (An operation's word, a period or a basis is the question's own, no item: "net income, yoy?".)
      if (!first || !m || lex.cueSpans(m[1]!).length || intent.periods.some((p) => m[1]!.includes(p.text.toLowerCase()))) return null;
      return [text.slice(0, last.end), `${text.slice(0, first.start)}${m[1]!.trim()}`];
    },
  },
  {
    name: 'one figure in each of several currencies',
    parts: (q) => {
      const m = CURRENCY_LIST.exec(q);
      if (!m) return null;
      const list = m[1]!.split(/\s*(?:,|\band\b|&|\+|\/)\s*(?:in\s+)?/i).filter(Boolean);
      return list.map((c) => `${q.slice(0, m.index)}in ${c}${q.slice(m.index + m[0].length)}`);
    },
  },
  {
    name: 'several lines named in a list, each asked with the words they share',
    parts: (_q, intent, lex) => {
      const text = intent.text;
      const run = listRun(text, intent, lex);
      if (!run || run.slice(1).some((item, k) => sharesHead(lex, text, run[k]!, item))) return null;
      // (Names before the list, or after it but the whole of a share, would be asked in every part: no list of their own.)
      const outside = intent.metrics.filter((m) => m.end <= run[0]!.start || m.start >= run.at(-1)!.end);
      if (outside.some((m) => m.end <= run[0]!.start || intent.op !== 'share')) return null;
      const [prefix, suffix] = [text.slice(0, run[0]!.start), text.slice(run.at(-1)!.end)];
      // (A word of the whole's operation said once for all, "organic growth guide + capex", is every part's.)
      const shared = run.flatMap((item) => item.shared).join('');
      return run.map((item) => `${prefix}${text.slice(item.start, item.end)}${shared}${suffix}`.replace(/\s+/g, ' ').trim());
    },
  },
];

interface Item {
  start: number;
  end: number;
  /** Words after the name that are the whole's operation, shared by every part. */
  shared: string;
}

/** Each operation's first cue pattern, read word by word (built once, not per question); an operation with none matches no word. */
const OWN_CUES = new Map<string, RegExp>();
for (const c of OPERATION_CUES) if (!OWN_CUES.has(c.op)) OWN_CUES.set(c.op, new RegExp(c.cues.source));
const NONE = /$^/;

/** The items of the first list of names in the question: names joined by list joins, each with its own words after it. */
function listRun(text: string, intent: Intent, lex: Lexicon): Item[] | null {
  const names = intent.metrics;
  const own = OWN_CUES.get(intent.op) ?? NONE;
  const periods = intent.periods.map((p) => p.text.toLowerCase());
  const run: Item[] = [];
  for (const [k, m] of names.entries()) {
    const next = names[k + 1];
    const gap = next ? text.slice(m.end, next.start) : '';
    const tail = TAIL.exec(gap)?.[1] ?? '';
    // (A period between two names is the first's alone: no list the parts could share it over.)
    const joined = next && LIST_JOIN.test(gap.slice(tail.length)) && !periods.some((p) => tail.includes(p));
    if (!joined) {
      if (run.length) return [...run, { start: m.start, end: m.end, shared: '' }];
      continue;
    }
    if (ADDS.test(gap) && intent.op !== 'guidance' && lex.kindOf(m.ids[0]!) === lex.kindOf(next.ids[0]!)) return null;
    const words = tail.split(/(?=\s)/).filter(Boolean);
    // (The operation's word after the item's own: "guide growth" is no tail read apart.)
    if (words.some((w, i) => own.test(w) && words.slice(i).some((x) => !own.test(x)))) return null;
    run.push({ start: m.start, end: m.end + words.filter((w) => !own.test(w)).join('').length, shared: words.filter((w) => own.test(w)).join('') });
  }
  return null;
}

/** A line's whole name ("deferred tax liabilities") made of one item's words and the next's, on either side: a head shared, no list. */
function sharesHead(lex: Lexicon, text: string, a: Item, b: Item): boolean {
  const [x, y] = [text.slice(a.start, a.end).split(/\s+/), text.slice(b.start, b.end).split(/\s+/)];
  const wholes = [...x.slice(0, -1).map((_, j) => [...x.slice(0, j + 1), ...y]), ...y.slice(1).map((_, j) => [...x, ...y.slice(j + 1)])];
  return wholes.some((w) => {
    const phrase = w.join(' ');
    const found = lex.matcher.match(phrase);
    return found.length === 1 && found[0]!.start === 0 && found[0]!.end === phrase.length;
  });
}

/**
 * The parts of a question asking for a list of things, each a question of its own, and the rule that split it; or
 * null: the question is answered whole. Each part must read as the whole reads it: the same operation, and lines
 * the whole names (an item of a shared head, "and liabilities", names another line alone).
 */
export function partsOf(q: string, lex: Lexicon): { rule: string; parts: string[]; unnamed?: true } | null {
  const whole = readAhead(q, lex);
  if (!EACH_ON_ITS_OWN.includes(whole.op)) return null;
  const ids = new Set(whole.metrics.flatMap((m) => m.ids));
  for (const rule of PART_RULES) {
    const parts = rule.parts(q, whole, lex);
    if (!parts) continue;
    const read = parts.map((p) => recognise(p, lex));
    const named = rule.unnamed ? read.slice(0, -1) : read;
    const same = named.every((r) => r.op === whole.op && r.metrics.length > 0 && r.metrics.every((m) => m.ids.every((id) => ids.has(id))));
    if (rule.unnamed && read.at(-1)!.metrics.length) return null;
    return same ? { rule: rule.name, parts, ...(rule.unnamed ? { unnamed: rule.unnamed } : {}) } : null;
  }
  return null;
}
