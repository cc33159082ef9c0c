// The words a release uses for share repurchases, and the sentences that name its plan, for the buyback
// handler (buyback.ts): any issuer's wording, never one release's.
import type { KnowledgeBase } from '../../knowledge/kb.js';
import type { Fact, TextFact } from '../../knowledge/fact.js';
import { tokens } from '../../knowledge/prose/mentions.js';

/**
 * Words a release uses for buying back its own shares: a repurchase or buyback, a normal course issuer bid,
 * a purchase "for cancellation" of shares (stock, units) named in the same clause (warrants or notes returned
 * "for cancellation" are no buyback), an acquisition of its own or treasury shares, or of "up to 3,000,000 shares of
 * common stock" (a board's resolution to buy its own; another company's shares are named as its).
 */
export const REPURCHASE = /\brepurchas|\bbuy[- ]?backs?\b|\b(?:bought|buying|buy)\s+back\b|\bissuer bid\b|\b(?:shares|stock|units)\b(?:(?![.;,]\s).)*\bfor cancellation\b|\bfor cancellation\b(?:(?![.;,]\s).)*\b(?:shares|stock|units)\b|\b(?:acquisition|acquir\w*|purchas\w*)\s+(?:of\s+)?(?:its\s+|our\s+|the company's\s+)?(?:[\d.,]+\s+(?:million\s+)?)?(?:of\s+(?:its|our|the company's)\s+)?(?:own|treasury)\s+(?:shares|stock)\b|\btreasury (?:shares|stock) (?:acquired|purchased|bought)\b|\b(?:acquire|purchase)\s+up\s+to\s+[\d.,]+\s+(?:million\s+)?shares\s+of\s+(?:its\s+|our\s+)?(?:own\s+)?(?:common|ordinary)\s+(?:stock|shares)\b/i;

/** Words saying what of a plan was done or is left: "£312 million had been completed", "$40 million was used". */
export const PROGRESS = /\b(?:completed|executed|spent|used|utili[sz]ed|(?:re)?purchased|bought|acquired|remain\w*|left|leaving|unused)\b/i;

/** Words saying an amount is still to be used: "$85 million remains available", "leaving $40 million". */
export const LEFT = /\b(?:remain\w*|available|left|leaving|unused)\b/i;

/**
 * A sentence with every number's digit groups joined by commas, however the release groups them ("1 410 000",
 * no-break or thin spaces, "1,410,000"): the form a figure is shown in, so a figure is found in its sentence
 * in any of them. A lead of four digits ("2026 150") is a year and a number, never one grouped number.
 */
export const commaGrouped = (text: string) => text.replace(/(?<![\w.,])\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?![\w]|[.,]\d)/g, (n) => n.replace(/[ \u00a0\u2009\u202f]/g, ','));

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

/**
 * The sentences that go on about the buyback the sentence right before them names, in their paragraph
 * (that sentence ends on the line they start), saying what of it was done or is left, by document and line:
 * "The Group announced a share buyback of up to £500 million. By 30 September 2025, £312 million had been
 * completed, with the remaining ...". A sentence on another topic ("Net debt was ...") is none. Found once per
 * knowledge base: each buyback question would otherwise read every sentence of it up to three times.
 */
const AFTER = new WeakMap<KnowledgeBase, TextFact[]>();

/** A short name a sentence defines in quotes within brackets: 'normal course issuer bid ("NCIB")', '(the “Programme”)'. */
const DEFINED = /\((?:the\s+)?["“'‘]([A-Z][\w-]{1,20})["”'’]\)/g;
/**
 * Whether a sentence names the plan by the short name the sentence before defines for it ("... issuer bid ("NCIB") ...
 * The NCIB permits the purchase of up to 10.7 million shares"): it goes on about that plan, whatever its verb.
 */
const namesDefined = (before: string, text: string) => [...before.matchAll(DEFINED)].some((m) => new RegExp(String.raw`\b${m[1]}\b`).test(text));

export function afterBuyback(kb: KnowledgeBase): TextFact[] {
  const known = AFTER.get(kb);
  if (known) return known;
  const said = kb.texts.filter((t) => t.kind === 'statement');
  const found = said.filter((t, k) => {
    const before = said[k - 1];
    const ends = before && (before.continued?.[before.continued.length - 1] ?? before.citation);
    return Boolean(before && ends!.document === t.citation.document && ends!.line === t.citation.line && REPURCHASE.test(before.text) && !REPURCHASE.test(t.text) && (PROGRESS.test(t.text) || namesDefined(before.text, t.text)));
  });
  AFTER.set(kb, found);
  return found;
}

/**
 * Whether a plan's sentences print an amount of money that no figure read from the release carries ("Alpenmed has
 * repurchased shares worth CHF 126.4 million to date" beside the programme's CHF 300 million, read alone;
 * "Cumulative repurchases ... total $318.4 million" beside a quarter's $71.6 million): the figures read are then
 * parts of what the sentences say, and the sentences are quoted rather than a part given as the whole.
 */
export function unreadAmounts(sentences: string[], read: Fact[]): boolean {
  const values = new Set(read.map((f) => f.value.abs().toString()));
  return sentences.some((s) => tokens(s).some((t) => t.currency && !t.percent && !values.has(t.value.abs().toString())));
}
