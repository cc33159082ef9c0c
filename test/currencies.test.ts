// One currency table (src/knowledge/currencies.ts) read by prose, table cells, unit notes and headers:
// a figure behind any sign of it is read whole, in that currency, and answered with the sign the release
// prints. Pinned by examples per sign and an inline synthetic release.
import { beforeAll, describe, expect, it } from 'vitest';
import { CURRENCIES, codeOfSign, currencyIn } from '../src/knowledge/currencies.js';
import { tokens } from '../src/knowledge/prose/mentions.js';
import { figureText } from '../src/knowledge/html-tables.js';
import { inlineEngine } from './support/inline.js';

describe('every sign of the currency table', () => {
  const signs = CURRENCIES.flatMap((c) => c.signs.map((sign) => ({ sign, code: c.code })));
  it.each(signs)('"$sign1,100.5 million" is 1,100.5 million $code, in prose and in a cell', ({ sign, code }) => {
    const [t, ...rest] = tokens(`Net income was ${sign}1,100.5 million.`);
    expect(rest).toEqual([]);
    expect([t!.currency, t!.value.toString(), t!.scale]).toEqual([code, '1100.5', 1e6]);
    expect(figureText(`${sign}1,100.5`)).toEqual({ text: '1,100.5', currency: code });
    expect(codeOfSign(sign)).toBe(code);
  });
});

describe('signs and names in headers and unit notes', () => {
  it.each([
    ['(In millions of Mexican pesos ("Ps.") and U.S. dollars ("US$"))', 'MXN'],
    ['Ps.', 'MXN'],
    ['R$ millions', 'BRL'],
    ['(Amounts in thousands of Renminbi)', 'RMB'],
    ['HK$ million', 'HKD'],
    ['(S/ in thousands)', 'PEN'],
    ['EURm', 'EUR'],
    ['(Dollars in thousands)', 'USD'],
    ['(₹ in crore)', 'INR'],
  ])('%s → %s', (text, code) => expect(currencyIn(text)).toBe(code));
  it.each(['Three Months Ended', 'S/S growth', 'EPS.', 'CADENCE', 'Q3 2026'])('%s names no currency', (text) => expect(currencyIn(text)).toBeNull());
});

describe('a sign is no part of a word', () => {
  it.each(['an entry 5 times', 'the EPS.5 note'])('%s', (s) => expect(tokens(s).every((t) => t.currency === null)).toBe(true));
});

const PESOS = [
  '# Synthetic Lending Reports Third Quarter 2026 Results',
  '',
  'Synthetic Lending today announced results for the third quarter ended September 30, 2026.',
  '',
  '- **Net income** was Ps.313.7 million (US$17.2 million), up 72.5% from Ps.181.9 million in the third quarter of 2025.',
  '',
  'For the full year 2026, Synthetic Lending now expects net income of Ps.1,100 million to Ps.1,150 million.',
  '',
  'Peso amounts are translated into U.S. dollars at the rate of Ps.18.2450 to US$1.00.',
];

describe('a peso issuer, as printed', () => {
  let engine: ReturnType<typeof inlineEngine>;
  beforeAll(() => {
    engine = inlineEngine(PESOS);
  });
  const ask = (q: string) => engine.ask(q, 'pesos');
  it('reads "Ps.1,100 million" whole: the guided midpoint is Ps.1,125 million, never "100 million"', () => {
    const a = ask('midpoint of FY2026 net income guidance');
    expect(a.text).toContain('Ps. 1,125 million');
    expect(a.text).not.toMatch(/(?<![\d,])100 million/);
  });
  it('answers with the sign the release prints, set apart where it ends on a full stop', () => {
    expect(ask('net income').text).toContain('Ps. 313.7 million');
    const rupees = inlineEngine(['# Synthetic Cements Reports Third Quarter 2026 Results', '', 'Synthetic Cements today announced results for the third quarter ended September 30, 2026.', '', '- **Revenue from operations** was Rs.1,250.0 crore, up 8.1% year over year.']);
    // (A narrative crore was printed as a million: "Rs.1,250.0 million".)
    expect(rupees.ask('revenue from operations', 'rupees').text).toContain('Rs. 1,250.0 crore');
  });
  it('reads the exchange rate of its own currency', () => expect(ask('what exchange rate does the release use?').text).toContain('Ps. 18.2450 to US$1.00'));
});

// An issuer whose currency only its unit note or its text names: its amounts were answered in "$".
const REAIS = [
  '# Synthetic Pagamentos Reports Third Quarter 2026 Results',
  '',
  'Synthetic Pagamentos S.A. today announced results for the third quarter ended September 30, 2026.',
  '',
  '## Consolidated Statement of Income',
  '',
  '(in thousands of Brazilian reais)',
  '',
  '| | Three Months Ended September 30, 2026 | Three Months Ended September 30, 2025 |',
  '|---|---:|---:|',
  '| Total revenue | 1,234,512 | 1,102,243 |',
  '| Net income | 201,337 | 170,450 |',
];
const PESOS_IN_WORDS = [
  '# Synthetic Financiera Reports Third Quarter 2026 Results',
  '',
  'Synthetic Financiera today announced results for the third quarter ended September 30, 2026. All figures are in Mexican pesos.',
  '',
  '(In millions)',
  '',
  '| | 3Q26 | 3Q25 |',
  '|---|---:|---:|',
  '| Net income | 313.7 | 181.9 |',
];

describe('a currency named only in words', () => {
  it('is the currency of the amounts, printed with its sign, never "$"', () => {
    const reais = inlineEngine(REAIS).ask('net income', 'reais').text;
    expect(reais).toContain('R$201.3 million');
    expect(reais).not.toMatch(/(?<!R)\$/);
    expect(inlineEngine(PESOS_IN_WORDS).ask('net income', 'pesos-words').text).toContain('Ps. 313.7 million');
  });
  it('asked in USD with no rate stated, declines and says why (it answered the local amount)', () => {
    const a = inlineEngine(REAIS).ask('net income in USD', 'reais-usd');
    expect(a.status).toBe('unknown');
    expect(a.text).toContain('in BRL only');
    expect(a.text).toContain('no exchange rate');
  });
});
