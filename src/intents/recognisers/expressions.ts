// The expression recogniser: arithmetic a question asks between the lines it names ("A plus B",
// "A + B − C", "opex ex provisions", "revenue excluding referral fees"). Each rule is a name, the
// pattern of what stands between two names, and the sign it gives the name after it. A name after an
// exclusion is taken out of the line before it, and only where the release's own tables show it as
// a part of that line (checked by the sum handler): an exclusion is never plain subtraction.
import type { KnowledgeBase } from '../../knowledge/kb.js';
import { NEUTRAL } from '../catalog.js';
import { familyOf } from '../families.js';
import type { Lexicon } from '../lexicon.js';
import { namesSomeItems } from './coordinated.js';
import type { MetricMatch } from './metrics.js';
import { contentTokens, nameStems, tokens } from '../text.js';

/**
 * How a line enters a sum: added, subtracted ("minus"), taken out of the line it is part of ("ex"), or
 * the whole the result is a share of ("S&M + G&A as % of revenue").
 */
export type Sign = 'plus' | 'minus' | 'excluded' | 'whole';

export interface OperatorRule {
  name: string;
  /** What stands between two names (tested on the text between them). */
  pattern: RegExp;
  sign: Sign;
}

/** Words that take a part out of a whole: "ex-SBC", "excluding", "other than V-pocket", "not under X" (the one list; the sum cue uses it too). */
/** Words that leave a part out, in a line's label as in a question ("excluding", "ex", "other than"). */
export const LEAVING_OUT = 'ex|excl\\.?|excluding|exclusive of|other than|except(?: for)?|without';
/** A label's words that leave a part out: "Capital expenditures - excluding equipment leased to others". */
export const LEAVES_OUT = new RegExp(String.raw`(?:^|[\s,(-])(?:${LEAVING_OUT}|not including)\s+(.+)$`, 'i');
export const EXCLUSION_WORDS = `${LEAVING_OUT}|apart from|leaving out|not counting|not (?:under|through|via)`;
export const EXCLUDE = new RegExp(`(?:^|\\s|\\()(?:${EXCLUSION_WORDS})(?=[\\s-]|$)`);

export const OPERATOR_RULES: OperatorRule[] = [
  { name: 'an exclusion: the part taken out of the line before', pattern: EXCLUDE, sign: 'excluded' },
  // "Profit before tax before exceptional items": a line named right after "before" is taken out, never
  // shown beside the reported figure ("before tax" inside a line's own name is part of that name).
  { name: 'before a line: "A before B", "A pre B"', pattern: /^[\s,(]*(?:before|pre)[\s(-]*$/, sign: 'excluded' },
  // (A dash is no minus: normalised text has one dash for all, and "—" sets a clause apart.)
  { name: 'minus: "A minus B", "A less B"', pattern: /^[\s,(]*(?:minus|less(?! than))[\s(]*$/, sign: 'minus' },
  { name: 'plus: "A plus B", "A + B"', pattern: /^[\s,(]*(?:plus|\+|and also)[\s(]*$/, sign: 'plus' },
];

/** A list going on ("ex S&M and G&A", "ex S&M, G&A"): the name after it keeps the sign before. */
const LIST_GOES_ON = /^[\s,]*(?:and|&|or)?[\s,]*$/;

/** A bracket opened before a name with no operator: the name is the asker's for the result ("... (the CFO's total cash)"), no term. */
export const NAMES_RESULT = /\([^)+]*$/;

type Span = { start: number; end: number };

/** Whether the question asks for arithmetic between lines: an operator stands between two of its names, or an exclusion after one. */
export function isExpression(text: string, names: { start: number; end: number }[]): boolean {
  if (!names.length) return false;
  if (EXCLUDE.test(text.slice(names[0]!.end))) return true;
  return names.some((a, k) => k > 0 && OPERATOR_RULES.some((r) => r.sign !== 'plus' && r.pattern.test(text.slice(names[k - 1]!.end, a.start))));
}

/** The sign of each name, in order: the first is added; each after by the operator before it. */
export function signsOf(text: string, names: { start: number; end: number }[]): Sign[] {
  const signs: Sign[] = [];
  names.forEach((n, k) => {
    if (k === 0) return signs.push('plus');
    const gap = text.slice(names[k - 1]!.end, n.start);
    const rule = NAMES_RESULT.test(gap) ? undefined : OPERATOR_RULES.find((r) => r.pattern.test(gap));
    signs.push(rule ? rule.sign : LIST_GOES_ON.test(gap) ? signs[k - 1]! : 'plus');
  });
  return signs;
}

/** An operator before a family's head word: "ex all provisions", "plus all provisions". */
const BEFORE_FAMILY: OperatorRule[] = [OPERATOR_RULES[0]!, ...OPERATOR_RULES.slice(1).map((r) => ({ ...r, pattern: new RegExp(r.pattern.source.replace(/\$$/, '')) }))];

/**
 * The lines a family's head word names after an operator that follows the last name ("opex ex
 * provisions", "income from operations plus all provisions"): the family's members, with the operator's
 * sign; after an exclusion, only the members that are parts of the line before it.
 */
function familyAfter(kb: KnowledgeBase, text: string, after: number, base: string, listed?: Sign): { ids: string[]; sign: Sign } {
  const rest = text.slice(after);
  const head = rest.split(/\b(?:all|the|of|its)\b/)[0]!;
  const rule = BEFORE_FAMILY.find((r) => r.pattern.test(head));
  // (A family listed after a line taken out, "opex ex funding costs and provisions", is taken out with it.)
  const sign = rule?.sign ?? (listed && listed !== 'plus' && LIST_NEXT.test(rest) ? listed : undefined);
  if (!sign) return { ids: [], sign: 'plus' };
  // (The family's word is read after its operator, however far: "opex lines in Q1 2024 (excluding provisions)".)
  const cue = rule?.pattern.exec(head);
  const words = tokens(rest.slice(cue ? cue.index + cue[0].length : 0)).slice(0, 4);
  const members = words.map((t) => familyOf(kb, t)).find((m) => m.length) ?? [];
  return { ids: sign === 'excluded' ? members.filter((id) => isPartOf(kb, id, base)) : members.filter((id) => id !== base), sign };
}

/** A gap ending with a list mark: "excluding provisions and ", "ex provisions, ". */
const ITEM_ENDS = /\w[\s)]*(?:,|&|\b(?:and|or))\s*$/;
/** A list going on before a family word: "... and provisions", ", all provisions". */
const LIST_NEXT = /^[\s,]*(?:and|&)?\s*(?:all\s+)?(?:the\s+)?\S+\s*[?.!]*$/;

/**
 * The family a family word names in the gap after any name, not only the last ("opex excluding provisions and funding
 * costs": the provision lines, taken out of opex beside funding costs). Taken out of the whole: the nearest name before
 * the gap that is itself added, never a line taken out.
 */
export function familyInGaps(kb: KnowledgeBase, text: string, names: Span[], lineOf: (n: Span) => string | undefined): { ids: string[]; sign: Sign } {
  const signs = signsOf(text, names);
  for (const [k, n] of names.entries()) {
    const whole = names.slice(0, k + 1).filter((_, j) => signs[j] === 'plus').at(-1);
    const base = whole && lineOf(whole);
    const end = names[k + 1]?.start ?? text.length;
    // (Before another name, a family word is an item of the list only where a list mark follows it: in "non-GAAP NI
    // minus GAAP NI", "GAAP" is the next name's qualifier.)
    const item = end === text.length || ITEM_ENDS.test(text.slice(n.end, end));
    const found = base && item ? familyAfter(kb, text.slice(0, end), n.end, base, signs[k]) : null;
    if (found?.ids.length) return found;
  }
  return { ids: [], sign: 'plus' };
}

/** The line a line is part of: the table line it adds up into, else the one the prose states it a part of. */
export const wholeOf = (kb: KnowledgeBase, id: string) => kb.metrics.get(id)?.parent ?? kb.metrics.get(id)?.partOf;


/** Whether `part` adds up into `whole` in the release's tables, or the prose states it a part, directly or further up. */
export function isPartOf(kb: KnowledgeBase, part: string, whole: string): boolean {
  for (let p = wholeOf(kb, part); p; p = wholeOf(kb, p)) if (p === whole) return true;
  return false;
}

/**
 * Of the lines a run of words names ("other technology solutions": its volume, its balance), the one
 * kin to a line already named: a part of it, or a part of the same whole ("ICE volume and other
 * technology solutions" is the other part of ICE volume's whole). All of them where not exactly one is.
 */
export function kinOf(kb: KnowledgeBase, ids: string[], named: string[]): string[] {
  const kin = ids.filter((id) => named.some((n) => isPartOf(kb, id, n) || (wholeOf(kb, id) !== undefined && wholeOf(kb, id) === wholeOf(kb, n))));
  return kin.length === 1 ? kin : ids;
}

/** What joins two sides that share a trailing head: "stand-ready plus contingent guarantee liabilities", "basic minus diluted EPADS". */
const JOIN = /^\s*(?:\+|plus|and|&|or|minus|vs\.?|versus)\s*$/;

/** Where each item of a list before a join starts: "operating, investing" → the offsets of each. */
function listItems(text: string, from: number, to: number): number[] {
  const starts = [from];
  for (const sep of text.slice(from, to).matchAll(/,|\band\b|&/g)) starts.push(from + sep.index! + sep[0].length);
  return starts.filter((at) => /\w/.test(text.slice(at, starts.find((x) => x > at) ?? to)));
}

/**
 * A head shared from the right: in "stand-ready plus contingent guarantee liabilities" the words before
 * "plus" name no line alone, and with the name after it less its first word ("guarantee liabilities")
 * the stand-ready line. Added as a name where exactly one line goes by those words; a name of several
 * lines before it ("basic" in "basic and diluted EPS") narrowed to the one that goes by the head.
 */
export function shareTail(lex: Lexicon, text: string, matches: MetricMatch[]): MetricMatch[] {
  const out = [...matches];
  for (const m of matches) {
    const before = text.slice(0, m.start);
    const join = /(?:\+|\bplus|\band|&|\bor|\bminus|\bvs\.?|\bversus)\s*$/.exec(before);
    if (!join || !JOIN.test(before.slice(join.index))) continue;
    const head = nameStems(text.slice(m.start, m.end)).slice(1);
    // A name of several lines right before ("basic and diluted EPS"): the one that goes by the head too.
    const prev = matches.find((x) => x.end <= join.index && !/\S/.test(text.slice(x.end, join.index)));
    if (prev && prev.ids.length > 1) {
      const fits = lex.matcher.refine([...nameStems(text.slice(prev.start, prev.end)), ...head]).filter((id) => prev.ids.includes(id));
      const one = fits.length > 1 && m.ids.length === 1 ? closest(lex, fits, m.ids[0]!) : fits;
      if (head.length && one.length === 1) out[out.indexOf(prev)] = { ...prev, ids: one };
      continue;
    }
    const prevEnd = Math.max(0, ...matches.filter((x) => x.end <= join.index).map((x) => x.end));
    // A list before the join ("operating, investing and financing cash flows"): each item with the head is a line.
    const starts = listItems(text, prevEnd, join.index);
    const lines = starts.map((at, k) => {
      const own = contentTokens(text.slice(at, starts[k + 1] ?? join.index)).filter((t) => lex.matcher.isNameWord(t.word) && !NEUTRAL.has(t.stem));
      // The head shared is the name's last words, as few as two: "ICE plus other tech solutions facilitation volume" shares "facilitation volume".
      // (Nor a line listing the item among others, "... capital-light model, ICE and other technology solutions": a head
      // taken long holds the next item's words. Where only such lines fit, the name's last word alone is the head.)
      const said = new Set(own.map((t) => t.stem));
      let listing = false;
      const fitting = (h: string[]) => {
        const ids = lex.matcher.refine([...said, ...h]).filter((id) => !m.ids.includes(id));
        const alone = ids.filter((id) => !namesSomeItems(lex.matcher.label(id), said));
        listing ||= alone.length < ids.length;
        return alone;
      };
      const heads = head.map((_, j) => head.slice(j)).filter((h) => h.length >= 2);
      const line = own.length && own.length <= 3 ? (heads.map(fitting).find((ids) => ids.length > 0) ?? (listing ? fitting(head.slice(-1)) : [])) : [];
      return line.length === 1 ? { ids: line, name: text.slice(at + own[0]!.start, at + own[own.length - 1]!.end), start: at + own[0]!.start, end: at + own[own.length - 1]!.end, exact: true } : null;
    });
    if (lines.length && lines.every(Boolean)) out.push(...(lines as MetricMatch[]));
  }
  return out.sort((a, b) => a.start - b.start);
}

/** An operator word or sign, which makes a span of the question a formula. */
// ("over" of "year over year" is a basis, no operator.)
const OPERATOR = /\+|\/|÷|\b(?:plus|minus|less(?! than)|ex|excl|excluding|other than|divided by|(?<!\b(?:year|quarter|month|period)[-\s])over|per)\b/;
const BRACKET = /\(([^()]+)\)/g;
/** A formula spelled out after the asker's name for it: "(A minus B)", ": A plus B", "- A plus B", "i.e. A ex B". */
const SPELLED = [BRACKET, /(?::|\s-\s|\bi\.?e\.?,?)\s*([^()]+)$/g];
/**
 * After a comma, only two names with the operator alone between them are a formula ("payout ratio for the qtr,
 * dividend per share over AFFO per share"): a comma also lists names ("facilitation, origination and servicing").
 */
const COMMA = /,\s*([^(),]+)$/g;
const BETWEEN = new RegExp(`^\\s*(?:${OPERATOR.source})\\s*$`);

/**
 * The asker's own name for a formula the question spells out, which is no line to look up: "working
 * capital" in "working capital (current assets minus current liabilities)", "non-operating items" in
 * "pre-tax income minus op income (non-operating items)". The name holds a word that is no line's
 * (else it is a line's name shared into the formula); a formula has a name and an operator. Its span, or null.
 * `names`: the names `match` finds in the whole text (the caller's, which it reads too).
 */
export function formulaName(text: string, names: (Span & { ids?: string[] })[], match: (text: string) => Span[], ownWord: (word: string) => boolean): Span | null {
  for (const re of [...SPELLED, COMMA]) {
    for (const m of text.matchAll(re)) {
      const from = m.index! + m[0].indexOf(m[1]!);
      const to = from + m[1]!.length;
      // The formula's names as it alone says them (a name of the whole text may straddle its bracket).
      const inside = match(' '.repeat(from) + m[1]!);
      // (A formula of one name and a family of lines counts: "income from ops plus all provisions".)
      const formula = re === COMMA ? inside.length === 2 && BETWEEN.test(text.slice(inside[0]!.end, inside[1]!.start)) : inside.length > 0 && OPERATOR.test(text.slice(inside[0]!.end, to));
      // (Words all known before a formula are a line's name shared into it: "other services fees (credit driven + platform)".)
      const before = names.filter((n) => n.end <= m.index!);
      if (formula && (tokens(text.slice(0, m.index!)).some((t) => ownWord(t.word)) || namesItsResult(text, before, inside))) return { start: 0, end: m.index! };
      const after = names.some((n) => n.end > from);
      const formulaBefore = before.length >= 2 && OPERATOR.test(text.slice(before[0]!.end, m.index!));
      if (re === BRACKET && !inside.length && !after && formulaBefore && tokens(m[1]!).some((t) => ownWord(t.word))) return { start: m.index!, end: m.index! + m[0].length };
    }
  }
  return null;
}

/**
 * Whether one line named alone before a bracket is the asker's name for the formula inside it: "implied SBC (non-GAAP NI
 * minus NI)" asks the difference, never SBC added to it. The formula stands on its own (two names, an operator other than a plus between);
 * a name of several lines before a bracket is narrowed by it instead ("other services fees (credit driven + platform)").
 */
function namesItsResult(text: string, before: (Span & { ids?: string[] })[], inside: Span[]): boolean {
  const gap = inside.length >= 2 ? text.slice(inside[0]!.end, inside[1]!.start) : '';
  // (A sum in brackets after a line spells out its parts, checked as such: refiners/terms.ts, bracketNamed.)
  // (No line named whole before it, "non-GAAP opex (total costs less SBC)" whose name runs into the bracket, names the result too.)
  return before.length <= 1 && (before[0]?.ids?.length ?? 1) === 1 && OPERATOR.test(gap) && !/^\s*(?:\+|plus)\s*$/.test(gap);
}

/** The one line whose label shares most words with `like`'s, by a margin ("basic" beside the per-ADS diluted line: the per-ADS basic one). */
export function closest(lex: Lexicon, ids: string[], like: string): string[] {
  const own = new Set(lex.matcher.labelStems(like));
  const scored = ids.map((id) => ({ id, n: [...new Set(lex.matcher.labelStems(id))].filter((w) => own.has(w)).length })).sort((a, b) => b.n - a.n);
  return scored.length && scored[0]!.n > (scored[1]?.n ?? -1) ? [scored[0]!.id] : ids;
}
