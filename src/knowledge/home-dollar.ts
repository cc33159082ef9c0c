// A release reported in a dollar other than the US one ("All amounts are in Australian dollars (A$)", tables
// headed "A$ million") prints its figures with a bare "$": in its cells and unit notes ("$ millions") as in its
// prose, that "$" is its own dollar, never the US one (a row's "$" cells had made a whole table US$).
import type { Block, TableBlock } from './blocks.js';
import { currencyIn, isDollar } from './currencies.js';
import type { Fact } from './fact.js';

/** The dollar a release says its figures are in ("All amounts are in Canadian dollars", "expressed in NZ$"). */
const STATED = /\b(?:amounts?|figures|results|financial statements|numbers)\b[^.]{0,80}?\b(?:in|expressed in|reported in|stated in|presented in|denominated in)\s+((?:australian|canadian|new zealand|singapore|hong kong|new taiwan)\s+dollars?|[A-Z]{1,2}\$)/i;
/** The US dollar named as such, never by a bare "$" (a line naming it: its bare "$" may be that dollar). */
export const US_DOLLAR = /\bUS\$|\bUSD\b|\bU\.S\.\s*(?:\$|dollars?)/i;

const headOf = (b: TableBlock) => `${b.title} ${b.unitNote} ${b.rows[0]?.cells.join(' ') ?? ''}`;

/** The release's own dollar where it is not the US one: the one it says its amounts are in, else the one every table heading that names a currency names. */
export function homeDollar(blocks: Block[], whole: string): string | null {
  const said = STATED.exec(whole.slice(0, 20_000))?.[1];
  const stated = said ? currencyIn(said) : null;
  const named = new Set<string>();
  for (const b of blocks) {
    const c = b.kind === 'table' ? currencyIn(headOf(b)) : null;
    if (c) named.add(c);
  }
  const home = stated ?? (named.size === 1 ? [...named][0]! : null);
  return home && home !== 'USD' && isDollar(home) ? home : null;
}

/** The tables of a release in its own dollar: a bare "$" in a cell or unit note is that dollar, unless the table's heading names the US dollar as such. */
export function homeCells(blocks: Block[], home: string): Block[] {
  return blocks.map((b) => {
    if (b.kind !== 'table' || US_DOLLAR.test(headOf(b))) return b;
    const noteSaysDollar = currencyIn(`${b.unitNote} ${b.title}`) === 'USD';
    const width = b.cellCurrency?.length ?? Math.max(0, (b.rows[0]?.cells.length ?? 1) - 1);
    const cellCurrency = Array.from({ length: width }, (_, j) => {
      const c = b.cellCurrency?.[j] ?? '';
      return c === 'USD' || (!c && noteSaysDollar) ? home : c;
    });
    return { ...b, cellCurrency };
  });
}

/**
 * A dollar issuer other than a US one (its tables "in thousands of Canadian dollars") prints its own dollars
 * with a bare "$" in its prose too: a prose figure on a line naming no US dollar is in the home currency
 * ("$22.8 million" was printed as US$ beside the tables' C$).
 */
export function homeDollars(facts: Fact[], currency: string): void {
  if (currency === 'USD' || !isDollar(currency)) return;
  for (const f of facts) {
    if (f.source === 'table' || (f.unit.kind !== 'money' && f.unit.kind !== 'per_share') || f.unit.currency !== 'USD') continue;
    const printed = printedAs(f);
    if (printed === 'US' || (!printed && US_DOLLAR.test(f.citation.quote))) continue;
    f.unit = { ...f.unit, currency };
  }
}

/**
 * How the figure itself is printed on its line: after the US dollar's own sign ("US$88"), after a bare "$"
 * ("$1.6 billion", the home dollar even on a line that names a US$ price beside it), or neither found.
 */
function printedAs(f: Fact): 'US' | 'bare' | null {
  const [whole, fraction] = f.value.abs().toFixed(f.decimals).split('.');
  const digits = whole!.replace(/\B(?=(\d{3})+$)/g, ',?') + (fraction ? `\\.${fraction}` : '');
  const at = (sign: string) => new RegExp(`${sign}\\s?${digits}(?![\\d.,]\\d)`).test(f.citation.quote);
  if (at(String.raw`(?:\bUS\$|\bU\.S\.\s?\$|\bUSD\s?)`)) return 'US';
  return at(String.raw`(?<![A-Z.])\$`) ? 'bare' : null;
}
