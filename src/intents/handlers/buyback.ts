// Share repurchases: the figure asked, for the plan asked ("the 2023 plan": by the year its label
// names), and what is arithmetic on stated figures computed: the authorisation left is the plan's size
// less the amount spent under it, as of the date of that amount. Dates and terms ("when did it start",
// "how much was used" where no figure says) are quoted from the plan's own sentences.
import type { Fact, TextFact } from '../../knowledge/fact.js';
import type { KnowledgeBase } from '../../knowledge/kb.js';
import { amount } from '../../knowledge/fact.js';
import { inCurrency } from './plan-currency.js';
import { planShares, spentShares } from './plan-share.js';
import { amountBeside, isPrice, partsBeside, priceBeside, type PlanParts } from './buyback-parts.js';
import { afterBuyback, commaGrouped, LEFT, planStatements, PROGRESS, REPURCHASE, unreadAmounts } from './buyback-words.js';
import { periodEnd } from '../../knowledge/period.js';
import { ofPeriodNamed, onePeriodEach, spanNamed } from './one-period.js';
import { labelOf, otherPlansOnly, plansAsked, yearOf } from './plan-years.js';
import type { Answer } from '../answer.js';
import type { Ask } from '../frame.js';
import { derived, figure, raw, when } from '../format.js';
import { asSaid, citationKey, Reply, title, unknown, type Handler } from '../reply.js';
import { otherPeriod } from './facts-of.js';
import { isOutgoing } from '../lookup.js';
import { oneAfterAnother } from './index.js';
import { value } from './value.js';
import { literal } from '../../knowledge/literal.js';
import { periodMentions } from '../../knowledge/period-grammar.js';
import { resolveRef } from '../../knowledge/period-resolvers.js';
import { amountsOnly, boughtInWords, NO_SIZE, noneBought, saidOnly, sizeInWords } from './buyback-said.js';
import { OTHER_PARTS, planBySize, sizedInShares } from './buyback-sized.js';
import { boughtOf, holds, isSize, isSpent, sentenceOf, spentOf, tokens, tokensIn } from './buyback-roles.js';
import { leftSinceStart } from './buyback-since.js';

/** What a plan's figure is, said beside its label; an amount spent labelled as a whole ("total amount") is never read as the plan's size. */
const WHOLE = /\b(?:total|aggregate)\b/i;
const roleSaid = (ask: Ask, f: Fact) => (isSize(ask, f) ? " (the plan's size)" : f.unit.kind === 'money' && isSpent(ask, f) && WHOLE.test(labelOf(ask, f)) ? ' (the amount spent under the plan)' : '');
/** The one fact of a kind: two plans' figures that no year tells apart are no pair. */
const one = (fs: Fact[]) => (fs.length === 1 ? fs[0] : undefined);

/**
 * "How much is left": size − spent for each plan that states both, in money, or in shares where "how many"
 * is asked. Either is left only against what was bought to a date ("as of September 30, had repurchased
 * 1.25 million", "by 30 June ... for £14.2m"), else one said since the plan started: a quarter's purchases are not all it has used.
 */
function remaining(ask: Ask, facts: Fact[]): Reply | null {
  const reply = new Reply(ask.kb);
  // (A plan sized in shares only is left in shares, however "how much" is asked; "how many" of the shares bought asks no count left. One
  // sized in money too, in words no figure read, "up to 1,500,000 shares ... for up to ¥6,000 million", is not sized in shares only.)
  const inMoney = (f: Fact) => isSize(ask, f) && (f.unit.kind === 'money' || tokensIn(sentenceOf(ask, f), 'size').some((t) => t.currency));
  const kind = (ask.modifiers.has('how-many') && !ask.modifiers.has('count-bought')) || !facts.some(inMoney) ? 'count' : 'money';
  const ofKind = facts.filter((f) => f.unit.kind === kind);
  for (const year of [...new Set(ofKind.map((f) => yearOf(ask, f)))]) {
    const size = one(ofKind.filter((f) => yearOf(ask, f) === year && isSize(ask, f)));
    const spent = one(ofKind.filter((f) => yearOf(ask, f) === year && isSpent(ask, f) && f.period.kind === 'instant'));
    if (!size || !spent || !sameUnit(size, spent)) continue;
    const left = amount(size).minus(amount(spent));
    const plan = year ? `${year} plan` : 'plan';
    reply.cite(size, spent).about(spent.period);
    // (A plan's size is its exact authorisation, "up to US$75 million": the result is as fine as the amount spent.)
    reply.derive(`${title(plan)} remaining`, derived(left, spent), `${figure(size)} − ${figure(spent)}`);
    // In another currency asked, each figure at the release's rate.
    const l = inCurrency(ask, { ...spent, value: left.div('scale' in spent.unit ? spent.unit.scale : 1) }, reply, `${title(plan)} remaining`);
    const [z, x] = [size, spent].map((f) => inCurrency(ask, f, reply));
    if (!l || !z || !x) return null;
    const shares = ask.modifiers.has('of-plan') ? `; ${planShares(reply, plan, size, amount(spent), { used: figure(spent), left: derived(left, spent) })}` : '';
    reply.say(kind === 'money' ? `About ${l} of the ${plan}'s ${z} remained ${when(spent)}: ${x} had been spent${shares}.` : `${title(l)} of the ${plan}'s ${z} remained ${when(spent)}: ${x} had been bought${shares}.`);
  }
  return reply.answer().citations.length ? reply : leftSinceStart(ask, facts, kind);
}

/** Two figures of one unit: money of one currency, or a count of one noun. */
const sameUnit = (a: Fact, b: Fact) => a.unit.kind === b.unit.kind && JSON.stringify(a.unit) === JSON.stringify(b.unit);

/** Whether a sentence carries what was asked: what is left needs an amount and a word saying it is left (a capital ratio "after repurchases" none). */
function carriesAsked(ask: Ask, text: string): boolean {
  if (!ask.modifiers.has('remaining')) return true;
  return LEFT.test(text) && tokens(text).some((t) => t.currency && !t.percent);
}

/** What a plan has used asked alone, not beside its size, terms or status (which its other sentences tell). */
const usedAsked = (ask: Ask) => ask.modifiers.has('spent') && !ask.modifiers.has('terms') && !ask.modifiers.has('plan-size');
/** The plan's own sentences, each once: every sentence of the lines its figures stand on that carries what was asked. */
function quoted(ask: Ask, facts: Fact[]) {
  const reply = new Reply(ask.kb).say("Share repurchases, in the release's words:");
  const seen = new Set<string>();
  let done = false;
  // (A sentence going on about the buyback is its own, whether or not a figure of it was read.)
  // (When it started, how it goes: the plan's sentences anywhere, "We started to execute our 2024 plan on April 1 ...".)
  // (What is left, too, is said of the plan wherever: "Since the program began, ... $195.4 million remains available".)
  const told = [...afterBuyback(ask.kb), ...(ask.modifiers.has('terms') || ask.modifiers.has('remaining') ? planStatements(ask.kb, facts.map((f) => yearOf(ask, f))) : [])];
  // (A figure's sentence may start lines above it: "Of the £150m share buyback ..., / ... buying back 25.3m shares".)
  const lines = [...facts.map((f) => ({ f, onLine: ask.kb.texts.filter((t) => (t.citation.document === f.citation.document && t.citation.line === f.citation.line && REPURCHASE.test(t.text)) || holds(t, f)) })), ...told.map((t) => ({ f: t, onLine: [t] }))];
  for (const { f, onLine } of lines) {
    for (const t of onLine.length ? onLine : [f]) {
      if (seen.has(citationKey(t.citation)) || !carriesAsked(ask, 'text' in t ? t.text : t.citation.quote)) continue;
      seen.add(citationKey(t.citation));
      done ||= PROGRESS.test('text' in t ? t.text : t.citation.quote);
      // A sentence whole, over every line it is wrapped onto; a figure with no sentence, its line.
      reply.cite(t).say('text' in t ? asSaid(t) : `“${t.citation.quote}” (line ${t.citation.line})`);
    }
  }
  if (!seen.size) return unknown("The release states no amount left under its share repurchase plan, nor both the plan's size and the amount spent under it.");
  // (What was used, where no sentence quoted says anything was done under the plan: its size is no answer to it.)
  if (usedAsked(ask) && !done) return unknown("The release doesn't say how much of the share repurchase plan has been used: its sentences about the plan give its terms, not what was bought under it.");
  return partsBeside(ask, reply, partsOf(ask, facts, facts)).answer();
}

/** The shares of the plan from its size and the one amount spent to a date, its sentence (saying what is left) quoted. */
function spentShare(ask: Ask, plans: Fact[]): Reply | null {
  const [size, spent] = [one(plans.filter((f) => f.unit.kind === 'money' && isSize(ask, f))), one(plans.filter((f) => f.unit.kind === 'money' && f.period.kind === 'instant' && isSpent(ask, f)))];
  if (!size || !spent || !sameUnit(size, spent) || amount(spent).gt(amount(size))) return null;
  const said = ask.kb.texts.find((t) => holds(t, spent) && LEFT.test(t.text));
  return said ? spentShares(new Reply(ask.kb), size, spent).cite(said).say(asSaid(said)) : null;
}

/** A share of the plan in its words: only where they print a share; else declined, never an answer with the share left out. */
function shareInWords(ask: Ask, plans: Fact[]) {
  const words = quoted(ask, plans);
  return words.status !== 'answer' || /\d%|\bper ?cent\b/i.test(words.text) ? words : unknown('The release gives no plan size with the amount spent or left under it that I could read as figures, so I cannot work out what share of the plan is used or left.');
}

/** What a part asked beside another is found in: the plans' figures, the sentences that print them, the counts bought. */
const partsOf = (ask: Ask, facts: Fact[], plans: Fact[]): PlanParts => ({ plans, sentences: ask.kb.texts.filter((t) => facts.some((f) => holds(t, f))), bought: boughtOf(ask, plans), spent: spentOf(ask, plans) });

/**
 * Whether a sentence's figure is dated by the sentence itself: a period it names that no other amount
 * stands between ("£200m, of which £45m had been completed by the end of the quarter": the quarter
 * dates the £45m) ends when the fact's period does. A plan "announced in May" is no balance "as of" the
 * quarter's end, the date prose with no period of its own is filed under.
 */
function datedBySentence(ask: Ask, f: Fact): boolean {
  const sentence = sentenceOf(ask, f);
  const mentions = periodMentions(sentence, ask.kb.quarter);
  // (Amounts and counts of shares, not the years of the periods named.)
  const amounts = tokens(sentence).filter((t) => !t.percent && (t.currency || !mentions.some((m) => t.start >= m.start && t.start < m.end)));
  const own = amounts.find((t) => t.value.abs().equals(f.value.abs()));
  if (!own) return false;
  // (Another amount of its kind between them, "£200m, of which £45m ... by the end of the quarter", takes the period.)
  const between = (a: number, b: number) => amounts.some((t) => t !== own && !t.currency === !own.currency && t.start >= Math.min(a, b) && t.start < Math.max(a, b));
  return mentions.some((m) => {
    const period = between(m.start, own.start) ? null : resolveRef(m.ref, ask.kb.quarter);
    return Boolean(period && periodEnd(period) === periodEnd(f.period));
  });
}

/** Whether a figure stands in such a sentence. */
const followsBuyback = (after: TextFact[], f: Fact): boolean => after.some((t) => holds(t, f));

/** Each knowledge base's buyback figures, found once: the search reads every fact and its sentence. */
const BUYBACKS = new WeakMap<KnowledgeBase, Fact[]>();

/**
 * The release's buyback figures, found by what it says, for any issuer's wording: a line named for a
 * share repurchase, or a figure in a sentence about one (repurchased, bought back, the plan, what
 * remains), not a dividend paid beside it.
 */
function buybackFacts(ask: Ask): Fact[] {
  const known = BUYBACKS.get(ask.kb);
  if (known) return known;
  const after = afterBuyback(ask.kb);
  // (A rate in a sentence about the buyback, a capital ratio "after the buyback accrual", is no buyback figure.
  // A sentence wrapped over lines is one: "... has bought back 34.2 million / shares for £96.4 million" is the buyback's.)
  const found = ask.kb.facts.filter((f) => f.role === 'value' && !/dividend/i.test(f.label) && (/share_repurchase/.test(f.metric) || (f.unit.kind !== 'percent' && (REPURCHASE.test(sentenceOf(ask, f)) || followsBuyback(after, f)))));
  BUYBACKS.set(ask.kb, found);
  return found;
}

/** An amount the release says is left under the plan: "leaving $161.3 million available", "$642.0 million remained available". */
const leftOf = (ask: Ask, facts: Fact[]) => {
  const left = facts.filter((f) => f.unit.kind === 'money' && leftSaid(literal(raw({ ...f, value: f.value.abs() }))).test(commaGrouped(sentenceOf(ask, f))));
  // (One said "together with" another of its sentence, "together with A$62.0 million remaining under the original program, A$162.0
  // million is available", is a part of that one: the whole left is the other.)
  return left.filter((f) => !(PART_OF_LEFT(literal(raw({ ...f, value: f.value.abs() }))).test(commaGrouped(sentenceOf(ask, f))) && left.some((g) => g !== f && sentenceOf(ask, g) === sentenceOf(ask, f))));
};
const PART_OF_LEFT = (shown: string) => new RegExp(`\\b(?:together\\s+with|in\\s+addition\\s+to|plus)\\s+\\D{0,4}${shown}`, 'i');

/** A figure (the one shown, as a pattern) said to be left: "leaving $161.3 million", "£53.6 million remains". */
const leftSaid = (shown: string) => new RegExp(`(?:leaving|left\\s+with)\\s+\\D{0,4}${shown}|${shown}\\s*(?:million|billion|thousand)?\\s+(?:remain\\w*|available|left|(?:is|was|were)\\s+(?:still\\s+)?(?:left|available))`, 'i');
const ANY_LEFT = leftSaid(String.raw`\d[\d,]*(?:\.\d+)?`);

/**
 * Whether a plan's sentence prints an amount left, read or not as a figure of its own: that amount is
 * quoted, never worked out again from the plan's other figures.
 */
const printsLeft = (ask: Ask, facts: Fact[]) => [...facts.map((f) => sentenceOf(ask, f)), ...afterBuyback(ask.kb).map((t) => t.text)].some((s) => ANY_LEFT.test(s));

function statedLeft(ask: Ask, facts: Fact[]): Reply | null {
  const left = leftOf(ask, facts);
  if (!left.length) return null;
  const reply = new Reply(ask.kb);
  for (const f of left) reply.cite(f).about(f.period).say(`${figure(f)} remained under the repurchase plan ${when(f)}: “${sentenceOf(ask, f)}”`);
  return reply;
}

/** What a plan has used to date: its size less what the release says is left (a quarter's purchases are not all of it). */
function usedToDate(ask: Ask, facts: Fact[]): Reply | null {
  const left = one(leftOf(ask, facts));
  const size = left && one(facts.filter((f) => f !== left && f.unit.kind === 'money' && isSize(ask, f) && sameUnit(f, left)));
  if (!left || !size || amount(size).lt(amount(left))) return null;
  const used = derived(amount(size).minus(amount(left)), left);
  const reply = new Reply(ask.kb).cite(size, left).about(left.period).derive('Plan used', used, `${figure(size)} − ${figure(left)}`);
  const shares = ask.modifiers.has('of-plan') ? `; ${planShares(reply, 'plan', size, amount(size).minus(amount(left)), { used, left: figure(left) })}` : '';
  return reply.say(`About ${used} of the plan's ${figure(size)} had been used ${when(left)}: ${figure(left)} remained${shares}.`);
}

/**
 * No repurchase figure answers can cite. "Says nothing" only when no line carries the topic either: a
 * cash-flow row printed one cell a line (too short to quote) is named with where it stands.
 */
function noneCitable(ask: Ask): ReturnType<typeof unknown> {
  // Oldest first: each line is named with where its latest figure stands.
  const cells = ask.kb.unquotableLabelled(REPURCHASE).filter((f) => !/dividend/i.test(f.label)).sort((a, b) => periodEnd(a.period).localeCompare(periodEnd(b.period)));
  if (!cells.length) return saidOnly(ask) ?? unknown('The release says nothing about share repurchases.');
  const lines = [...new Map(cells.map((f) => [labelOf(ask, f), `${labelOf(ask, f)} (line ${f.citation.line})`])).values()].slice(0, 3).join('; ');
  return unknown(`The release gives share repurchases only in table cells standing alone on their lines, too short to quote, so I give no figure I cannot cite: ${lines}.`);
}

/** The lines that are share repurchases' figures. */
export const repurchaseLines = (ask: Ask): Set<string> => new Set(buybackFacts(ask).map((f) => f.metric));

/**
 * Share repurchases, and every other line the question names beside them ("buybacks and dividends
 * paid"): each part asked is answered or declined by name, in one reply, never left out.
 */
export const buyback: Handler = (ask) => {
  const own = repurchaseLines(ask);
  const others = ask.metrics.filter((id) => !own.has(id) && !id.startsWith('formula:'));
  if (!others.length) return repurchases(ask);
  return oneAfterAnother([repurchases({ ...ask, metrics: ask.metrics.filter((id) => own.has(id)) }), value({ ...ask, metrics: others })]);
};

const repurchases: Handler = (ask) => {
  const all = ofPeriodNamed(ask, buybackFacts(ask));
  if (!all.length && !afterBuyback(ask.kb).length) return noneCitable(ask);
  const named = all.filter((f) => ask.metrics.includes(f.metric));
  const facts = named.length ? named : plansAsked(ask, all);
  const elsewhen = otherPlansOnly(ask, facts) ?? otherPeriod(ask, facts, true);
  if (elsewhen) return elsewhen;
  // A share of the plan asked: from its size and the amount spent or left, else in the plan's words (an amount alone is no share).
  const plans = planBySize(ask, plansAsked(ask, all));
  if (!Array.isArray(plans)) return plans;
  if (ask.modifiers.has('of-plan')) return (usedToDate(ask, plans) ?? (printsLeft(ask, plans) ? spentShare(ask, plans) : remaining(ask, plans)))?.answer() ?? shareInWords(ask, plans);
  if (ask.modifiers.has('remaining')) {
    const left = statedLeft(ask, plans) ?? (printsLeft(ask, plans) ? null : remaining(ask, plans));
    if (left) return partsBeside(ask, left, { ...partsOf(ask, facts, plans), named }).answer();
  }
  const used = ask.modifiers.has('spent') && !ask.modifiers.has('remaining') && !spanNamed(ask) ? usedToDate(ask, plans) : null;
  if (used) return partsBeside(ask, used, partsOf(ask, facts, plans)).answer();
  // "How much was used": the amount spent where stated (by its label, else its sentence: "... at a total cost of C$41.3 million"), else its words.
  // (The amount bought asked beside a named line, "how much bought back ... and at what price", is answered too.)
  const boughtAsked = ask.modifiers.has('amount-bought') && !spentOf(ask, facts).length;
  // (The shares bought asked, "total shares bought back so far": a plan's ceiling is never given as them, the amount bought for beside them.)
  const boughtQ = ask.modifiers.has('count-bought') || ask.modifiers.has('amount-bought');
  const spent = spentOf(ask, boughtAsked || (boughtQ && named.some((f) => isSize(ask, f))) ? plans : facts);
  // ("… and how many ADSs?" asks the count bought beside the amount: both parts are answered.)
  const bought = boughtOf(ask, plans);
  // (The plan's size asked beside another part, "plan size and how much used so far", "size, price, no of shares": each part, named for what it is; one sized in shares only, "up to 2,000,000 shares", in shares.)
  const sized = ((fs: Fact[], money = fs.filter((f) => f.unit.kind === 'money')) => (money.length ? money : fs))(ask.modifiers.has('plan-size') ? plans.filter((f) => isSize(ask, f)) : []);
  const countAsked = ask.modifiers.has('count-bought') || (ask.modifiers.has('how-many') && !sizedInShares(ask, sized));
  const counted = countAsked ? (bought.length ? bought : plans.filter((f) => f.unit.kind === 'count' && !(boughtQ && isSize(ask, f)))) : [];
  const none = ask.modifiers.has('count-bought') && !counted.length ? (noneBought(ask) ?? boughtInWords(ask) ?? amountsOnly(ask, facts)) : null;
  if (none) return none;
  // (Lines named besides, "and at what average price", are answered too; a plan's size is no amount or count bought.)
  const besides = named.filter((f) => !isSize(ask, f) || (!boughtQ && f.unit.kind !== 'count'));
  // (With the amount they were bought for: "how many shares ... and for how much". A line named beside the plan's size or count
  // asked is one part of several; the size asked by the buyback's own name, "how big is the buyback program", asks nothing of what was bought.)
  const unsized = ask.modifiers.has('plan-size') && !sized.length && !OTHER_PARTS.some((m) => ask.modifiers.has(m));
  const inWords = unsized ? sizeInWords(ask) : null;
  if (inWords) return inWords;
  const beside = sized.length ? facts.filter((f) => !isSpent(ask, f)) : facts;
  // (The size asked, no line named: the plan's figures beside it, never what is left, a part of its own: "and the maximum?" after what is left.)
  const asked = bought.length && counted.length ? [...new Set([...sized, ...besides, ...bought, ...spent])] : named.length ? [...new Set([...sized, ...counted, ...beside])] : sized.length ? facts.filter((f) => !leftOf(ask, [f]).length) : facts;
  const shown = ask.modifiers.has('spent') && !ask.modifiers.has('remaining') ? [...(spent.length ? sized : []), ...spent, ...counted] : boughtAsked ? [...new Set([...spent, ...asked])] : asked;
  // (What was bought in all, or an amount answered by no figure of an amount spent: a sentence printing an amount no figure read
  // carries, "repurchased shares worth CHF 126.4 million to date", is quoted, never a part or another figure given as the whole.)
  const whole = ask.modifiers.has('to-date') || (!ask.modifiers.has('plan-size') && !shown.some((f) => f.unit.kind === 'money' && isSpent(ask, f)));
  const unread = whole && !countAsked && unreadAmounts(shown.filter((f) => f.source !== 'table').map((f) => sentenceOf(ask, f)), all);
  if (ask.modifiers.has('terms') || ask.modifiers.has('remaining') || !shown.length || unread) return quoted(ask, facts);
  const reply = unsized ? new Reply(ask.kb).say(NO_SIZE) : new Reply(ask.kb);
  const priced = ask.modifiers.has('price') ? plans.filter(isPrice) : [];
  const { facts: each, dated } = onePeriodEach(ask, [...new Set([...shown, ...priced])]);
  const declined = sayEach(ask, reply, each, dated);
  if (declined) return declined;
  const parts = partsOf(ask, facts, plans);
  return amountBeside(ask, priceBeside(ask, reply, parts, new Set(priced)), parts, each).answer();
};

/** Each figure said, named for its role and dated where its table or sentence dates it; a decline where one cannot be shown in the currency asked. */
function sayEach(ask: Ask, reply: Reply, each: Fact[], dated: Set<Fact>): Answer | null {
  for (const printed of each) {
    // (A cash-flow row prints the amount paid out in parentheses: it is that amount, said to be one.)
    const paid = printed.value.isNegative() && isOutgoing(ask.kb, printed.metric);
    const f = paid ? { ...printed, value: printed.value.abs() } : printed;
    const figureShown = inCurrency(ask, f, reply);
    if (figureShown === null) return unknown(`The release gives the plan's figures in ${f.unit.kind === 'money' ? f.unit.currency : 'its own units'} and no rate to translate them into ${ask.currency}.`);
    // (A figure its own sentence dates, "during the third quarter", is that period's, never the plan's to date.)
    // (A plan's size is of no period: "up to A$150m over the next 12 months" was bought in none yet. A table's figure of
    // the period named is dated, the figures of its other columns left out: ofPeriodNamed.)
    const dateIt = !(f.source !== 'table' && isSize(ask, f)) && (((f.period.kind === 'instant' || dated.has(printed) || ask.periodsNamed) && f.source === 'table') || datedBySentence(ask, f));
    reply.cite(printed).say(`${title(labelOf(ask, f))}${roleSaid(ask, f)}: ${figureShown}${dateIt ? ` (${when(f)})` : ''}${paid ? ', an outflow printed in parentheses in the release' : ''}`);
  }
  return null;
}
