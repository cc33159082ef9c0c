// The words a release uses for share repurchases, and the sentences that name its plan, for the buyback
// handler (buyback.ts): any issuer's wording, never one release's.
import type { KnowledgeBase } from '../../knowledge/kb.js';
import type { TextFact } from '../../knowledge/fact.js';

/**
 * Words a release uses for buying back its own shares: a repurchase or buyback, a normal course issuer bid,
 * a purchase "for cancellation" of shares (stock, units) named in the same clause (warrants or notes returned
 * "for cancellation" are no buyback), an acquisition of its own or treasury shares.
 */
export const REPURCHASE = /\brepurchas|\bbuy[- ]?backs?\b|\b(?:bought|buying|buy)\s+back\b|\bissuer bid\b|\b(?:shares|stock|units)\b(?:(?![.;,]\s).)*\bfor cancellation\b|\bfor cancellation\b(?:(?![.;,]\s).)*\b(?:shares|stock|units)\b|\b(?:acquisition|acquir\w*|purchas\w*)\s+(?:of\s+)?(?:its\s+|our\s+|the company's\s+)?(?:[\d.,]+\s+(?:million\s+)?)?(?:own|treasury)\s+(?:shares|stock)\b|\btreasury (?:shares|stock) (?:acquired|purchased|bought)\b/i;

/** Words saying what of a plan was done or is left: "£312 million had been completed", "$40 million was used". */
export const PROGRESS = /\b(?:completed|executed|spent|used|utili[sz]ed|(?:re)?purchased|bought|remain\w*|left|leaving|unused)\b/i;

/** Words saying an amount is still to be used: "$85 million remains available", "leaving $40 million". */
export const LEFT = /\b(?:remain\w*|available|left|leaving|unused)\b/i;

/** A plan named as such: "the 2024 share repurchase plan", "the program", "its authorization". */
export const PLAN_WORD = '(?:plan|program(?:me)?|authori[sz]ation)';
const PLAN_NAMED = new RegExp(String.raw`\b${PLAN_WORD}\b`, 'i');

/**
 * The release's statements about its repurchase plan, wherever they stand ("We started to execute our 2024 share
 * repurchase plan on April 1, 2024, at a pace faster than the time schedule"): those naming a plan and, where the
 * plans asked are of one year, that year. A sentence naming another plan's year is not this plan's.
 */
export function planStatements(kb: KnowledgeBase, years: string[]): TextFact[] {
  const asked = [...new Set(years)];
  const year = asked.length === 1 ? asked[0] : '';
  // (The plan by its year, "our 2024 share repurchase plan": a date of 2024 in a sentence about the 2023 plan is not it.)
  const byYear = new RegExp(String.raw`\b${year}\s+(?:share\s+)?(?:repurchase\s+|buy-?\s?back\s+)?(?:plan|program(?:me)?)\b`, 'i');
  return kb.texts.filter((t) => t.kind === 'statement' && REPURCHASE.test(t.text) && PLAN_NAMED.test(t.text) && (!year || byYear.test(t.text)));
}
