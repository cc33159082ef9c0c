// A convenience translation the release restricts to its own period ("amounts for 2Q26 have been translated into
// U.S. dollars at R$5.40") was applied to a prior period asked in USD, a USD figure the release does not give. It
// translates only the periods its sentence names: another is declined, naming the period the rate is for. A
// sentence naming no period ("all translations ... are made at") still translates any, saying whose rate it is.
// Synthetic issuers, made-up figures.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const release = (note: string) =>
  inlineEngine([
    '# Synthetic Caju Pagamentos S.A. Reports Second Quarter 2026 Results', '',
    `All figures are in millions of Brazilian reais (R$) unless otherwise stated. ${note}`, '',
    '| (R$ million) | 2Q25 | 1Q26 | 2Q26 |', '|---|---:|---:|---:|',
    '| Total revenue | 2,410.5 | 2,790.0 | 2,934.4 |', '| Net income | 304.0 | 476.8 | 551.3 |',
  ]);
const only = () => release('For convenience only, amounts for 2Q26 have been translated into U.S. dollars at R$5.40 to US$1.00, the exchange rate on June 30, 2026.');
let n = 0;

describe('a rate for named periods only', () => {
  it.each(['net income in USD for 2Q25?', 'net income in US$ for 1Q26', 'what was total revenue in dollars in 2Q25?'])('%s → declined, naming the period translated', (q) => {
    const a = only().ask(q, `fx-${n++}`);
    expect(a.status).toBe('unknown');
    expect(a.text).toContain('translates only Q2 2026');
    expect(a.text).not.toMatch(/US\$[\d.,]+ million/);
  });
  it('its own period is translated', () => {
    const a = only().ask('net income in USD for 2Q26', `fx-${n++}`);
    expect(a.status).toBe('answer');
    expect(a.text).toContain('US$102.1 million');
  });
});

describe('a rate for any period', () => {
  it('a prior period is translated at it, said to be the release\'s rate', () => {
    const a = release('Translations of R$ amounts into U.S. dollars are made at a rate of R$5.40 to US$1.00 as of June 30, 2026.').ask('net income in USD for 2Q25?', `fx-${n++}`);
    expect(a.status).toBe('answer');
    expect(a.text).toContain('US$56.3 million');
  });
});
