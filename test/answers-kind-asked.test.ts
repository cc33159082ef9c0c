// A name that fits an amount line and its per-share line ("core FFO", "net income" beside "... per diluted
// share") is the kind the question asks for: "per share" the per-share line, the name alone or with a
// currency ("in dollars") the amount, never a needless question (hl24-lk01, lk08, lk11). A per-share
// label that prints its currency after a comma ("Earnings per share, SEK") is heard as EPS (hl24-nv02).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

let reit: Engine;
let sek: Engine;
beforeAll(() => {
  reit = inlineEngine([
    '# Larkspur Homes Reports First Quarter 2026 Results',
    '',
    'Larkspur Homes today reported results for the first quarter ended March 31, 2026.',
    '',
    '| (US$ in thousands, except per share) | Q1 2025 | Q1 2026 |',
    '|---|---|---|',
    '| Net income attributable to common stockholders | 30,000 | 33,000 |',
    '| Core FFO attributable to common stockholders and unitholders | 90,000 | 97,000 |',
    '| Net income per diluted share | 0.25 | 0.28 |',
    '| Core FFO per diluted share and unit | 0.77 | 0.83 |',
  ], 'homes-2026q1.md');
  sek = inlineEngine([
    '# Fjell Kraft AB Interim report January–March 2026',
    '',
    'Fjell Kraft AB reports its results for the first quarter ended March 31, 2026.',
    '',
    '| SEK m | Q1 2026 | Q1 2025 |',
    '|---|---|---|',
    '| Net sales | 4,812 | 4,395 |',
    '| Profit for the period | 364 | 314 |',
    '| Earnings per share, SEK | 2.55 | 2.19 |',
  ], 'fjell-2026q1.md');
});

describe('the kind of figure asked picks among an amount and its per-share line', () => {
  it.each(['core FFO per share Q1 2026', 'Q1 2026 core FFO per share?'])('"%s" is the per-share line', (q) => {
    const a = reit.ask(q, q);
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain('$0.83');
  });
  it.each(['core FFO in dollars for Q1 2026', 'net income for Q1 2026'])('"%s" is the amount', (q) => {
    const a = reit.ask(q, q);
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toMatch(/\$97\.0 million|\$33\.0 million/);
    expect(a.text).not.toMatch(/\$0\.\d\d/);
  });
  it('a per-share line for a quarter the release does not give declines, never asks', () => {
    const a = reit.ask('core FFO per share in Q3 2025', 'x');
    expect(a.status).toBe('unknown');
    expect(a.text).not.toContain('$0.');
  });
});

describe('a per-share label with its currency after a comma', () => {
  it.each(['EPS in Q1 2026', 'earnings per share in Q1 2026', 'Q1 2026 EPS growth yoy'])('"%s" is the earnings per share', (q) => {
    const a = sek.ask(q, q);
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain('SEK 2.55');
  });
  it('"diluted EPS" is not said of a line that prints no diluted figure', () => {
    expect(sek.ask('diluted EPS in Q1 2026', 'd').status).toBe('unknown');
  });
});
