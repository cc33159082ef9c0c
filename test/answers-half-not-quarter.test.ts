// A cumulative period asked (a half, H1) is answered for that period, never with the quarter: "first-half"
// (hyphenated) and "1st half" were left unread and the quarter's figure given as if it were the half.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const RELEASE = [
  '# Synthetic Kestrel Rail Reports Second Quarter 2026 Results', '',
  'Synthetic Kestrel Rail today reported results for the second quarter ended June 30, 2026.', '',
  '| (€ in millions) | Q2 2026 | Q2 2025 |', '|---|---|---|', '| Revenue | 900.0 | 850.0 |', '| EBITDA | 310.0 | 280.0 |', '',
  '| (€ in millions) | Six months ended June 30, 2026 | Six months ended June 30, 2025 |', '|---|---|---|', '| Revenue | 1,700.0 | 1,610.0 |', '| EBITDA | 585.0 | 540.0 |',
];
let n = 0;
const ask = (q: string) => inlineEngine(RELEASE).ask(q, `half-${n++}`).text;

describe('a half asked is the half', () => {
  it.each(['first-half EBITDA?', '1st half EBITDA', 'EBITDA, first-half 2026'])('%s → the six months', (q) => {
    const a = ask(q);
    expect(a).toContain('585');
    expect(a).not.toContain('310');
  });
});
