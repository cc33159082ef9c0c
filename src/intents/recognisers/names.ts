// The names a metric goes by, read from the loaded releases and the catalog (data): its labels and
// their plain forms, the names the naming rules derive from them (naming/rules.ts), the catalog's
// general finance names, the release's own aliases file, a long narrative label's head, the formulas' names.
import type { KnowledgeBase } from '../../knowledge/kb.js';
import { formulaLines } from '../../knowledge/formulas.js';
import { CATALOG, catalogFor, FORMULA_NAMES } from '../catalog.js';
import { definedAbbreviations, heardNames, withDefinedElsewhere } from '../naming/heard.js';
import { nameStems, normalise } from '../text.js';
import { CUE_WORDS, FILLER_WORDS } from '../vocabulary.js';
import { twinBase, type Name } from './metrics.js';
import { RATE_WORD } from '../rates.js';
import { anotherMeasure, asksRatio, dividesBy } from '../naming/other-measure.js';
import { inDigits } from '../naming/name-numbers.js';
import { holderNames, ownersTerms } from '../naming/holders.js';

/** Stems too generic to be a metric's whole name. */
export const GENERIC = new Set(['rate', 'ratio', 'growth', 'chang', 'total', 'amount', 'margin', 'valu', 'number', 'net', 'incom', 'spent', 'spend', 'share']);

/**
 * Short forms no initialism may take: words in their own right ("nor", "cos"), the bot's and the release's
 * as it writes them in lower case, and the catalog's one-word names, which are other lines' ("NIM").
 */
export function takenWords(kb: KnowledgeBase): (word: string) => boolean {
  const words = new Set([...FILLER_WORDS, ...CUE_WORDS, ...[...CATALOG.flatMap((e) => e.names), ...Object.values(FORMULA_NAMES).flat()].filter((n) => !/\s/.test(n))]);
  for (const t of kb.texts) for (const w of t.text.match(/\b[a-z]{2,}\b/g) ?? []) words.add(w);
  return (w) => words.has(w);
}

/** Adds a name a metric goes by. */
type AddName = (text: string, id: string) => void;

/**
 * A long narrative label is also known by its head ("weighted average interest rate" of balances
 * held at ...), where no other metric goes by that name (`known`).
 */
function headNames(kb: KnowledgeBase, known: (text: string) => boolean, add: AddName): void {
  for (const m of kb.metrics.values()) {
    const head = m.label.split(/\s+of\s+/i)[0]!;
    if (m.source === 'narrative' && head !== m.label && head.split(/\s+/).length >= 2 && !known(head)) add(head, m.id);
  }
}

/** A label joining two things under one line: its first thing, and the kind word it ends on, if any. */
// (Or two words before a list of what goes with them, "Aircraft maintenance, materials and repairs": "aircraft
// maintenance"; never a list closing on "other", nor one word before a list, "Selling, general and administrative".)
const JOINED = /^(?:([A-Za-z][a-z]{2,})|([A-Za-z][a-z]{2,}\s+[a-z]{3,})(?:,\s+[a-z][\w-]*)+,?(?=\s+(?:and|&)\s+(?!other\b)))\s+(?:and|&)\s+[A-Za-z][\w\s-]*?(?:\s+(revenues?|sales|costs?|expenses?|fees|charges?))?$/;

/**
 * The stems finance uses as a line's whole name (the catalog's one-word names: "sales", "revenue", "cash"),
 * each with the entries that give it: such a word names the line its entry binds to, never another line it starts.
 */
const CATALOG_WORDS = new Map<string, RegExp[]>();
for (const e of CATALOG) for (const n of e.names) if (!/\s/.test(n)) for (const s of nameStems(n)) CATALOG_WORDS.set(s, [...(CATALOG_WORDS.get(s) ?? []), e.match]);

/**
 * A line joining two things ("Fuel and fuel taxes", "Cargo and mail revenue") is also known by its first
 * ("fuel", "fuel cost", "cargo revenue"), where it is the only line whose label names that thing at all
 * (one candidate) and no other line goes by the name (`known`). Under an expense total it is a cost. Not
 * where finance says that word alone for another line of the release: "Sales and marketing" is never "sales"
 * (the top line, "Net revenue") nor "sales costs" (cost of sales); "Cash and equivalents" is still "cash".
 */
function firstNames(kb: KnowledgeBase, known: (text: string) => boolean, add: AddName): void {
  const lines = [...kb.metrics.values()];
  for (const m of lines) {
    const j = JOINED.exec(m.label);
    if (!j) continue;
    const thing = (j[1] ?? j[2])!;
    const stems = nameStems(normalise(thing));
    const first = stems.length === 1 ? stems[0] : undefined;
    if (!stems.length || (first && GENERIC.has(first)) || lines.some((o) => o.id !== m.id && o.labels.some((l) => stems.every((s) => nameStems(normalise(l)).includes(s))))) continue;
    const parent = m.parent ? (kb.metrics.get(m.parent)?.label ?? '') : '';
    // (A flow, "Sales and marketing", is never heard by a word finance says alone for another line, bound or not: "sales"
    // is the top line; a balance, "Cash and equivalents", is by its word where no other line of the release takes it.)
    const flow = /\b(?:expenses|costs)\b/i.test(parent) || kb.facts.some((f) => f.metric === m.id && f.period.kind === 'duration');
    const own = (match: RegExp) => [m.label, ...m.labels, m.id].some((l) => match.test(l));
    if (first && CATALOG_WORDS.get(first)?.some((match) => (flow && !own(match)) || lines.some((o) => o.id !== m.id && [o.label, ...o.labels].some((l) => match.test(l))))) continue;
    const kinds = j[3] ? [j[3]] : /\b(?:expenses|costs)\b/i.test(parent) ? ['costs', 'expenses'] : [];
    // ("Sales & marketing" is never "sales": a standard name it would take names another measure.)
    for (const n of [thing, ...kinds.map((k) => `${thing} ${k}`)]) if (!known(n) && !anotherMeasure(m.label, normalise(n))) add(n, m.id);
  }
}

/** Words an initialism leaves out: "Banking, financial services & insurance" is BFSI. */
const UNLETTERED = new Set(['and', '&', 'of', 'the', 'for', 'to', 'in', 'on', 'from', 'at', 'by']);

/**
 * A short form the release itself writes ("BFSI led the quarter") that is the initials of exactly one
 * line's label ("Banking, financial services & insurance") names that line: the release's own usage is
 * the evidence, read as data, and a short form that fits two lines, or is another's name, names none.
 */
function usedInitials(kb: KnowledgeBase, known: (text: string) => boolean, add: AddName): void {
  const used = new Set(kb.texts.flatMap((t) => t.text.match(/\b[A-Z]{3,6}\b/g) ?? []));
  const lettersOf = (label: string) => label.replace(/\([^)]*\)/g, ' ').replace(/^total\s+/i, '').split(/[\s,/-]+/).filter((w) => w && !UNLETTERED.has(w.toLowerCase())).map((w) => w[0]!.toUpperCase()).join('');
  const byLetters = new Map<string, Set<string>>();
  for (const m of kb.metrics.values()) for (const l of m.labels) byLetters.set(lettersOf(l), (byLetters.get(lettersOf(l)) ?? new Set()).add(m.id));
  for (const short of used) {
    const ids = byLetters.get(short);
    const id = ids?.size === 1 ? [...ids][0]! : undefined;
    if (!id || known(short)) continue;
    // Said as the label is: a revenue row's short form is that revenue too ("BFSI revenue").
    const parent = kb.metrics.get(kb.metrics.get(id)?.parent ?? '')?.label;
    for (const n of [short, ...heardNames(short, { parent, defined: new Map() })]) add(n, id);
  }
}

/**
 * A ratio's names: the line that prints it, else the ratio formed from the lines it divides.
 * A segment's ("services gross margin", "north america segment op margin") by the segment's name before each.
 */
function formulaNames(kb: KnowledgeBase, add: AddName): void {
  for (const [id, lines] of formulaLines(kb)) {
    const to = lines.stated ?? `formula:${id}`;
    const names = [lines.formula.label, ...(FORMULA_NAMES[lines.formula.id] ?? [])];
    for (const n of lines.segment ? names.flatMap((x) => [`${lines.segment} ${x}`, `${lines.segment} segment ${x}`]) : names) add(n, to);
    // "Outdoor margin": a segment's margins by their common word, each one (one answers, several ask which).
    const word = RATE_WORD.exec(lines.formula.label.toLowerCase())?.[0];
    if (lines.segment && word) for (const n of [`${lines.segment} ${word}`, `${lines.segment} segment ${word}`]) add(n, to);
    // A segment's own lines, said with the word "segment" ("Outdoor segment revenue", "segment Outdoor's revenue").
    for (const id of lines.segment ? [...lines.numerator, ...lines.denominator, ...lines.less] : []) {
      const label = normalise(kb.metrics.get(id)?.label ?? '');
      if (!label.startsWith(`${lines.segment} `)) continue;
      const rest = label.slice(lines.segment!.length + 1);
      for (const n of [`${lines.segment} segment ${rest}`, `segment ${lines.segment} ${rest}`]) add(n, id);
    }
  }
}

/**
 * A group under a heading that splits its measure by something ("ARR by region", "Passenger revenue by
 * geographic market"): its total is named by the split ("ARR by region", "region ARR": the parts are ranked),
 * and each part that names only which one ("Pacific", "Rest of world") by its name and the measure
 * ("Pacific passenger revenue", "Rest of world ARR"). Only under such a heading: elsewhere a row's own
 * label says what it is ("Short term investments" is no "short term investments current assets").
 */
function splitNames(kb: KnowledgeBase, add: AddName): void {
  for (const m of kb.metrics.values()) {
    const split = /^(.+?)\s+by\s+(.+)$/i.exec(m.statement);
    const [measure, by] = [nameStems(normalise(split?.[1] ?? '')), split?.[2] ?? ''];
    const own = new Set(nameStems(normalise(m.label)));
    if (!split || m.children.length < 2 || !measure.every((s) => own.has(s))) continue;
    for (const n of [`${split[1]} by ${by}`, `${by} ${split[1]}`]) add(n, m.id);
    for (const id of m.children) {
      const part = kb.metrics.get(id);
      for (const l of part?.statement === m.statement ? part.labels : []) if (!nameStems(normalise(l)).some((s) => measure.includes(s))) add(`${l} ${split[1]}`, id);
    }
  }
}

/**
 * A line's labels that name it: a line dividing by another is never named by a label that is its head alone ("Net
 * charge-offs", joined from "Net charge-offs were 0.28% of average loans" to "Net charge-offs to average loans").
 */
const namingLabels = (m: { label: string; labels: string[] }): string[] => (dividesBy(m.label) ? m.labels.filter((l) => dividesBy(l) || asksRatio(l)) : m.labels);

/** An exclusion after the words a catalog entry matched: that entry's names are the whole measure's, not this line's ("CASM" is no "Cost per available seat mile excluding fuel"). */
const EXCLUSION = /^[\s_,(-]*(?:excluding|excl\b|ex\b|before\b|less\b|net of\b|other than\b|without\b)/i;
const leavesOut = (match: RegExp, label: string): boolean => {
  const m = match.exec(label);
  return !!m && EXCLUSION.test(label.slice(m.index + m[0].length));
};

/**
 * Every name a metric goes by: its labels and their plain forms, the catalog's names, formulas' names.
 * `elsewhere`: abbreviations other loaded releases define (naming/heard.ts).
 */
export function namesOf(kb: KnowledgeBase, rename: (text: string) => string, elsewhere: Map<string, string> = new Map()): Name[] {
  const byText = new Map<string, Name>();
  const add = (text: string, id: string) => {
    const key = rename(normalise(text));
    const stems = nameStems(key);
    // A name must say which figure: "rate" or "growth" alone says none.
    if (!stems.length || (stems.length === 1 && GENERIC.has(stems[0]!))) return;
    const name = byText.get(key) ?? { text: key, stems, words: new Set(key.split(/[^a-z0-9%/]+/)), ids: [] };
    if (!name.ids.includes(id)) name.ids.push(id);
    byText.set(key, name);
  };
  // A derived name that is another line's own label, in any form, is that line's ("Net income" is not the
  // part of it attributable to shareholders; "cash and cash equivalent" of a "Total cash and cash
  // equivalent" the prose states is the balance sheet's "Cash and cash equivalents").
  // (A ratio's form is marked: "ACL to loans" is no form of "Allowance for credit losses on loans".)
  const form = (text: string) => nameStems(rename(normalise(text))).join(' ') + (dividesBy(text) ? ' /' : '');
  const labels = new Set([...kb.metrics.values()].flatMap((m) => m.labels.map(form)));
  const defined = withDefinedElsewhere(definedAbbreviations(kb.texts.map((t) => t.text)), elsewhere);
  const taken = takenWords(kb);
  const catalog = catalogFor([...kb.metrics.values()].map((m) => m.label));
  // (A family's name the release says only of the owners' share is that line's: naming/holders.ts.)
  const owners = ownersTerms(kb);
  for (const m of kb.metrics.values()) {
    add(m.label, m.id);
    const ctx = { parent: m.parent ? kb.metrics.get(m.parent)?.label : undefined, defined, taken };
    const said = namingLabels(m);
    const own = new Set(said.map(form));
    for (const l of said) for (const n of heardNames(l, ctx)) if ((!labels.has(form(n)) || own.has(form(n))) && !anotherMeasure(l, normalise(n))) add(n, m.id);
    for (const l of said) for (const n of kb.aliases.get(l.toLowerCase()) ?? []) add(n, m.id);
    // A label defining its own short form, "EBIT after rent (EBITaR)", is heard by it alone.
    for (const l of said) for (const short of definedAbbreviations([l]).values()) add(short, m.id);
    for (const l of said) {
      add(l, m.id);
      // "Interest income, net" is "interest income" to a reader, "Other comprehensive (loss) income"
      // is "other comprehensive income"; a current line and its non-current twin share a name (the
      // answer gives each, labelled).
      const base = twinBase(l);
      for (const v of [base, base.replace(/, net$/i, ''), l.replace(/\s*\([^)]*\)\s*/g, ' ')]) if (v !== l) add(v, m.id);
      // ("tier 1 capital" is the "Tier I capital": a name number heard as digits too.)
      const digits = inDigits(l);
      if (digits) add(digits, m.id);
    }
    // (An entry matching the head of a line that divides it by another, "Net charge-offs to average loans", names that
    // line by its ratio names alone: "nco ratio", never "net charge offs".)
    const ratio = dividesBy(m.label);
    for (const entry of catalog) {
      if ([m.label, ...m.labels, m.id].some((l) => entry.match.test(l) && !leavesOut(entry.match, l))) for (const n of entry.names) if ((!ratio || asksRatio(n)) && (owners.get(n) ?? m.id) === m.id) add(n, m.id);
    }
  }
  headNames(kb, (text) => byText.has(rename(normalise(text))), add);
  firstNames(kb, (text) => byText.has(rename(normalise(text))), add);
  usedInitials(kb, (text) => byText.has(rename(normalise(text))), add);
  formulaNames(kb, add);
  splitNames(kb, add);
  holderNames(kb, (text) => byText.has(rename(normalise(text))), add);
  return [...byText.values()];
}

