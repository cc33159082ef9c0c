// A cumulative period asked (a half, H1) is answered for that period, never with the quarter: "first-half"
// (hyphenated) and "1st half" were left unread and the quarter's figure given as if it were the half.
// A change of a half runs against a half: "a year earlier" beside it is the half a year before, and a half against
// a quarter (up 100%) is no change at all.
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

describe('a change of a half is against a half', () => {
  it('"a year earlier" beside a half is the half a year earlier, never the quarter a year earlier', () => {
    const a = ask('H1 revenue a year earlier');
    expect(a).toContain('up 5.6%');
    expect(a).toContain('1,610.0');
    expect(a).not.toContain('100.0%');
  });
  it('a half against a quarter, asked outright, is declined: spans of unlike lengths', () => {
    const a = inlineEngine(RELEASE).ask('revenue H1 2026 vs Q2 2025', `half-${n++}`);
    expect(a.status).toBe('unknown');
    expect(a.text).toContain('different lengths');
  });
});
