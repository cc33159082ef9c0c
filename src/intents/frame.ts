// The Frame: the complete, typed contract a handler answers from: what was asked, independent of
// wording. Handlers never read the question text; what its words change (a modifier, the topic to
// search, a count said) is here by name. `FRAME_CHECKS` are the frames no handler may answer, each a
// named rule with the reply that says why (a decline names its reason).
import type { Currency } from '../knowledge/fact.js';
import type { KnowledgeBase } from '../knowledge/kb.js';
import type { Period } from '../knowledge/period.js';
import type { Answer } from './answer.js';
import type { Lexicon } from './lexicon.js';
import type { MetricMatcher } from './recognisers/metrics.js';
import { EXCLUDE, type Sign } from './recognisers/expressions.js';
import { includedLeftOut } from './recognisers/added-back.js';
import type { ModifierName } from './recognisers/modifiers.js';
import type { Intent } from './recognisers/index.js';
import { DIFFERENCE, markPeriods, NET_FLOW, NO_CHANGE, NO_METRIC, PERIOD_DIFFERENCE, segmentWordOnly, TOPICAL, WHOLE_BEFORE, type Operation } from './recognisers/operations.js';
import { unknown } from './reply.js';
import { otherCurrencyChange, otherNamed } from './frame-currency.js';
import { transform } from './frame-transform.js';
import { partsNotSplit } from './parts-asked.js';
import { mismatch } from './kinds-asked.js';
import { paidOut } from './lookup.js';
import { shareChange } from './handlers/share.js';
import { statedItem } from './handlers/stated-item.js';
import { blank, contentTokens } from './text.js';

export type Basis = 'yoy' | 'qoq';

export interface Frame {
  op: Operation;
  /** The handler that answers: the operation's own, or commentary for guidance on a topic no figure takes. */
  answerAs: Operation;
  /** Items of the question's list no name claims, as the asker wrote them: set aside, and named in the reply. */
  unclaimed?: string[];
  /** Metric ids, in question order (ambiguities settled); a share's part before its whole. */
  metrics: string[];
  /** Where in the question each metric was named, for the roles words give them ("% of X"). */
  at: Map<string, number>;
  /** Periods, resolved, in question order; the release's quarter when none was named. */
  periods: Period[];
  /** Whether the periods were named (or inherited from the thread), or defaulted. */
  periodsNamed: boolean;
  /** Whether the question named a period with its year ("Q1 2025"), not only a quarter ("the second quarter"). */
  yearNamed?: boolean;
  basis: Basis | null;
  /** Every basis a change question names ("YoY and QoQ"). */
  bases: Basis[];
  currency: Currency;
  /** Whether the question (or its thread) named the currency, rather than the release's own by default. */
  currencyAsked?: boolean;
  /** Asked in percentage points. */
  points: boolean;
  modifiers: Set<ModifierName>;
  /** The words a text search looks for (definitions, commentary): the question's, normalised. */
  topic: string;
  /** The metric named as the whole of a share ("share of X in Y", "% of Y"), where words say. */
  whole: string | null;
  /** Lines named as a family by their head word ("the four provision lines"). */
  family: string[];
  /** How many lines the question says ("all four"). */
  count: number | null;
  /** The lines of an expression that are subtracted or excluded, not added ("A minus B", "A ex X"). */
  signs: Map<string, Sign>;
}

/** What every handler is given: the frame and where to look figures up. */
export interface Ask extends Frame {
  kb: KnowledgeBase;
  matcher: MetricMatcher;
}

/** What the checks read: the frame, the question's spans, and whether the thread's operation was kept. */
export interface Checked {
  frame: Frame;
  intent: Intent;
  lex: Lexicon;
  kept: boolean;
  namedPeriods: number;
  wantsChange: boolean;
}

interface Check {
  name: string;
  applies(c: Checked): boolean;
  reply(c: Checked): Answer;
}

const labels = (c: Checked) => c.frame.metrics.map((id) => c.lex.matcher.label(id));
/** A balance a cash flow statement prints for its period ("…, end of period"): its columns' change is no flow. */
// (A balance sheet line's change since a date asked is that line's own net change: answered as such.)
const isBalance = (lex: Lexicon, id: string) => /\b(?:end|beginning) of (?:the )?(?:period|year|quarter)\b/i.test(lex.matcher.label(id));
/** The release's own net flow lines ("Net (decrease) increase in cash and cash equivalents"). */
const flowLines = (lex: Lexicon) => [...lex.kb.metrics.values()].map((m) => m.label).filter((l) => /^net\b[^,]*\b(?:increase|decrease|change)\b/i.test(l));

/** A minus or plus right before a name, with no line the frame answers named before it. */
function operatorBefore(c: Checked, start: number): boolean {
  const before = c.intent.text.slice(0, start);
  const op = /(?:^|\s)(?:minus|less|plus|\+)[\s(]*$/.exec(before);
  // (A follow-up's operand, "minus financing income?" after revenue, is taken from the thread's line.)
  const thread = c.frame.metrics.length > c.intent.metrics.length;
  return op !== null && !thread && ![...c.frame.at.values()].some((at) => at < op.index) && !/\bless than\s*$/.test(before);
}

/** The words after the line's name: what an exclusion takes out ("excluding the land sale gain?"). */
const excluded = (c: Checked) => c.intent.text.slice(c.intent.metrics[0]!.end).trim();

export const FRAME_CHECKS: Check[] = [
  {
    // "Net change in cash" is the flow line the release prints, never a balance's change between two dates.
    name: 'a net change of a balance where the release prints a net flow line',
    applies: (c) => c.frame.op === 'change' && NET_FLOW.test(c.intent.text.toLowerCase()) && c.frame.metrics.some((id) => isBalance(c.lex, id)) && flowLines(c.lex).length > 0,
    reply: (c) => unknown(`You asked a net change: the release prints that as a line of its own (${flowLines(c.lex).join('; ')}). ${labels(c).join(', ')} is a balance, and its change between two dates is not that line: ask for the line by its name.`, 'not-understood'),
  },
  { name: '"how much of SBC was in S&M vs G&A": a split of a whole by lines the release places under another', applies: (c) => partsNotSplit(c) !== null, reply: (c) => partsNotSplit(c)! },
  {
    name: 'a difference with one side named',
    // (One line at the two periods just shown is that line's change: "diff between them" after two dates.)
    applies: (c) => DIFFERENCE.test(c.intent.rest) && c.frame.metrics.length < 2 && c.namedPeriods < 2 && !c.intent.basis && !(c.frame.op === 'change' && c.frame.periods.length === 2),
    reply: (c) => unknown(`I could tell only one side of that difference (${labels(c).join(', ') || 'none'}). Name both figures as the release does, e.g. "difference between S&M and G&A".`, 'not-understood'),
  },
  {
    // (An operator right after a name, not inside one ("capital-light + ICE + other tech volume"), nor between periods ("1Q24 minus 1Q23").)
    name: 'a sum or difference with one side named',
    applies: (c) => c.frame.metrics.length < 2 && c.frame.family.length < 2 && c.intent.metrics.some((m) => /^[\s,)]*(?:\+|plus\b|minus\b)/.test(c.intent.bare.slice(m.end))) && !PERIOD_DIFFERENCE.test(markPeriods(c.intent.text, c.intent.bare)),
    reply: (c) => unknown(`I could tell only one side of that (${labels(c).join(', ') || 'none'}). Name each line as the release does, e.g. "cash and cash equivalents plus restricted cash".`, 'not-understood'),
  },
  {
    // ("capital heavy balance = total less cap light": "total" names no line, and the line after "less" is no difference of its own.)
    name: 'an operator with no line named before it',
    applies: (c) => c.intent.metrics.some((m) => operatorBefore(c, m.start)) && !PERIOD_DIFFERENCE.test(markPeriods(c.intent.text, c.intent.bare)),
    reply: (c) => {
      const m = c.intent.metrics.find((n) => operatorBefore(c, n.start))!;
      const [side, op] = /^(.*?)\s*(\S+)[\s(]*$/.exec(c.intent.text.slice(0, m.start).trim())!.slice(1) as [string, string];
      const what = side.trim() ? `which line "${side.trim()}" is` : 'which line comes first';
      return unknown(`I couldn't tell ${what}, on the other side of "${op}" from ${labels(c)[0] ?? 'that line'}. Name each line as the release does, e.g. "total outstanding loan balance minus capital-light loan balance".`, 'not-understood');
    },
  },
  {
    name: 'an exclusion naming no part of the line',
    applies: (c) => c.frame.op === 'sum' && c.intent.metrics.length > 0 && EXCLUDE.test(c.intent.text.slice(c.intent.metrics[0]!.end)) && ![...c.frame.signs.values()].includes('excluded'),
    // (An item one sentence states as an amount, "a R$ 6.9 million gain on the sale of land", is taken out of the line.)
    reply: (c) => statedItem(c.lex.kb, c.frame.metrics[0]!, c.frame.periods[0]!, excluded(c)) ?? unknown(`I couldn't tell which part of ${labels(c)[0] ?? 'that line'} to take out ("${excluded(c)}"): name a line the release shows as a part of it, or an amount it states.`, 'not-understood'),
  },
  {
    name: 'a share or ratio of a sum',
    // (The slash of a date, "3/31/24", divides nothing: the period-blanked text is read. Nor does one inside words,
    // "y/y", "gains/losses", "capital-light/ICE/tech": a slash divides where it stands between names, apart.)
    // ("A + B as % of C" names its whole: the sum handler gives that share.)
    applies: (c) => !c.kept && c.intent.ops.includes('sum') && ![...c.frame.signs.values()].includes('whole') && (c.intent.ops.includes('share') || c.intent.ops.includes('ratio') || /(?:^|\s)\/(?=\s|$)|divided by/.test(blank(c.intent.bare, c.intent.metrics))),
    reply: () => unknown('I can add lines up or give one as a share of another, not both at once: ask for the sum, then for each share.', 'out-of-scope'),
  },
  {
    // (A sum's handler gives its change: "rev ex referral fees, yoy growth".)
    name: 'a change of a share, ratio or breakdown',
    applies: (c) => !c.kept && c.wantsChange && c.frame.op !== 'sum' && c.intent.ops.some((o) => NO_CHANGE.includes(o) && o !== 'sum' && !(o === 'breakdown' && segmentWordOnly(c.intent.text, c.frame.metrics, c.lex.kb.metrics))) && (c.frame.op === 'change' || NO_CHANGE.includes(c.frame.op)),
    reply: (c) => shareChange(c) ?? unknown(`I can give the ${c.intent.ops.find((o) => NO_CHANGE.includes(o))} for each period, but not its change; ask for one period at a time.`, 'out-of-scope'),
  },
  {
    // No handler multiplies two figures; answering one of them would leave the product asked unsaid.
    name: 'a product of figures ("price times ADSs")',
    applies: (c) => PRODUCT.test(c.intent.rest),
    reply: () => unknown('I can add, subtract or divide figures of the release, not multiply them: ask for each figure.', 'out-of-scope'),
  },
  {
    // "A / B" answered with A and B each would leave the ratio asked unsaid (the slash of a date is blanked with it).
    name: 'a division between lines answered as their values',
    applies: (c) => c.frame.op === 'value' && c.frame.metrics.length >= 2 && DIVIDED.test(blank(c.intent.bare, c.intent.metrics)),
    reply: (c) => unknown(`I couldn't tell which of ${labels(c).join(', ')} that divides by which. Ask for one line divided by one other, e.g. "net income / total net revenue".`, 'not-understood'),
  },
  {
    // "CFO as a % of net income" with "CFO" not read: the whole's share of its own total would answer another ratio.
    name: 'a share with only its whole named ("X as a % of net income", X not read)',
    // (Words must stand there, or none at all: "what share of total loan volume went through ICE" names its part after.)
    applies: (c) => c.frame.op === 'share' && !c.kept && c.frame.metrics.length === 1 && c.frame.whole === c.frame.metrics[0] && (partWords(c).length > 0 || /^\s*(?:as\s+)?(?:an?\s+)?$/.test(partSide(c))),
    reply: (c) => {
      const words = partWords(c);
      const whole = labels(c)[0]!;
      if (!words.length) return unknown(`A share of ${whole} of what? Name the part as the release does, e.g. "X as % of ${whole.toLowerCase()}".`, 'not-understood');
      return unknown(`I don't know "${words.join(' ')}" as a line of the release, so I can't give it as a share of ${whole}.${c.lex.suggestions(words.join(' '))} Name the line as the release does.`, 'not-understood');
    },
  },
  {
    name: 'no figure named',
    applies: (c) => !c.frame.metrics.length && !NO_METRIC.includes(c.frame.op),
    // (Words not understood are named: a follow-up with one is not tied to the thread's line, and says why.)
    reply: (c) => unknown(`I couldn't tell which figure of the release you mean${strays(c, c.intent.bare).length ? ` (I don't know "${strays(c, c.intent.bare).map((t) => t.word).join(' ')}")` : ''}.${c.lex.suggestions(c.intent.text)} Say "help" for what I can answer.`, 'not-understood'),
  },
  {
    name: 'a figure the release does not print ("per user", "excluding", "average")',
    applies: (c) => (c.frame.op === 'value' || c.frame.op === 'change') && transform(c) !== null,
    reply: (c) => unknown(`The release doesn't give ${labels(c).join(' or ')} "${transform(c)} ..."; I can give the figure as printed. Ask for it without "${transform(c)}".`),
  },
  {
    // (A sum adds the part back to the line where the release prints it: recognisers/added-back.ts.)
    name: 'a line whose label leaves out what the question includes ("net debt including leases" of "Net debt excluding lease liabilities")',
    applies: (c) => ['value', 'change', 'compare'].includes(c.frame.op) && leftOutAsked(c) !== null,
    reply: (c) => {
      const label = c.lex.matcher.label(leftOutAsked(c)!);
      return unknown(`The release's ${label} leaves out the "${includedLeftOut(c.intent.text, label)}" you asked to include, and it prints no such total. Ask for ${label} as printed, or name the line to add to it.`, 'not-in-release');
    },
  },
  {
    name: 'a kind asked that the line is not ("the amount of loans" of a count, "how many" of an amount, "in dollars" of a rate)',
    applies: (c) => c.frame.op === 'value' && mismatch(c) !== null,
    reply: (c) => {
      const { id, asked, is } = mismatch(c)!;
      return unknown(`The release's ${c.lex.matcher.label(id)} is ${is}, not ${asked}; I won't give one for the other.`, 'not-in-release');
    },
  },
  {
    // A per-ADS figure is not a per-share one (an ADS holds several shares): never one for the other.
    name: 'a per-share basis asked that the line is not ("per ordinary share" of a per-ADS line)',
    applies: (c) => (c.frame.op === 'value' || c.frame.op === 'change') && otherBasis(c) !== null,
    reply: (c) => {
      const { id, asked } = otherBasis(c)!;
      return unknown(`The release gives ${c.lex.matcher.label(id)} (a figure per ${c.lex.perBasis(id)}), none per ${asked}; I won't give one for the other. Ask for it per ${c.lex.perBasis(id)} if that is what you mean.`, 'not-in-release');
    },
  },
  {
    // "How much did they spend on X" asks for an amount paid out: never a sales line or a per-share figure of that name.
    name: 'an amount spent asked of a line that is no amount paid out ("spend on services" of a sales line)',
    applies: (c) => c.frame.op === 'value' && SPEND.test(blank(c.intent.text, c.intent.metrics)) && c.frame.metrics.some((id) => c.lex.kindOf(id) !== 'money' || !paidOut(c.lex.kb, id)),
    reply: (c) => unknown(`${labels(c).join(', ')} ${c.frame.metrics.length > 1 ? 'are' : 'is'} no amount paid out in the release, so I won't give ${c.frame.metrics.length > 1 ? 'them' : 'it'} as an amount spent. Ask for the cost or payment line as the release names it.`, 'not-in-release'),
  },
  {
    name: 'a topic asked about in words the bot does not know',
    applies: (c) => !c.frame.metrics.length && TOPICAL.includes(c.frame.op) && strays(c).length > 0,
    reply: (c) => unknown(`I couldn't tell what "${strays(c).map((t) => t.word).join(' ')}" refers to in the release.${c.lex.suggestions(c.intent.text)} Say "help" for what I can answer.`, 'not-understood'),
  },
  {
    // (A midpoint is of a guided range; any other operation would drop it: "midpoint vs Q1 actual" answered Q1's changes.)
    name: 'a midpoint asked where no guidance is answered',
    applies: (c) => c.frame.modifiers.has('midpoint') && c.frame.op !== 'guidance',
    reply: () => unknown('A midpoint is of a range the release guides, and I read no guidance asked here, so I give no other figure for it. Ask for the guidance, then for the actual to set it against.', 'not-understood'),
  },
  {
    // ("Revenue in US$" beside the rupee line: "in US$" holds no name word, so "revenue" alone found it.)
    name: 'a line whose name says another currency than the one asked or reported ("Revenue in US$" for revenue in rupees)',
    applies: (c) => ['value', 'change', 'share', 'ratio', 'compare'].includes(c.frame.op) && otherNamed(c) !== null,
    reply: (c) => unknown(`The release's ${c.lex.matcher.label(otherNamed(c)!.id)} is a figure in ${otherNamed(c)!.code}, and ${c.frame.currencyAsked ? 'you asked in' : 'the release reports in'} ${c.frame.currency}: I won't give one for the other. Ask for it in ${otherNamed(c)!.code} if it is the line you mean.`, 'not-in-release'),
  },
  {
    name: 'a change, or the card of changes, in another currency than the release reports in',
    applies: (c) => c.frame.currency !== c.lex.kb.currency && (c.frame.op === 'change' || c.frame.op === 'summary'),
    reply: (c) => otherCurrencyChange(c.lex.kb, c.frame.currency, c.frame.op === 'summary'),
  },
];

/** A division asked between names: "A / B", "A ÷ B", "A divided by B". */
const DIVIDED = /\/|÷|\bdivided by\b/;

/** A verb of spending: what is asked is an amount paid out. */
const SPEND = /\b(?:spen[dt]|spending)\b/;

/** A product asked: "A times B", "multiplied by" ("how many times" asks a ratio). */
// (An "x" or "*" set apart between two terms, "price x ads", "3.4m * 19.3", multiplies them; "how many x is that" and "1.69x" are a multiple.)
const PRODUCT = /(?<!\bhow many )\btimes\b(?!\s+(?:as|more|larger|bigger|higher|greater|smaller|less|lower)\b)|\bmultipl(?:y|ied)\b|×|(?<!\bhow many\s*)(?:^|\s)[x*]\s+(?=[\w$(])|\d\s*\*\s*\d/;

const leftOutAsked = (c: Checked) => c.frame.metrics.find((id) => includedLeftOut(c.intent.text, c.lex.matcher.label(id)) !== null) ?? null;

/** "per (ordinary) share", "per ADS": the bases a question's words ask for. */
const PER_BASIS = /\bper (?:class [a-z] )?(?:common |ordinary )?(share|ads|american depositary share)s?\b/g;

/** The first per-share line whose basis (share or ADS) is none the question asks for, or null. */
function otherBasis(c: Checked): { id: string; asked: string } | null {
  const asked: string[] = [...c.intent.text.matchAll(PER_BASIS)].map((m) => (m[1] === 'share' ? 'share' : 'ADS'));
  if (!asked.length) return null;
  const id = c.frame.metrics.find((m) => c.lex.perBasis(m) !== null && !asked.includes(c.lex.perBasis(m)!));
  return id ? { id, asked: asked[0] === 'share' ? 'ordinary share' : 'ADS' } : null;
}

/** The words where a share's part would stand, before "as a % of" its whole: what was said but not read. */
const partSide = (c: Checked) => c.intent.bare.slice(0, c.frame.at.get(c.frame.metrics[0]!) ?? 0).replace(WHOLE_BEFORE, '');
function partWords(c: Checked): string[] {
  const before = partSide(c);
  return contentTokens(blank(before, c.intent.metrics.filter((m) => m.end <= before.length))).map((t) => t.word);
}

/** Words neither a name nor a known word (of the text with its periods read blanked, where a decline names them: never "ye25"). */
const strays = (c: Checked, text = c.intent.text) => c.lex.matcher.unexplained(text, c.intent.metrics).filter((t) => !c.lex.matcher.knows(t.word) && !/^\d/.test(t.word));

/** The reply of the first check a frame fails, or null. */
export function check(c: Checked): Answer | null {
  return FRAME_CHECKS.find((k) => k.applies(c))?.reply(c) ?? null;
}
