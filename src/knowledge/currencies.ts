// The currencies releases print, as one table (data): the code a fact carries, the signs a figure is
// printed behind ("Ps.1,100 million", "R$", "S/", "Rs.", "₹", "HK$"), the words unit notes and headers
// name it by ("(In millions of Mexican pesos)"), and the sign an answer prints. Prose mentions, table
// cells, unit notes, column headers and the answers' format all read this one list.
// "$" alone is the US dollar; a sign shared by several currencies ("kr": SEK, NOK, DKK) is no currency of its
// own: its figures keep the sign as printed and are in none named (UNSTATED). Every other ISO 4217 code
// (the currency-codes package's list) is a currency where it is printed as one (see ISO_ONLY).
import iso from 'currency-codes';
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

/**
 * ISO 4217's code for "no currency": the currency of a figure whose release names none it can read (a
 * bare "1,234 million", or "kr", which SEK, NOK, DKK and ISK share). Answers print such a figure as printed,
 * never in dollars.
 */
export const UNSTATED = 'XXX';

/** Other currencies releases name by their ISO code ("SEK m", "NOK million"), read wherever the code stands alone. */
const CODES_ONLY = ['SEK', 'NOK', 'DKK', 'ISK', 'PLN', 'CZK', 'HUF', 'KRW', 'ILS', 'TRY', 'THB', 'MYR', 'IDR', 'PHP', 'COP', 'CLP', 'ARS'];
/** Signs that name one currency only, beside its code ("₩1,234", "₺", "zł"), as data: code → signs. */
const OTHER_SIGNS: Record<string, string[]> = { KRW: ['₩'], TRY: ['₺'], PLN: ['zł'], CZK: ['Kč'], ILS: ['₪'], PHP: ['₱'], THB: ['฿'], NGN: ['₦'], VND: ['₫'], UAH: ['₴'], RUB: ['₽'], KZT: ['₸'], GHS: ['GH₵'] };
/** ISO 4217 units that are no money a release reports in: metals, bond units, the test code, and "no currency". */
const NOT_MONEY = ['XAG', 'XAU', 'XPD', 'XPT', 'XBA', 'XBB', 'XBC', 'XBD', 'XSU', 'XUA', 'XTS', UNSTATED];

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
  { code: 'CHF', signs: ['CHF', 'SFr.', 'Fr.'], words: 'swiss francs?', print: 'CHF ' },
  { code: 'EUR', signs: ['€', 'EUR'], words: 'euros?', print: '€' },
  { code: 'GBP', signs: ['£', 'GBP'], words: 'pounds? sterling', print: '£' },
  { code: 'JPY', signs: ['¥', 'JPY'], words: 'yen', print: '¥' },
  // "R19,096 million", a corner "Rm": the rand's one-letter sign reads only before a figure or a scale.
  { code: 'ZAR', signs: ['ZAR', 'R'], words: '(?:south african )?rand', print: 'R' },
  ...CODES_ONLY.map((code) => ({ code, signs: [code, ...(OTHER_SIGNS[code] ?? [])], print: `${code} ` })),
  // Other currencies' own signs ("₦"); their codes are read as every other ISO code is (ISO_SOURCE).
  ...Object.entries(OTHER_SIGNS).flatMap(([code, signs]) => (CODES_ONLY.includes(code) ? [] : [{ code, signs, print: `${code} ` }])),
  { code: UNSTATED, signs: ['kr'], print: '' },
  { code: 'USD', signs: ['US$', 'USD', '$'], words: 'u\\.?s\\.? dollars?|dollars?', print: 'US$' },
];

/** A one-letter sign ("R"), "Fr." and "kr" are signs only before a figure or a scale ("R19,096", "Rm", "Fr. 1,234", "kr millions"), never a word's or a label's letter ("R&D"). */
const ONE_LETTER = String.raw`(?=\s?\d|(?:m|bn)(?![A-Za-z])|\s+(?:thousands?|millions?|billions?)\b|\s?['’]?000)`;
const FIGURE_ONLY = new Set(['R', 'Fr.', 'kr']);

/** After a sign that ends on a letter: no more letters, but a scale written onto it ("EURm", "SEKbn"). */
const SCALE_ONTO = '(?!(?!(?:m|mn|mm|bn|k)(?![A-Za-z]))[A-Za-z])';

/**
 * A sign standing alone: not the end of a word ("EPS.") nor the start of one ("CADENCE"), though a scale
 * may be written onto it ("EURm", "SEKbn").
 */
const bounded = (sign: string) =>
  `${/^[A-Za-z]/.test(sign) ? '(?<![A-Za-z])' : ''}${literal(sign)}${/[A-Za-z/]$/.test(sign) ? SCALE_ONTO : ''}${FIGURE_ONLY.has(sign) ? ONE_LETTER : ''}`;

const BY_SIGN = new Map(CURRENCIES.flatMap((c) => c.signs.map((s) => [s, c] as const)));
/** Every sign, longest first, so "US$" is read before "$" and "S/." before "S/". */
const SIGNS = [...BY_SIGN.keys()].sort((a, b) => b.length - a.length);

/** Every other ISO 4217 code ("AED", "NGN", "QAR"): the package's list, less the table's and what is no money. */
const ISO_ONLY = new Set(iso.codes().filter((c) => !BY_SIGN.has(c) && !NOT_MONEY.includes(c)));
/**
 * Those codes as one pattern, one alternative per first letter (prose reads every sentence through it): a currency
 * only where printed as one, before a figure or a scale ("AED 1,234", "SAR m", "QAR millions", "EGP'000", "(KES)")
 * or after "in"/"of" ("in millions of NGN"), and in capitals (codeOfSign): "ALL", "TOP" and "MAD" are words too.
 */
const ISO_SOURCE = ((): string => {
  const byLetter = new Map<string, string[]>();
  for (const c of ISO_ONLY) byLetter.set(c[0]!, [...(byLetter.get(c[0]!) ?? []), c.slice(1)]);
  const codes = [...byLetter].map(([first, rest]) => `${first}(?:${rest.join('|')})`).join('|');
  const asCurrency = String.raw`(?:(?=\s?-?\.?\d|\s?(?:m|mn|bn|k)(?![A-Za-z])|\s?['’]?000|\s+(?:thousands?|millions?|billions?)\b|\s*\))|(?<=\b(?:in|of)\s+[A-Z]{3}))`;
  return `(?<![A-Za-z])(?:${codes})${SCALE_ONTO}${asCurrency}`;
})();
/** The longest sign's length in characters (an ISO code is three). */
export const SIGN_MAX_LENGTH = Math.max(SIGNS[0]!.length, 3);

/** A regular expression's source matching any currency sign (a capture group's worth, no group of its own). */
export const SIGN_SOURCE = `(?:${SIGNS.map(bounded).join('|')}|${ISO_SOURCE})`;

/**
 * An ISO code with its scale written onto its front, as Nordic and German releases print a unit ("MSEK",
 * "MEUR": millions; "TEUR", "KSEK": thousands), in capitals; `prefixes` the scale letters read. "ALL" is
 * left out: "MALL" and "TALL" are words.
 */
export const scaledCodeSource = (prefixes: string): string => {
  const codes = [...BY_SIGN.keys(), ...ISO_ONLY].filter((c) => /^[A-Z]{3}$/.test(c) && c !== 'ALL');
  return `(?<![A-Za-z])[${prefixes}](?:${codes.join('|')})(?![A-Za-z])`;
};
const SCALED_CODE = new RegExp(scaledCodeSource('MTK'));

/** A regular expression's source matching any currency in words ("yen", "U.S. dollars", "Swiss francs"), no group of its own. */
export const WORDS_SOURCE = `(?:${CURRENCIES.flatMap((c) => (c.words ? [c.words] : [])).join('|')})`;

/**
 * The currency code of a sign as printed ("Ps." → MXN), or null for one not a sign. `anyCase`: a sign of the
 * table in other letters ("Rmb", "usd"); an ISO code off the table is one in capitals only ("all" is a word).
 */
export function codeOfSign(sign: string, anyCase = false): string | null {
  const t = sign.trim();
  return BY_SIGN.get(t)?.code ?? (ISO_ONLY.has(t) ? t : ((anyCase && BY_SIGN.get(t.toUpperCase())?.code) || null));
}

/**
 * Minor units, as releases print per-share figures and prices in them ("781.1 cents" of a rand release, "3.9p",
 * "45 paise"): each a unit of its own under a code no ISO currency bears, printed after the figure, never read as
 * its major currency nor as another's. `words`: what a release writes after the figure (a regular expression's
 * source); `print`: what an answer writes after it. (A dollar's cents are read as that dollar, exactly: "25 cents"
 * in a Canadian release is C$0.25.)
 */
export const MINOR_UNITS: readonly { code: string; major: string; words: string; print: string }[] = [
  { code: 'GBX', major: 'GBP', words: 'pence|p', print: 'p' },
  { code: 'ZAC', major: 'ZAR', words: 'SA cents?|cents?|c|¢', print: ' SA cents' },
  { code: 'EUC', major: 'EUR', words: 'cents?|c|¢', print: ' euro cents' },
  { code: 'INP', major: 'INR', words: 'paise', print: ' paise' },
  { code: 'SEO', major: 'SEK', words: 'öre', print: ' öre' },
  { code: 'NOO', major: 'NOK', words: 'øre', print: ' øre' },
  { code: 'DKO', major: 'DKK', words: 'øre', print: ' øre' },
  { code: 'MYS', major: 'MYR', words: 'sen', print: ' sen' },
  { code: 'MXC', major: 'MXN', words: 'centavos?', print: ' centavos' },
  { code: 'BRC', major: 'BRL', words: 'centavos?', print: ' centavos' },
  { code: 'PHC', major: 'PHP', words: 'centavos?', print: ' centavos' },
];
/** A minor unit whose currency the release does not tell: its figure keeps the unit's word as printed (the unit's symbol). */
export const MINOR_UNTOLD = 'XCT';
/**
 * A minor unit's word right after a figure ("781.1 cents", "45 paise", "310¢"), in any case ("Cents", "PENCE"): its
 * word as printed in group 1; a one-letter unit ("3.9p", "781.1c") only written onto the figure, in its own case
 * (a capital is another thing's mark), in group 2.
 */
export const MINOR_AFTER = ((): RegExp => {
  const words = [...new Set(MINOR_UNITS.flatMap((m) => m.words.split('|')))];
  // (Longest first: "SA cents" before "cents".)
  const long = words.filter((w) => w.length > 2).sort((a, b) => b.length - a.length).map(anyCase);
  const short = words.filter((w) => w.length <= 2);
  return new RegExp(`^(?:\\s?(${long.join('|')})(?![A-Za-zÀ-ÿ])|(${short.join('|')})(?![A-Za-zÀ-ÿ\\d]))`);
})();

/** A word's pattern in any case, each letter either ("cents?" → "[cC][eE][nN][tT][sS]?"). */
function anyCase(source: string): string {
  return source.replace(/\p{L}/gu, (c) => (c.toLowerCase() === c.toUpperCase() ? c : `[${c.toLowerCase()}${c.toUpperCase()}]`));
}

/** The minor unit of `major` a word names ("cents" of ZAR: ZAC), or null. */
export function minorUnit(major: string, word: string): string | null {
  return MINOR_UNITS.find((m) => m.major === major && new RegExp(`^(?:${m.words})$`, 'iu').test(word.trim()))?.code ?? null;
}

/** A minor unit's figure as answers print it ("781.1 SA cents", "3.9p"; one whose currency is not told, with its word as printed), or null for any other currency. */
export function minorPrinted(code: string, figure: string, word?: string): string | null {
  if (code === MINOR_UNTOLD) return `${figure}${word && /^[¢pc]$/.test(word) ? '' : ' '}${word ?? 'cents'}`;
  const m = MINOR_UNITS.find((u) => u.code === code);
  return m ? `${figure}${m.print}` : null;
}

/** A minor unit's name in words ("SA cents", "pence"), or null for a currency that is no minor unit. */
export function minorName(code: string): string | null {
  const m = MINOR_UNITS.find((u) => u.code === code);
  if (!m) return null;
  return m.print.trim().length > 1 ? m.print.trim() : m.words.split('|')[0]!;
}

/** A currency's minor unit as releases print it ("3.9p": GBX, pence sterling) → its currency; any other code is its own. */
export const majorOf = (code: string): string => MINOR_UNITS.find((m) => m.code === code)?.major ?? code;

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

/** A currency's reader: its signs (as printed, case kept) or its words (any case) → its code. */
function namedBy(c: CurrencyDef): (text: string) => string | null {
  const signs = new RegExp(c.signs.map(bounded).join('|'));
  const words = c.words ? new RegExp(`\\b(?:${c.words})\\b`, 'i') : null;
  return (text) => (signs.test(text) || words?.test(text) ? c.code : null);
}
const ISO_NAMED = new RegExp(ISO_SOURCE);
/** Per currency, in table order, every other ISO code before "$". */
const NAMED = [
  ...CURRENCIES.slice(0, -1).map(namedBy),
  (text: string) => ISO_NAMED.exec(text)?.[0] ?? null,
  (text: string) => codeOfSign(SCALED_CODE.exec(text)?.[0].slice(1) ?? ''),
  namedBy(CURRENCIES.at(-1)!),
];

/** The currency a header, cell or unit note names (a sign, or the currency in words), or null. RMB before "$" ("US$" beside RMB columns). */
export function currencyIn(text: string): string | null {
  for (const named of NAMED) {
    const code = named(text);
    if (code) return code;
  }
  return null;
}

/** A dollar currency (US, Canadian, Hong Kong...), read from its words: "R$" (the real) and "S$" share a sign shape only. */
export function isDollar(code: string): boolean {
  const words = CURRENCIES.find((c) => c.code === code)?.words;
  return !!words && /dollar/.test(words);
}
