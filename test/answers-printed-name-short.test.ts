// A line asked by the analyst's name for it rather than the release's printed wording (hl48 class 1): "SG&A" of
// "Selling, general and admin." (a last word cut short keeps its initial), "operating cash flow" of "Net cash provided
// by operating act.", "preferred dividends" of "Preferred stock dividends", "debt to capital" of "Debt-to-capital
// ratio", "IDs" of identical store sales, "ROE" of "Annualized return on average common equity", "lf" of an airline's load factor, "aircraft
// maintenance" of "Aircraft maintenance, materials and repairs" (the first thing of a list, recognisers/names.ts).
import { describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';

// Each release is loaded inside the test that asks it, so a release that fails to load is that test's named failure.
const pinecrest = 'pinecrest-q3fy26.txt';
const ardent = 'ardent-harbor-3q26.md';
const harrowgate = 'harrowgate-3q26.html';
let n = 0;

describe("a line asked by the analyst's name for it", () => {
  it.each([
    ['SG&A q3', '$1.13 billion', pinecrest],
    ['operating cash flow year to date', '$788.3 million', pinecrest],
    ['preferred dividends in the quarter', '$6.0 million', ardent],
    ['debt to capital?', '22.6%', ardent],
    ['whats the ROE', '13.8%', ardent],
    ['whats the lf', '85.0%', harrowgate],
    ['aircraft maintenance q3', '$64.4 million', harrowgate],
    ['IDs q3', '3.4%', pinecrest],
    ['ID sales yoy', '2.1%', pinecrest],
  ] as const)('%s', (q, figure, doc) => {
    const a = sharedEngine(`eval/hl48/docs/${doc}`).ask(q, `short-${n++}`);
    expect(a.status).toBe('answer');
    expect(a.text).toContain(figure);
  });
});
