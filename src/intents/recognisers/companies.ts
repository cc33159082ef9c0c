// The company recogniser, for several companies loaded at once: which loaded company a question names.
// Names and tickers come from the releases (knowledge/companies.ts), never from code; each way of
// naming is a rule, pinned by test/corpus/companies.jsonl.
import { plainName, type Company } from '../../knowledge/companies.js';
import { literal } from '../../knowledge/literal.js';
import { periodLed } from './entities.js';

export interface CompanyRule {
  name: string;
  /** The patterns this rule makes of a company's names. */
  patterns(c: Company, known: (word: string) => boolean): RegExp[];
}

/** A whole word or phrase: not inside another word, a ticker's "$" or "NASDAQ:" allowed before. */
const whole = (s: string, flags: string) => new RegExp(`(?<![\\w&])${literal(s)}(?![\\w&])`, flags);

export const COMPANY_RULES: CompanyRule[] = [
  { name: 'its name as a release prints it, with or without a legal suffix: "LexinFintech Holdings Ltd.", "Qifu Technology"', patterns: (c) => [...new Set(c.names.filter((n) => n !== c.ticker).flatMap((n) => [n, plainName(n)]))].filter((n) => n.length > 2).map((n) => whole(n, 'i')) },
  // A one-letter ticker ("S") is read only in capitals; longer ones in any case ("lx", "$QFIN").
  { name: 'its ticker: LX, $QFIN, NASDAQ: QFIN', patterns: (c) => (c.ticker ? [whole(c.ticker, c.ticker.length > 1 ? 'i' : '')] : []) },
  // "Qifu" for "Qifu Technology"; not a word the bot or the releases use for figures ("First", "Total").
  { name: 'the first word of a several-word name: Qifu, LexinFintech', patterns: (c, known) => [...new Set(c.names.map((n) => plainName(n).split(/\s+/)[0]!))].filter((w) => /^[a-z]{4,}$/.test(w) && !known(w)).map((w) => whole(w, 'i')) },
  { name: 'the leading words of a name of three or more, never a period ("H1 2026" of "H1 2026 results"): Harbor Lane (Payments)', patterns: (c) => [...new Set(c.names.flatMap((n) => plainName(n).split(/\s+/).slice(0, -1).map((_w, k, ws) => ws.slice(0, k + 1).join(' ')).slice(1)))].filter((n) => !periodLed(n, c.kb.quarter)).map((n) => whole(n, 'i')) },
];

/** Where a question first names a company, or -1. */
function mentionAt(question: string, c: Company, known: (word: string) => boolean): number {
  const at = COMPANY_RULES.flatMap((r) => r.patterns(c, known)).map((p) => question.search(p)).filter((i) => i >= 0);
  return at.length ? Math.min(...at) : -1;
}

/** The loaded companies a question names, in the order it names them. */
export function companiesNamed(question: string, companies: Company[], known: (word: string) => boolean): Company[] {
  const at = new Map(companies.map((c) => [c, mentionAt(question, c, known)]));
  return companies.filter((c) => at.get(c)! >= 0).sort((a, b) => at.get(a)! - at.get(b)!);
}

/** The question with every mention of these companies blanked ("Harbor Lane or Tidewater" → " or "). */
export function withoutCompanies(question: string, companies: Company[], known: (word: string) => boolean): string {
  const patterns = companies.flatMap((c) => COMPANY_RULES.flatMap((r) => r.patterns(c, known)));
  // Longest names first, so that "Harbor Lane Payments" goes whole before "Harbor".
  return patterns.sort((a, b) => b.source.length - a.source.length).reduce((q, p) => q.replace(new RegExp(p.source, `${p.flags.replace('g', '')}g`), ' '), question);
}
