// Relation patterns: how a figure stands to the metric phrase of its clause, as named cues read on
// the words before a figure (since the previous one) and after it (up to the next). Each cue names
// the role it gives: a change with its direction, an earlier value to compare with, a share of a
// whole, or the value a change arrived at. The spec corpus (test/fixtures/prose-spec.json) pins them.

export interface Cue {
  name: string;
  pattern: RegExp;
  /** For changes: +1 up, -1 down. */
  direction?: 1 | -1;
}

const UP = 'increased|increases|rose|rises|grew|grows|climbed|climbs|jumped|jumps|gained|gains|expanded|expands|up|higher|more|above';
const DOWN = 'decreased|decreases|declined|declines|fell|falls|dropped|drops|down|lower|less|below|shrank|shrinks|contracted|contracts|compressed';

/** Before a percentage: the change is stated first. */
export const CHANGE_BEFORE: Cue[] = [
  { name: 'verb up: "increased 14%", "rose by 12%", "up 24.8%"', pattern: new RegExp(`\\b(?:${UP})(?:\\s+by)?\\s*$`, 'i'), direction: 1 },
  { name: 'verb down: "decreased 23.2%", "down 23.2%"', pattern: new RegExp(`\\b(?:${DOWN})(?:\\s+by)?\\s*$`, 'i'), direction: -1 },
  { name: 'noun up: "an increase of 12.5%", "year-over-year growth of", "an expansion of 0.8 percentage points"', pattern: /\b(?:an?\s+)?(?:(?:year|quarter)-(?:over|on)-(?:year|quarter)\s+|sequential\s+)?(?:increase|growth|rise|gain|expansion)\s+of\s*$/i, direction: 1 },
  { name: 'noun down: "a decrease of 9.3%", "a decline of", "a contraction of"', pattern: /\b(?:an?\s+)?(?:(?:year|quarter)-(?:over|on)-(?:year|quarter)\s+|sequential\s+)?(?:decrease|decline|drop|fall|reduction|contraction|compression)\s+of\s*$/i, direction: -1 },
];

/** After a percentage: "a 13.0% rise from", "12% decrease quarter over quarter", "14.4% more than". */
export const CHANGE_AFTER: Cue[] = [
  { name: 'noun or comparative up after: "a 13.0% rise", "11.4% higher than", "96% more than", "13.4% above"', pattern: new RegExp(`^\\s*(?:(?:year|quarter)[- ](?:over|on)[- ](?:year|quarter)\\s+)?(?:increase|growth|rise|gain|${UP})\\b`, 'i'), direction: 1 },
  { name: 'noun or comparative down after: "a 21.7% decrease", "4.8% less than", "0.1% below"', pattern: new RegExp(`^\\s*(?:(?:year|quarter)[- ](?:over|on)[- ](?:year|quarter)\\s+)?(?:decrease|decline|drop|fall|reduction|${DOWN})\\b`, 'i'), direction: -1 },
];

/** The currency basis a change is stated in: "in USD", "in U.S. dollars", "in constant currency", "on a reported basis". */
const BASIS = String.raw`(?:in|at|on\s+an?)\s+(?:constant[- ]currency|USD|US\$|U\.S\.\s+dollars?|dollars?|reported\s+(?:terms|currency)|reported)(?:\s+(?:basis|terms))?`;

/** Between two stated changes: "7.6% year-over-year and 7.1% quarter-over-quarter", "up 5% in USD and 6% in constant currency". */
export const CHAINED = new RegExp(String.raw`^\s*(?:(?:year|quarter)[-\s](?:over|on)[-\s](?:year|quarter)|yoy|qoq|sequentially)?\s*(?:${BASIS})?\s*(?:,\s*)?(?:and|or)\s*$`, 'i');

/** Before a figure of another period: "compared to X", "from X", "versus X", "more than the X", "an 18.2% increase on X". */
export const EARLIER_BEFORE: Cue[] = [
  { name: 'compared: "compared to RMB3,599.2 million", "versus 8.82 months", "against"', pattern: /\b(?:compared\s+(?:to|with)|versus|vs\.?|against)\s*(?:the\s+)?$/i },
  { name: 'compared with the metric of: "compared with profit per share of $2.87", "from net sales of $303.5 million"', pattern: /\b(?:compared\s+(?:to|with)|versus|from)\s+[^,;$]{2,60}?\s+(?:of|at)\s*$/i },
  { name: 'from: "an increase of 12.5% from 214.5 million", "improved from 4.38%"', pattern: /\bfrom\s*(?:the\s+)?$/i },
  { name: 'than: "14.4% more than the 43.0 million", "11.0% lower than the RMB39,344 million"', pattern: /\bthan\s*(?:the\s+)?$/i },
  { name: 'above/below: "127% above the RMB21,277 million", "0.1% below the"', pattern: /\b(?:above|below)\s+(?:the\s+)?$/i },
  { name: 'on: "an 18.2% increase on RMB160,020 million", "up 2.0% on"', pattern: /\b(?:increase|decrease|rise|decline|up|down)\s+on\s*(?:the\s+)?$/i },
];

/** Before a percentage that is a share of a whole: "representing 61.0% of", "making up 18.3% of". */
export const SHARE_BEFORE = /\b(?:representing|making up|accounting for|comprising|or)\s*$|,\s*$/i;
/** A part named before the verb that gives its share of a whole: "Financial institutions supplied 85% of", "Net charge-offs were 0.19% of". */
export const SHARER = /^(.*?)\s+(supplied|contributed|provided|accounted for|made up|represented|comprised|(?:was|were|is|are)(?:\s+equal\s+to)?)\s*$/i;
/** A name that is itself a rate or ratio: a percentage stated as it is its figure, never its share of what follows. */
export const RATE_NAME = /\b(?:ratios?|rates?|margins?|yields?|returns?|percentages?|shares?|coverage|%)\s*$/i;
/** After it: the whole ("of the total", "of total net revenues", "of funding"). */
export const SHARE_AFTER = /^\s*of\s+((?:the\s+)?[a-z][\w\s'-]*?)(?=\s*(?:[,.;(]|$|\b(?:and|compared|from|in|for|during|as of)\b))/i;

/** Before the value a change arrived at: "increased 14% to $13.6 billion", "grew 6.1% from June 30, 2023 to". */
export const VALUE_AFTER_CHANGE = new RegExp(String.raw`^\s*(?:(?:year|quarter)[- ](?:over|on)[- ](?:year|quarter)\s+|yoy\s+|qoq\s+|sequentially\s+)?(?:${BASIS}\s+)?(?:from\s+[^;]*?\s+)?to\s*$`, 'i');

/** `text.split(re)[0]` without splitting the rest: the text before the first match, all of it when none. */
export function upTo(text: string, re: RegExp | string): string {
  const at = typeof re === 'string' ? text.indexOf(re) : text.search(re);
  return at < 0 ? text : text.slice(0, at);
}

/** The first cue of a list that matches `text`. */
export function cue(cues: Cue[], text: string): Cue | undefined {
  return cues.find((c) => c.pattern.test(text));
}

/** A per-share figure after an amount: "$58.3 million, or $1.42 per diluted share" (the amount per share). */
// (Or in brackets after the amount: "Net earnings of $158.3 million ($0.72 per share)".)
export const PER_SHARE_OF = { before: /^\s*(?:,?\s*or|\()\s*$/i, after: /^\s*per\s+(?:(fully\s+diluted|diluted|basic)\s+)?(?:common\s+|ordinary\s+)?(share|ADS)\b/i };

/**
 * Before the amount of a count just read: "412,000 shares for $21.6 million", "19.4 million loans totalling
 * RMB 88.2 billion", "for a total of approximately $16.0 million" ("for a total amount of US$65 million" names its amount itself). The words between may name
 * the count's things ("shares of common stock", "American depositary shares ("ADSs")").
 */
export const AMOUNT_OF_COUNT = /^[^;,$]{0,80}?\b(?:for|totall?ing|amounting to|worth|at an? (?:total|aggregate) cost of)\s*(?:an?\s+(?:total|aggregate)\s+of\s+)?(?:approximately\s+|about\s+|around\s+|nearly\s+)?$/i;
