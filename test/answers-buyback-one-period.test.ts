// A buyback line printed for several periods (a cash-flow row: this quarter and a year earlier) is shown once
// (handlers/one-period.ts): for the quarter asked, else its latest, with the period said; never two figures
// under one name. Synthetic release.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const release = [
  '# Synthetic Lotus Finance Reports Second Quarter 2026 Results', '',
  'Synthetic Lotus Finance today reported results for the second quarter ended June 30, 2026.', '',
  '| (RMB in thousands) | Q2 2025 | Q2 2026 |', '|---|---|---|',
  '| Total net revenue | 650,000 | 750,000 |',
  '| Repurchase of ordinary shares | (20,000) | (35,000) |',
];
let n = 0;
const ask = (q: string) => inlineEngine(release, 'lotus-cf-2026q2.md').ask(q, `bb-one-period-${n++}`);

describe('a buyback line printed for two quarters', () => {
  it.each([
    ['buyback?', 'Repurchase of ordinary shares: RMB35.0 million (in Q2 2026), an outflow printed in parentheses in the release'],
    ['buyback in Q2 2026?', 'Repurchase of ordinary shares: RMB35.0 million (in Q2 2026), an outflow printed in parentheses in the release'],
    ['buyback in Q2 2025?', 'Repurchase of ordinary shares: RMB20.0 million (in Q2 2025), an outflow printed in parentheses in the release'],
  ])('%s: the quarter asked, else the latest, once and dated', (q, text) => {
    const a = ask(q);
    expect([a.status, a.text]).toEqual(['answer', text]);
    expect(a.citations.map((c) => c.line)).toEqual([8]);
  });
});
