// Parts of a buyback asked that no figure read gives (buyback.ts): the plan's size printed only in a sentence
// ("a share buy-back of up to $150 million"), or not at all (only what is left of it), and the shares bought
// where the release says none were. Each is given in the release's words, with the role its words give the figure, never another
// figure of the plan in its place (a plan's ceiling of 3,000,000 shares is no count bought).
import type { Fact, TextFact } from '../../knowledge/fact.js';
import type { Answer } from '../answer.js';
import type { Ask } from '../frame.js';
import type { ModifierName } from '../recognisers/modifiers.js';
import { asSaid, Reply, unknown } from '../reply.js';
import { rulesBeside, tokens, tokensIn, type Role } from './buyback-roles.js';
import { afterBuyback, REPURCHASE } from './buyback-words.js';
import { sentencesOfPlan } from './plan-years.js';

/** A count's noun after its number: "2.1 million shares", "2.1 million of its own shares". */
const SHARES_AFTER = /^\s*(?:of\s+(?:its|their|the\s+company's)\s+own\s+)?(?:shares|ADSs)\b/i;

/** The release's sentences about its buyback, each with the amounts (or counts of shares) it prints in a role. */
function sentencesIn(ask: Ask, role: Role): { t: TextFact; shown: string[] }[] {
  const after = afterBuyback(ask.kb);
  return sentencesOfPlan(ask, ask.kb.texts.filter((t) => REPURCHASE.test(t.text) || after.includes(t)))
    .map((t) => ({ t, shown: tokensIn(t.text, role).filter((k) => k.currency || SHARES_AFTER.test(t.text.slice(k.end))).map((k) => `${k.text} (${rulesBeside(t.text, k)[0]!.name})`) }))
    .filter((s) => s.shown.length);
}

/** The figures sentences show, each once, as said beside one another. */
const shown = (s: { shown: string[] }[]) => [...new Set(s.flatMap((x) => x.shown))].join('; ');

/**
 * The plan's size asked where no figure read is its size: the sentences that print it, by the words beside it;
 * else, where the release prints no size, what it does print of the plan (what is left), named as that; else null.
 */
export function sizeInWords(ask: Ask): Answer | null {
  const reply = new Reply(ask.kb);
  const quote = (s: { t: TextFact }[]) => s.slice(0, 3).forEach(({ t }) => reply.cite(t).say(asSaid(t)));
  const sized = sentencesIn(ask, 'size');
  if (sized.length) {
    reply.say(`The plan's size, in the release's words: ${shown(sized)}.`);
    quote(sized);
    return reply.answer();
  }
  const left = sentencesIn(ask, 'left');
  if (!left.length) return null;
  reply.say(`The release does not print the size of its share repurchase plan (the amount authorised); it prints only what is left of it: ${shown(left)}, in its words:`);
  quote(left);
  return reply.answer();
}

/**
 * What was bought asked where no figure read is a count or amount bought: the sentences printing one by the words
 * beside it ("acquired 2.1 million of its own shares for ¥12.4 bn"), quoted; never the plan's size in its place. Null where none.
 */
export function boughtInWords(ask: Ask): Answer | null {
  const bought = sentencesIn(ask, 'spent');
  if (!bought.length) return null;
  const reply = new Reply(ask.kb).say(`What was bought, in the release's words: ${shown(bought)}.`);
  for (const { t } of bought.slice(0, 3)) reply.cite(t).say(asSaid(t));
  return reply.answer();
}

/** Said before the figures of a plan whose size was asked and is not printed: they are what it does print. */
export const NO_SIZE = "The release does not print the size of its share repurchase plan (the amount authorised); what it prints of the buyback:";

/** A sentence saying no shares were bought yet: "No shares have been repurchased under this resolution". */
const NONE_BOUGHT = /\bno\s+(?:shares|stock|ADSs|units)\s+(?:have|has|had|were|was)\s+(?:yet\s+)?(?:been\s+)?(?:re)?purchased\b|\b(?:has|have|had)\s+not\s+(?:yet\s+)?(?:re)?purchased\s+any\b|\bno\s+(?:share\s+)?(?:repurchases|buy-?backs)\s+(?:were|was|have been|had been)\s+(?:made|executed|carried out)\b/i;

/**
 * The shares bought asked where no count bought is read: the release's words saying none were bought, else null.
 */
export function noneBought(ask: Ask): Answer | null {
  const reply = new Reply(ask.kb);
  const said = ask.kb.texts.find((t) => NONE_BOUGHT.test(t.text));
  // (Where no sentence says none were bought, the release may print shares bought in a line not read as the buyback's:
  // "none" is never inferred.)
  return said ? reply.cite(said).say(`None: the release says no shares have been repurchased yet, in its words: ${asSaid(said)}`).answer() : null;
}

/** Parts of a buyback that, asked beside the shares bought, an amount answers. */
const AMOUNT_PARTS: ModifierName[] = ['amount-bought', 'and-amount', 'spent', 'price', 'remaining', 'plan-size', 'to-date'];

/**
 * The shares bought asked, alone, where the release prints only amounts ("Share buyback (100.0)" in a cash-flow
 * table): declined, never the cash paid given for the count. Null where another part is asked too.
 */
export function amountsOnly(ask: Ask, facts: Fact[]): Answer | null {
  if (AMOUNT_PARTS.some((m) => ask.modifiers.has(m)) || facts.some((f) => f.unit.kind === 'count')) return null;
  return unknown('The release prints no number of shares bought back, only amounts paid for them; I won\'t give an amount for a count. Ask for the amount spent instead.');
}

/** A figure of a buyback sentence: an amount, or a count of shares ("1 250 000 of its own shares"), no year or ratio. */
const planFigure = (text: string) => tokens(text).some((k) => !k.percent && (Boolean(k.currency) || /^\s*(?:[\w'’]+\s+){0,3}?(?:shares|ADSs|stock)\b/i.test(text.slice(k.end))));

/**
 * The release's sentences about its buyback where none of their figures was read as one (a decimal comma,
 * "212,4 M€"; a plan "of €400 million" no reader took): the plan's size asked, by the words beside its figures,
 * else the sentences quoted; never "the release says nothing about share repurchases" when it does. Null where none.
 */
export function saidOnly(ask: Ask): Answer | null {
  const sized = ask.modifiers.has('plan-size') ? sizeInWords(ask) : null;
  if (sized) return sized;
  const said = ask.kb.texts.filter((t) => t.kind === 'statement' && REPURCHASE.test(t.text) && planFigure(t.text));
  if (!said.length) return null;
  const reply = new Reply(ask.kb).say("I read no figure of the release's share repurchases as one of its own; what it says of them, in its words:");
  for (const t of said.slice(0, 3)) reply.cite(t).say(asSaid(t));
  // (A part worked out from such figures, "average price paid", "how much is left", is in no words: a decline that quotes them.)
  const quoted = reply.answer();
  return PARTS.some((m) => ask.modifiers.has(m)) ? { ...quoted, status: 'unknown', reason: 'not-in-release' } : quoted;
}

/** The parts of a buyback a release states as worked out from its figures, never as words beside them. */
const PARTS: ModifierName[] = ['price', 'remaining', 'of-plan'];
