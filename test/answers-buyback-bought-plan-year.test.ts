// What was bought under a plan named by its year, where only the release's words give it: the sentences of that
// plan only. "How many ADS did they buy back under the 2023 plan" quoted the 2024 plan's 3.4 million ADSs for
// US$65 million (r57-185); the earlier plan is said only to be "substantially all" used, so no count is given.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const release = [
  '# Synthetic Lantern Networks Reports First Quarter 2027 Results', '', 'Synthetic Lantern Networks today reported results for the first quarter ended March 31, 2027.', '',
  '| ($ in millions) | Q1 2026 | Q1 2027 |', '|---|---|---|', '| Revenue | 410.0 | 455.0 |', '',
  'In September 2025, the board authorised a buyback program (the "2025 Buyback Program") of up to $200 million. By February 2027, the Company had completed substantially all of the 2025 Buyback Program.', '',
  'In February 2027, the board authorised a further buyback program (the "2027 Buyback Program") of up to $300 million.', '',
  'Through April 30, 2027, under the 2027 Buyback Program the Company had acquired 2.6 million of its own shares for approximately $48 million in aggregate.', '',
];
let n = 0;
const ask = (q: string) => inlineEngine(release).ask(q, `bought-plan-year-${n++}`);

describe('what was bought under a plan named by its year', () => {
  it.each([
    'how many shares did they repurchase under the 2025 program?',
    'shares bought back under the 2025 buyback program',
  ])('%s: declined, never the later program\'s count', (q) => {
    const a = ask(q);
    expect(a.status, a.text).toBe('unknown');
    expect(a.text).not.toContain('2.6 million');
  });

  it('the program whose sentence prints it is still answered', () => {
    const a = ask('how many shares did they repurchase under the 2027 program?');
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain('2.6 million');
  });
});
