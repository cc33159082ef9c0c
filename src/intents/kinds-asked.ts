// The kind of figure a question's words ask for (an amount, a count, a percentage, a rate), beside its names:
// a line of another kind never answers it (frame.ts FRAME_CHECKS). Each rule a name, what its words say, and
// the kinds of line that fit; pinned by test/corpus/kinds-asked.jsonl.
import type { Checked } from './frame.js';
import { PERCENT_ASKED } from './recognisers/operations.js';

/** What a rule reads of the question: its normalised text, and whether it asks its figure in a currency. */
export interface KindWords {
  text: string;
  currencyNamed: boolean;
}

interface KindRule {
  name: string;
  asked: string;
  said: (q: KindWords) => boolean;
  /** Words that, in a line's own label, make it the kind asked whatever its unit ("Loan amount (count)" aside). */
  label?: RegExp;
  fits: string[];
  /** Asked of one line alone: beside another line the words may name that one. */
  alone?: boolean;
  /** Met when any line named fits: a count answered beside the amount is the count asked. */
  some?: boolean;
}

const by = (re: RegExp) => ({ said: (q: KindWords) => re.test(q.text), label: re });
const AMOUNT_ASKED = /\bamount\b|\b(?:rmb|usd|us\$|dollars?|yuan)\s+(?:of|value)\b|\bhow many (?:rmb|usd|dollars|yuan)\b/;
// ("funding cost was how many?" is chat for "how much": a count asks for the things counted.)
// (A bound may come before the things counted: "how many $100k+ customers", "how many 10+ year clients".)
const COUNT_ASKED = /\bnumber of\b|\bhow many\s+(?:[a-z]|[$€£¥]?\d)/;
const RATE_ASKED = /\b(?:rates?|margins?|ratios?|yields?)\b/;
// (A noun at least after "which": "which is bigger" compares lines; "who" and "name the" ask for names outright.)
const NAMES_ASKED = /^(?:which\s+(?:[a-z-]+\s+){1,3}(?:are|were|does|do|did)\b|who\s+(?:are|were)\b|(?:name|list)\s+(?:the|its|their)\s)/;

export const KINDS_ASKED: KindRule[] = [
  // "Net charge-offs in dollars", "NPLs in euros", "NPL coverage in euros": a figure asked in a currency is an amount,
  // never the rate of that name; a rate named as one ("net income margin in RMB terms") is the same in any currency.
  { name: 'a figure asked in a currency', asked: 'an amount', said: (q) => q.currencyNamed && !RATE_ASKED.test(q.text) && !PERCENT_ASKED.test(q.text), fits: ['money', 'per_share', 'fx'] },
  { name: 'the amount, the value in a currency, how many units of one', asked: 'an amount', ...by(AMOUNT_ASKED), fits: ['money', 'per_share', 'fx'] },
  { name: 'the number of, how many things', asked: 'a count', ...by(COUNT_ASKED), fits: ['count', 'months'] },
  // "Which banks are the top funding partners", "who are its lenders", "name the partners": the things themselves are
  // asked, by name; a count of them names none (a line of another kind is left to the question's other rules).
  { name: 'which or who: the things by name', asked: 'their names', said: (q) => NAMES_ASKED.test(q.text), fits: ['money', 'per_share', 'fx', 'percent'] },
  // "Shares bought back", "shares repurchased?": the shares are what was bought, so their number is asked, never the
  // cash paid alone.
  { name: 'shares bought back', asked: 'a count', ...by(/^(?:the\s+)?(?:shares|adss?)\s+(?:bought(?:\s+back)?|repurchased|purchased|cancell?ed)\b/), fits: ['count'], some: true },
  { name: 'a percentage', asked: 'a percentage', ...by(PERCENT_ASKED), fits: ['percent'] },
  // "Tax rate jan-sep" of a release printing tax and pre-tax profit but no rate: never the tax amount for the rate
  // (a line asked alone: "net income and net margin" names the amount beside the rate).
  { name: 'a rate, margin, ratio or yield', asked: 'a rate', ...by(RATE_ASKED), fits: ['percent', 'fx'], alone: true },
  // "How much were fuel sales": an amount or a count, never a rate ("like-for-like sales incl. fuel 2.7%");
  // a rate named ("delinquency rate how much?") is asked as the rate it is.
  { name: 'how much, of no rate', asked: 'an amount', ...by(/^(?!.*\b(?:rates?|ratios?|margins?|contribution|share|yield|growth|mix|percentage)\b).*\bhow much\b/), fits: ['money', 'per_share', 'fx', 'count', 'months'] },
];

/** The first rule a question's words meet, or null; `lines`, how many lines it names. */
export const kindAsked = (q: KindWords, lines: number): KindRule | null => KINDS_ASKED.find((k) => k.said(q) && (!k.alone || lines === 1)) ?? null;

const KIND_WORDS: Record<string, string> = { money: 'an amount', per_share: 'an amount per share', count: 'a count', percent: 'a percentage', months: 'a number of months' };
const kindWords = (kind: string): string => KIND_WORDS[kind] ?? 'another kind of figure';

/** The kind of the figure that would answer: a line may print a rate in one period and an amount in another. */
function kindAt(c: Checked, id: string): string {
  const p = c.frame.periods[0];
  return (p && c.lex.kb.get(id, p, c.frame.currency)?.unit.kind) || c.lex.kindOf(id);
}

/** The first line named whose kind is not the kind the words ask for, or null. */
export function mismatch(c: Checked): { id: string; asked: string; is: string } | null {
  // The whole question: a loose name ("total loan amount facilitated") may take the word a line's label lacks.
  const kind = kindAsked(c.intent, c.frame.metrics.length);
  if (!kind) return null;
  // ("how many ... and for how much": the amount beside the count is asked too.)
  const fits = c.frame.modifiers.has('and-amount') ? [...kind.fits, 'count', 'money'] : kind.fits;
  if (kind.some && c.frame.metrics.some((m) => fits.includes(kindAt(c, m)))) return null;
  const id = c.frame.metrics.find((m) => !m.startsWith('formula:') && !fits.includes(kindAt(c, m)) && !kind.label?.test(c.lex.matcher.label(m).toLowerCase()));
  return id ? { id, asked: kind.asked, is: kindWords(kindAt(c, id)) } : null;
}
