// Parts of a whole named in a sentence without a metric of their own: a region or segment that opens
// the sentence ("In the Americas, revenue increased 4.2%") qualifies every figure of it; one named
// before a change ("Group revenue rose 5.2%, with the Americas up 4.2%") makes that change the part's,
// which the reader cannot name, so it stays a statement rather than the group's figure.
import { prosePeriods } from './periods.js';
import { headingNote } from '../numbers.js';
import { periodKey, type Period } from '../period.js';

/** A sentence's locative lead-in: "In the Americas,", "For our Industrial segment,", "Across Europe,". */
const LEAD = /^\s*(?:in|for|within|across|at)\s+((?:the\s+|our\s+|its\s+)?[^,]{2,50}?)\s*,/i;
/** Lead-ins that name no part: manners, totals, comparisons. */
const NO_PART = /\b(?:addition|total|summary|aggregate|constant currency|comparison|contrast|particular|general|line with|short|response|light|terms|view|connection|accordance|the meantime|conclusion|each case|both|all)\b/i;
/** Words that name a part of a business or of the world. */
const PART_WORD = /\b(?:segments?|divisions?|regions?|markets?|business(?:es)?|units?|countries|country|operations)\b/i;

/** The part a sentence's lead-in names, or null. `anchor` resolves period words, which name no part. */
export function leadPart(sentence: string, anchor: Period): string | null {
  const m = LEAD.exec(sentence);
  if (!m) return null;
  const words = m[1]!.trim();
  if (NO_PART.test(words) || /\d/.test(words) || prosePeriods(words, anchor, true).length) return null;
  const named = words.replace(/^(?:the|our|its)\s+/i, '');
  return /\b[A-Z][a-z]/.test(named) || PART_WORD.test(named) ? words.replace(/^(?:our|its)\s+/i, 'the ') : null;
}

/**
 * What a bracket ending a heading says when it names no part: the end of a period ("(ending April 26, 2026)"),
 * a basis or unit ("(% of net premiums earned)", "(in percent)"), a remark or a sentence ("(unaudited)",
 * "(Amounts less than one million yen are rounded down)"). (A period's name, "(H1 FY26)", still sets its
 * section's figures apart from the quarter's lines, as it always has.)
 */
const NO_MARKET = /[%$€£¥₹]|\b(?:ending|ended|in|per|except|unless|unaudited|audited|restated|amounts?|percent(?:age)?s?|ratios?|figures|are|is|were|was|rounded|non-gaap|gaap|ifrs)\b/i;

/** A bracket that is only a status word: of the accounts ("(consolidated)", "(continued)") or of an outlook ("(UNCHANGED)"). */
const STATUS = /^(?:consolidated|continued|cont['’]?d|amended|preliminary|as reported|unchanged|revised|updated|reaffirmed|reiterated|confirmed|maintained|raised|lowered|narrowed|new)$/i;

/**
 * The market or segment a section's heading names in brackets ("Business Highlights (China Market)"): a short
 * name, never a note ("UNDERWRITING RATIOS (% of net premiums earned)"), or undefined.
 */
export function sectionMarket(section: string): string | undefined {
  const inside = /\(([^()]+)\)\s*$/.exec(section)?.[1]?.trim();
  if (!inside || headingNote(section) || NO_MARKET.test(inside) || STATUS.test(inside) || inside.split(/\s+/).length > 4) return undefined;
  return inside;
}

/** Words around a change that say nothing of whose it is. */
const FILLER = /\b(?:and|with|while|whereas|but|or|the|its|our|their|it|this|that|which|was|were|is|are|also|further|respectively|significantly|slightly|approximately|about|nearly|almost|strongly|year|quarter|over|on|sequentially|yoy|qoq|an?|by|of|representing|compared|to)\b|[-,;:()]/gi;

/** Whether the words before a change's cue name something else than the sentence's subject ("with the Americas"). */
export function namesOtherPart(before: string): boolean {
  // Only the change's own clause: "..., or $1.42 per diluted share, an increase of" names nothing new.
  return /[A-Za-z]{2}/.test(before.split(',').pop()!.replace(FILLER, ' '));
}

/** A profit line's share of revenue is its margin: "Adjusted EBITDA: EUR 244 million, 19.8% of total revenue". */
export function marginOf(part: string, whole: string): string | null {
  const profit = /\b(?:ebitda|ebit|operating (?:income|profit)|net (?:income|profit)|gross profit|profit|earnings)$/i.test(part);
  return profit && /^(?:the total|(?:total |net |group )*(?:revenues?|sales))$/i.test(whole) && !/\bmargin\b/i.test(part) ? `${part} margin` : null;
}

/**
 * Why a figure's period is not its own, or null: a month is the date of an act ("In August 2024, the
 * Board authorized a program of up to $200 million"), and a sum "since" a start with no date of its own
 * ("Since the program's launch ... a total of US$68.5 million") is of no period the reader knows.
 */
export function undatedTerm(sentence: string, period: Period): string | null {
  if (period.kind === 'duration' && period.months === 1) return 'a figure dated only by the month of an act (a program announced, authorized): kept as a statement';
  if (/^\s*since\b/i.test(sentence) && period.kind === 'duration' && !/\bas of\b/i.test(sentence)) return `a cumulative figure since a start, not of ${periodKey(period)}: kept as a statement`;
  return null;
}

/**
 * The words before an amount that make it a buyback plan's size, each rule named: a ceiling ("authorized the
 * repurchase of up to $150.0 million"), an authorization ("the Board authorized $200 million"), an approval
 * ("approved a share buyback of $90 million"), a plan's amount ("a program of $250 million"). Amounts said to be
 * repurchased or returned in a period ("repurchased 1.4 million shares for $38.6 million") match none.
 */
const PLAN_SIZE_RULES: { name: string; before: RegExp }[] = [
  { name: 'a ceiling', before: /\b(?:up to|a maximum of|not (?:to )?exceed(?:ing)?)\s*$/i },
  { name: 'an authorization', before: /\bauthori[sz]ed\s+(?:(?:the|a)\s+)?(?:(?:share|stock)\s+)?(?:(?:re)?purchases?|buy-?\s?backs?)?\s*(?:of\s+)?$/i },
  { name: 'an approval', before: /\bapproved\s+(?:(?:an?|the)\s+)?(?:new\s+)?(?:(?:share|stock)\s+)?(?:repurchases?|buy-?\s?backs?)\s+(?:(?:plan|program(?:me)?)\s+)?of\s+$/i },
  { name: "a plan's amount", before: /\b(?:plan|program(?:me)?|authori[sz]ation)\s+(?:of|for)\s+(?:approximately\s+|about\s+)?$/i },
];
// (A Canadian normal course issuer bid buys "for cancellation": its "up to 20,000,000 common shares" is its ceiling, no shares bought.)
const BUYBACK = /\brepurchas|\bbuy[- ]?backs?\b|\bbought back\b|\bissuer bid\b|\bpurchased? for cancellation\b/i;
/** Already named for the plan itself: "share repurchase program", "its authorization", "the plan's size". */
const NAMES_PLAN = /\b(?:plan|program(?:me)?|authori[sz]ation|size|limit)\b/i;
/** A name that is the buyback alone, "repurchase", "share buyback": the plan's size is its authorization. */
const BUYBACK_ALONE = /^(?:the\s+)?(?:(?:share|stock)\s+)?(?:repurchases?|buy-?\s?backs?)$/i;

/** What a plan buys said after its size, where it is debt: "of the Company's 2029 convertible senior notes". */
const DEBT_BOUGHT = /^\s*(?:million|billion|thousand|m|bn)?\s*of\s+(?:(?:the|its|our)\s+)?(?:company['’]s\s+)?((?:[\w.%-]+\s+){0,4}?(?:notes|debentures|bonds))\b/i;

/** The rule that makes an amount a buyback plan's size, or null. */
const planSizeRule = (sentence: string, pre: string): string | null => (BUYBACK.test(sentence) ? PLAN_SIZE_RULES.find((r) => r.before.test(pre))?.name ?? null : null);

/**
 * A buyback plan's size is never an amount bought in a period: named as its authorization, so no reader takes
 * the $150.0 million a board allowed for the $38.6 million the quarter bought. The buyback alone is the
 * "share repurchase authorization", a plan's own line (its questions are the buyback's).
 */
export function ceilingName(sentence: string, pre: string, label: string, post = ''): string {
  if (!planSizeRule(sentence, pre) || NAMES_PLAN.test(label)) return label;
  // A plan buying back notes or bonds ("up to $25.0 million of the Company's 2029 convertible senior notes") buys no shares.
  const debt = DEBT_BOUGHT.exec(post);
  if (debt) return `${debt[1]} repurchase authorization`;
  return BUYBACK_ALONE.test(label.trim()) ? 'share repurchase authorization' : `${label} authorization`;
}
