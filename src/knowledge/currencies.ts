// The currencies releases print, as one table (data): the code a fact carries, the signs a figure is
// printed behind ("Ps.1,100 million", "R$", "S/", "Rs.", "₹", "HK$"), the words unit notes and headers
// name it by ("(In millions of Mexican pesos)"), and the sign an answer prints. Prose mentions, table
// cells, unit notes, column headers and the answers' format all read this one list.
// "$" alone is the US dollar; a sign shared by several currencies ("kr": SEK, NOK, DKK) is left out, so
// such a figure is left unread rather than put in a currency guessed.
import { literal } from './literal.js';

interface CurrencyDef {
  /** ISO 4217, except RMB (as releases and readers write CNY). */
  code: string;
  /** Signs as printed before a figure, longest first within a currency; the code itself is one. */
  signs: string[];
  /** The currency in words (a regular expression's source), as unit notes and headers name it. */
  words?: string;
  /** How an answer prints it before a figure (a sign that ends on a letter or a full stop, with a space). */
  print: string;
}

/** Other currencies, named by their ISO code only ("SEK m", "NOK million"). */
const CODES_ONLY = ['SEK', 'NOK', 'DKK', 'ISK', 'PLN', 'CZK', 'HUF', 'KRW', 'ILS', 'TRY', 'THB', 'MYR', 'IDR', 'PHP', 'COP', 'CLP', 'ARS'];

// Order matters where signs overlap: every other dollar before "$".
export const CURRENCIES: readonly CurrencyDef[] = [
  { code: 'RMB', signs: ['RMB', 'Rmb', 'CNY'], words: 'renminbi', print: 'RMB' },
  { code: 'HKD', signs: ['HK$', 'HKD'], words: 'hong kong dollars?', print: 'HK$' },
  { code: 'CAD', signs: ['C$', 'CA$', 'CAD'], words: 'canadian dollars?', print: 'C$' },
  { code: 'AUD', signs: ['A$', 'AU$', 'AUD'], words: 'australian dollars?', print: 'A$' },
  { code: 'NZD', signs: ['NZ$', 'NZD'], words: 'new zealand dollars?', print: 'NZ$' },
  { code: 'SGD', signs: ['S$', 'SGD'], words: 'singapore dollars?', print: 'S$' },
  { code: 'TWD', signs: ['NT$', 'TWD'], words: 'new taiwan dollars?', print: 'NT$' },
  { code: 'BRL', signs: ['R$', 'BRL'], words: 'brazilian reais|reais', print: 'R$' },
  { code: 'MXN', signs: ['MX$', 'Ps.', 'MXN'], words: 'mexican pesos?', print: 'Ps. ' },
  { code: 'PEN', signs: ['S/.', 'S/', 'PEN'], words: '(?:peruvian )?soles', print: 'S/' },
  { code: 'INR', signs: ['₹', 'Rs.', 'Rs', 'INR'], words: 'rupees?', print: '₹' },
  { code: 'CHF', signs: ['CHF'], words: 'swiss francs?', print: 'CHF ' },
  { code: 'EUR', signs: ['€', 'EUR'], words: 'euros?', print: '€' },
  { code: 'GBP', signs: ['£', 'GBP'], words: 'pounds? sterling', print: '£' },
  { code: 'JPY', signs: ['¥', 'JPY'], words: 'yen', print: '¥' },
  // "R19,096 million", a corner "Rm": the rand's one-letter sign reads only before a figure or a scale.
  { code: 'ZAR', signs: ['ZAR', 'R'], words: '(?:south african )?rand', print: 'R' },
  ...CODES_ONLY.map((code) => ({ code, signs: [code], print: `${code} ` })),
  { code: 'USD', signs: ['US$', 'USD', '$'], words: 'u\\.?s\\.? dollars?|dollars?', print: 'US$' },
];

/** A one-letter sign ("R") is a sign only before a figure or a scale ("R19,096", "Rm"), never a word's or a label's letter ("R&D"). */
const ONE_LETTER = '(?=\\s?\\d|(?:m|bn)(?![A-Za-z]))';

/**
 * A sign standing alone: not the end of a word ("EPS.") nor the start of one ("CADENCE"), though a scale
 * may be written onto it ("EURm", "SEKbn").
 */
const bounded = (sign: string) =>
  `${/^[A-Za-z]/.test(sign) ? '(?<![A-Za-z])' : ''}${literal(sign)}${/[A-Za-z/]$/.test(sign) ? '(?!(?!(?:m|mn|mm|bn|k)(?![A-Za-z]))[A-Za-z])' : ''}${sign.length === 1 && /[A-Z]/.test(sign) ? ONE_LETTER : ''}`;

const BY_SIGN = new Map(CURRENCIES.flatMap((c) => c.signs.map((s) => [s, c] as const)));
/** Every sign, longest first, so "US$" is read before "$" and "S/." before "S/". */
const SIGNS = [...BY_SIGN.keys()].sort((a, b) => b.length - a.length);

/** The longest sign's length in characters. */
export const SIGN_MAX_LENGTH = SIGNS[0]!.length;

/** A regular expression's source matching any currency sign (a capture group's worth, no group of its own). */
export const SIGN_SOURCE = `(?:${SIGNS.map(bounded).join('|')})`;

/** A regular expression's source matching any currency in words ("yen", "U.S. dollars", "Swiss francs"), no group of its own. */
export const WORDS_SOURCE = `(?:${CURRENCIES.flatMap((c) => (c.words ? [c.words] : [])).join('|')})`;

/** The currency code of a sign as printed ("Ps." → MXN), or null for one not in the table. */
export function codeOfSign(sign: string): string | null {
  return BY_SIGN.get(sign.trim())?.code ?? null;
}

/** A currency's hundredth as releases print it ("3.9p": GBX, pence sterling) → its currency; any other code is its own. */
export const majorOf = (code: string): string => (code === 'GBX' ? 'GBP' : code);

/** How answers print a currency: its table sign, else its code and a space. */
export function printOf(code: string): string {
  return CURRENCIES.find((c) => c.code === code)?.print ?? `${code} `;
}

/**
 * The sign a figure was printed with, as an answer prints it, where it is not the one answers would print
 * for its currency ("Rs." and "EUR " rather than "₹" and "€"); undefined for the usual sign, and for dollars
 * (a dollar issuer's "$" is settled for the whole release).
 */
export function ownSign(sign: string): string | undefined {
  const t = sign.trim();
  const c = BY_SIGN.get(t);
  if (!c || c.code === 'USD' || t === c.print.trim()) return undefined;
  // "Ps. 1,100": a sign that ends on a letter or a full stop is set apart, so its figure reads whole ("Ps.1" would end a sentence).
  return /[A-Za-z.]$/.test(t) ? `${t} ` : t;
}

/** Per currency, in table order: its signs (as printed, case kept) and its words (any case). */
const NAMED = CURRENCIES.map((c) => ({ code: c.code, signs: new RegExp(c.signs.map(bounded).join('|')), words: c.words ? new RegExp(`\\b(?:${c.words})\\b`, 'i') : null }));

/** The currency a header, cell or unit note names (a sign, or the currency in words), or null. RMB before "$" ("US$" beside RMB columns). */
export function currencyIn(text: string): string | null {
  return NAMED.find((c) => c.signs.test(text) || c.words?.test(text))?.code ?? null;
}

/** A dollar currency (US, Canadian, Hong Kong...), read from its words: "R$" (the real) and "S$" share a sign shape only. */
export function isDollar(code: string): boolean {
  const words = CURRENCIES.find((c) => c.code === code)?.words;
  return !!words && /dollar/.test(words);
}
