// A line asked by its initials where the label spells "and" as "&" ("Energy & Transportation": E&T), and
// an initialism that starts with the letter of a one-letter ticker ("S&A" at Sears, NYSE: S) or a question
// holding that letter as a word ("as a %" at an issuer whose ticker is "A"): neither is the issuer's name.
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import { loadEngine } from '../src/bot.js';
import { writeTmp } from './knowledge-helpers.js';

const ACORN = `# Acorn Tools Inc. Reports First Quarter 2024 Results

**DENVER, April 25, 2024** — Acorn Tools Inc. (NYSE: A) today reported results for the first quarter ended March 31, 2024.

## Income statement

(In millions of US dollars)

| | Q1 2024 | Q1 2023 |
|---|---|---|
| Total revenue | 1,250.0 | 1,100.0 |
| Research & development | 150.0 | 125.0 |
| Selling & administrative | 200.0 | 180.0 |
`;

let n = 0;
let acorn: ReturnType<typeof loadEngine>;
let sears: ReturnType<typeof loadEngine>;
let cat: ReturnType<typeof loadEngine>;
beforeAll(() => {
  acorn = loadEngine({ releases: [writeTmp('acorn-initials-2024q1.md', ACORN)] });
  sears = sharedEngine('../shared/releases/filed/sears-2004q2.txt');
  cat = sharedEngine('../shared/releases/filed/cat-2022q1.htm');
});

describe('initials of a label with "&", and a one-letter ticker that is no initial', () => {
  it('"E&T" is Energy & Transportation; "R&D" is Research & development', () => {
    expect(cat.ask('E&T segment profit yoy', `i-${n++}`).text).toContain('$538.0 million');
    expect(acorn.ask('R&D in Q1 2024', `i-${n++}`).text).toContain('$150.0 million');
  });

  it('"S&A" at Sears (ticker S) is selling and administrative, beside another line too', () => {
    expect(sears.ask('S&A as a % of total revenues, q2', `i-${n++}`).text).toContain('23.5%');
    const both = sears.ask('S&A and total revenues q2', `i-${n++}`).text;
    expect(both).toContain('$2.06 billion');
    expect(both).toContain('$8.8 billion');
  });

  it('"a" in "as a %" is no mention of an issuer whose ticker is A', () => {
    expect(acorn.ask('S&A as a % of total revenue in Q1 2024', `i-${n++}`).text).toContain('16.0%');
  });
});
