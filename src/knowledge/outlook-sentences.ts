// Which of a release's sentences are about its outlook: what "what did management say about the outlook?"
// quotes. A sentence is the outlook's by its heading ("Outlook", "FY26 guidance") or by a guidance word about a
// period after the release's own; the release's boilerplate (safe harbour, contacts, unit notes), results set
// against expectations and expectations about a period already reported are not, whatever their words.
// Named rules, pinned by test/corpus/outlook-sentences.jsonl.
import { periodEnd, type Period } from './period.js';
import { AGAINST, FORWARD, forwardLooking, guided } from './prose/outlook.js';
import { outlookHeading } from './prose/outlook-heading.js';
import { othersForecast } from './prose/forecaster.js';

interface Rule {
  name: string;
  test: (text: string, section: string, release: Period) => boolean;
}

/** A figure: an amount, a rate or a range of counts ("82,000 to 88,000 tonnes"), never a bare date or phone number. */
const FIGURE = /[$€£¥₹]\s?\d|\b(?:[A-Z]{1,3}\$|GBP|EUR|USD|RMB|KRW|INR)\s?\d|\d\s*(?:%|per\s?cent|percent|million|billion|bn\b|m\b|crore|yen)|\d[\d,.]*\s*(?:to|-|–)\s*\d[\d,.]*\s+[a-z]/i;
/** Whether a text states a figure (an amount, a rate, a range of counts), never only a date or a phone number. */
export const statesFigure = (text: string) => FIGURE.test(text);
/** A guidance word said of what lies ahead (a heading run into the sentence in capitals, "DIVIDEND AND OUTLOOK", is no part of it). */
const CUE = /\b(?:expect(?:s|ed|ing)?|anticipat(?:es?|ed|ing)|guidance|guides?|outlook|forecasts?|projects?|projected)\b/i;
const inProse = (text: string) => text.replace(/\b[A-Z]{2,}(?:\s+(?:AND|&)?\s*[A-Z]{2,})*\b/g, ' ');
/** The time ahead, named: an expectation with no figure looks ahead by it ("throughout this year", "going forward"). */
const AHEAD = /\b(?:throughout|for|over|during|into|in|through)\s+(?:the\s+)?(?:(?:rest|remainder|balance)\s+of\s+(?:the|this)\s+(?:fiscal\s+)?year|this\s+(?:fiscal\s+)?year|(?:the\s+)?(?:coming|next|following|upcoming)\s+(?:quarters?|months|(?:fiscal\s+)?years?))\b|\b(?:going\s+forward|looking\s+ahead)\b|\b(?:months|quarters|year)\s+ahead\b/i;

/** The safe-harbour paragraph's wording: it names every forward word ("“expect,” “anticipate”") and the outlook itself. */
export const safeHarbour = (text: string) => /\bforward-looking\b|\bsafe harbou?r\b|differ materially|risks and uncertainties|["“](?:believe|expect|anticipate|estimate)\w*[,"”]/i.test(text);

/** Sentences that are never the outlook, checked first. */
export const NOT_OUTLOOK: Rule[] = [
  { name: 'safe harbour or risk wording', test: safeHarbour },
  { name: 'contacts, notes and sign-offs', test: (t) => /^\s*(?:contacts?|note|ends)\b|\b(?:investor relations|authori[sz]ed for release|non-(?:gaap|ifrs) (?:financial )?measures|regrouped|annualised|annualized|rounded)\b|@/i.test(t) },
  // ("... and adjusted operating profit in line with market expectations" after "continues to expect" looks ahead still.)
  { name: 'results set against expectations', test: (t) => (AGAINST.test(t) && !/\b(?:expects?|anticipates?|to expect)\b/i.test(t)) || /\bthan\s+(?:\w+\s+){0,2}(?:expected|anticipated|forecast)\b/i.test(t) },
  { name: 'an expectation denied ("do not expect to recur")', test: (t) => /\b(?:not|never)\s+(?:\w+\s+)?(?:expect|anticipat)\w*/i.test(t) },
  // ("The Ministry of Trade and Industry forecasts GDP growth of 1.5% to 2.5%": no word of management's.)
  { name: "another party's forecast", test: (t) => othersForecast(t) !== null },
];

/** Sentences that are the outlook. */
export const OUTLOOK_RULES: Rule[] = [
  // Under the outlook's own heading, a sentence with a figure, a forward word or what the outlook assumes.
  { name: 'under an outlook heading', test: (t, s) => outlookHeading(s) && (FIGURE.test(t) || FORWARD.test(t) || /\bassum\w*/i.test(t)) },
  // Elsewhere, a guidance word in a clause with a figure, for a period after the release's own (or one it does not name).
  {
    name: 'a guidance word about a period ahead',
    test: (t, _s, release) => {
      const prose = inProse(t);
      if (!CUE.test(prose) || !forwardLooking(prose, '')) return false;
      const period = guided(prose, release);
      return !period || periodEnd(period) > periodEnd(release);
    },
  },
  // An officer's qualitative outlook, no figure: "we expect to see further gradual improvement throughout this year".
  { name: 'an expectation of the time ahead, no figure', test: (t) => FORWARD.test(inProse(t)) && AHEAD.test(t) },
];

/** The rule that makes a sentence the outlook's, or null (a sentence of no rule, or one never the outlook). */
export function outlookRule(text: string, section: string, release: Period): string | null {
  if (NOT_OUTLOOK.some((r) => r.test(text, section, release))) return null;
  return OUTLOOK_RULES.find((r) => r.test(text, section, release))?.name ?? null;
}
