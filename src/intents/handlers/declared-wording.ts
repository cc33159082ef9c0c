// A distribution the board declares ("The Board declared a quarterly dividend of $1.12 per common share, payable on
// January 27, 2027 to shareholders of record on January 5, 2027") has no balance date: a sentence's figure read with
// a day (the quarter's end, a record or payable date) was said "as of" that day, a date the release never gives it.
// It is said in the sentence's own words instead: what it is, the act, and each date with the word the release puts
// before it, every word quoted from the sentence, which is cited.
import type { Fact, TextFact } from '../../knowledge/fact.js';
import type { KnowledgeBase } from '../../knowledge/kb.js';
import { DATE as DATE_PRINTED } from './dates.js';

/** A line paid out to shareholders by the board's declaration: a dividend, a distribution, interest on own capital (JCP). */
export const DECLARED = /\bdividends?\b|\bdistributions?\b|\binterest on (?:own |shareholders'? )?(?:capital|equity)\b|\bjuros\b|\bJCP\b/i;

const DATE = `(?:${DATE_PRINTED.source})`;
/** What is declared: "a quarterly cash dividend", "an interim dividend", "the second instalment of the 2025 dividend". */
const KIND = /\b((?:(?:quarterly|interim|final|special|annual|semi-annual|regular|cash|ordinary|common|fully franked|unfranked)\s+)+(?:share\s+)?(?:dividend|distribution))\b/i;
/** The board's act, in the sentence's verb. */
const ACT = /\b(declared|approved|resolved|proposed|recommended|determined|announced)\b/i;
/** The day of the act, where the sentence opens with it: "On October 27, 2026, the Board ... declared". */
const ACT_DAY = new RegExp(String.raw`^\s*on\s+(${DATE}),`, 'i');
/** The dates it is paid on and owed to, with their words: "payable on January 27, 2027", "to shareholders of record on January 5, 2027". */
const DATED = new RegExp(String.raw`\b(?:(?:to\s+be\s+)?(?:payable|paid)(?:\s+in\s+cash)?(?:\s+on(?:\s+or\s+(?:around|about))?)?|(?:to\s+)?(?:share|stock)holders\s+(?:of\s+record|on\s+the\s+register)\s+(?:as\s+of|on|at)|record\s+date\s+(?:of|on)?)\s+${DATE}`, 'gi');

/** Words just before a figure that make it the distribution's own: "a quarterly dividend of $", never "up from $", "the prior quarterly dividend of $". */
const OWN_FIGURE = /(?:dividends?|distributions?)\s+(?:of\s+)?[^\d]{0,6}$/i;
const EARLIER = /\b(?:prior|previous|last|from|compared)\b/i;

/** The sentence a prose figure stands in, where the figure is the distribution it declares (not one it is set against). */
function sentenceOf(kb: KnowledgeBase, f: Fact): TextFact | undefined {
  const lines = (t: TextFact) => [t.citation, ...(t.continued ?? [])];
  const printed = f.value.toFixed(f.decimals);
  const own = (text: string) => {
    const read = text.replace(/(\d),(\d)/g, '$1.$2');
    const before = read.slice(0, read.indexOf(printed)).slice(-60);
    return read.includes(printed) && OWN_FIGURE.test(before) && !EARLIER.test(before);
  };
  return kb.texts.find((t) => t.citation.document === f.citation.document && lines(t).some((c) => c.line === f.citation.line) && own(t.text));
}

/**
 * How a declared distribution's prose figure is dated in its sentence's own words ("the quarterly dividend declared, payable
 * on January 27, 2027"), with the sentence to cite; null for a line that is no distribution, a table's figure, or one
 * its sentence gives a span (" for the 2025 financial year" is said as that year).
 */
export function declaredWording(kb: KnowledgeBase, label: string, f: Fact): { words: string; sentence: TextFact } | null {
  if (f.source !== 'narrative' || f.period.kind !== 'instant' || !DECLARED.test(label)) return null;
  const sentence = sentenceOf(kb, f);
  if (!sentence) return null;
  const text = sentence.text;
  const kind = KIND.exec(text)?.[1];
  const act = ACT.exec(text)?.[1];
  const day = act ? ACT_DAY.exec(text)?.[1] : undefined;
  const dates = [...text.matchAll(DATED)].map((m) => m[0].replace(/\s+/g, ' '));
  const what = [`the ${kind ?? label.toLowerCase()}`, act && `${act}${day ? ` on ${day}` : ''}`].filter(Boolean).join(' ');
  return { words: `: ${what}${dates.length ? `, ${dates.join(', ')}` : ''}, as the release words it`, sentence };
}
