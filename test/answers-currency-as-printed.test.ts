// A release's currency is the one it prints: any ISO 4217 code printed as a currency ("AED 1,234 million",
// "(in millions of NGN)"), a sign the reader knows ("Fr.", "₩"), and where it names none it can read (a bare
// "1,234 million", or "kr", which four currencies share) its amounts are answered as printed, with a note, never
// in dollars. Before, a code off the currency table left the release's figures unread, and "Fr." or no sign at
// all answered "$1.23 billion". The releases are synthetic.
import { describe, expect, it } from 'vitest';
import { currencyIn } from '../src/knowledge/currencies.js';
import { tokens } from '../src/knowledge/prose/mentions.js';
import { inlineEngine } from './support/inline.js';

/** A synthetic quarter's release: its amounts as `sign` prints them, its table under `note`. */
const release = (name: string, amount: (figure: string) => string, note: string) => [
  `# Synthetic ${name} Holdings Reports Second Quarter 2025 Results`, '',
  `Synthetic ${name} Holdings today reported results for the second quarter ended June 30, 2025.`, '',
  `- Revenue was ${amount('1,234.0')} million, up 8.0% from ${amount('1,142.6')} million in the second quarter of 2024.`,
  `- Net profit was ${amount('150.2')} million, compared with ${amount('140.1')} million a year earlier.`, '',
  `| ${note} | Q2 2025 | Q2 2024 |`, '|---|---|---|', '| Revenue | 1,234.0 | 1,142.6 |', '| Net profit | 150.2 | 140.1 |',
];

const CASES: [string, (f: string) => string, string, string][] = [
  ['Dune', (f) => `AED ${f}`, '(AED millions)', 'AED '],
  ['Niger', (f) => `NGN${f}`, '(in millions of NGN)', 'NGN '],
  ['Jura', (f) => `Fr. ${f}`, '(in millions)', 'Fr. '],
  ['Hanok', (f) => `₩${f}`, '(₩ millions)', '₩'],
];

let n = 0;
describe('a currency printed is that currency', () => {
  it.each(CASES)('%s: revenue and its growth in the currency printed', (name, amount, note, sign) => {
    const engine = inlineEngine(release(name, amount, note), `synthetic-${name.toLowerCase()}-2025q2.md`);
    const value = engine.ask('revenue?', `printed-${n++}`).text;
    expect(value).toContain(`Revenue was ${sign}1,234.0 million in Q2 2025`);
    const growth = engine.ask('revenue growth yoy?', `printed-${n++}`).text;
    expect(growth).toContain('up 8.0%');
    expect(growth).toContain(`from ${sign}1,142.6 million in Q2 2024`);
    expect(`${value}\n${growth}`).not.toContain('$');
  });
});

describe('a release in a currency off the table, asked in it', () => {
  it('"revenue in AED?" of a release in AED is its own figure', () => {
    const [name, amount, note] = CASES[0]!;
    const a = inlineEngine(release(name, amount, note)).ask('revenue in AED?', `printed-${n++}`);
    expect(a.status).toBe('answer');
    expect(a.text).toContain('AED 1,234.0 million');
  });
});

describe('a release that names no currency it can read: amounts as printed, never dollars', () => {
  it.each([
    ['Plain', (f: string) => f, '(in millions)', ''],
    ['Skog', (f: string) => `kr ${f}`, '(kr millions)', 'kr '],
  ])('%s', (name, amount, note, sign) => {
    const engine = inlineEngine(release(name, amount, note), `synthetic-${name.toLowerCase()}-2025q2.md`);
    const value = engine.ask('revenue?', `printed-${n++}`).text;
    expect(value).toContain(`Revenue was ${sign}1,234.0 million in Q2 2025`);
    expect(value).toContain('does not name a currency');
    const growth = engine.ask('revenue growth yoy?', `printed-${n++}`).text;
    expect(growth).toContain(`up 8.0%`);
    expect(`${value}\n${growth}`).not.toMatch(/\$|USD|dollar/);
  });
});

describe('an ISO code is a currency only where printed as one, and in capitals', () => {
  it.each([
    ['(AED millions)', 'AED'],
    ['SAR m', 'SAR'],
    ["EGP'000", 'EGP'],
    ['in millions of NGN', 'NGN'],
    ['(KES)', 'KES'],
  ])('%s → %s', (text, code) => expect(currencyIn(text)).toBe(code));
  it.each(['ALL SEGMENTS', 'TOP CUSTOMERS', 'MAD Holdings', 'AMD revenue'])('%s names no currency', (text) => expect(currencyIn(text)).toBeNull());
  it.each([
    ['all 3 segments', '3'],
    ['the top 10 customers', '10'],
  ])('"%s": a word before a number is no currency', (sentence, figure) => {
    expect(tokens(sentence).map((t) => [t.text, t.currency])).toEqual([[figure, null]]);
  });
});
