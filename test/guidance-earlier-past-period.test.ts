// A revised range with its guided period named before the earlier one ("4 % to 6 % for fiscal year 2026
// (previously: 3 % to 5 %) and an adjusted EBITA margin of ...", hunt39 kss-08): the period's words broke the tie
// between the two ranges, and in a sentence guiding a second line the earlier range was read as no one's, so
// "previously?" declined. The period named after a range is the range's own. Synthetic releases.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';
import { quillmoor } from './support/quillmoor.js';

const cases: [string, string, string, string][] = [
  ['for the full year', 'Management now expects net sales growth of 7% to 9% for the full year 2027 (previously 5% to 7%) and an operating margin of 14% to 15%.', 'net sales growth guidance for 2027?', '5%'],
  ['in a year', 'We now anticipate revenue of $1,250 million to $1,270 million in 2027, compared with $1,230 million to $1,250 million previously, and capital expenditures of $90 million to $100 million.', 'revenue guidance 2027', '$1,230'],
  ['for a fiscal name', 'Adjusted EBITDA is now expected at $410 million to $430 million for FY27 (prior: $395 million to $415 million), with free cash flow of $150 million to $170 million.', 'FY27 adjusted EBITDA guide', '$395'],
];

describe.each(cases)('the earlier range after a period named (%s)', (_name, sentence, question, earlier) => {
  it('"previously?" gives the earlier range, cited where it stands', () => {
    const e = inlineEngine(quillmoor(sentence));
    expect(e.ask(question, 't').status).toBe('answer');
    const a = e.ask('previously?', 't');
    expect(a.status).toBe('answer');
    expect(a.text).toContain(earlier);
    expect(a.citations[0]?.line).toBe(9);
  });
});

describe('another line after the period', () => {
  it("a line guided once, with no earlier range, is given none: the revised line's is not its", () => {
    const e = inlineEngine(quillmoor(cases[0]![1]));
    expect(e.ask('operating margin outlook 2027', 't').text).toContain('14%');
    const a = e.ask('previously?', 't');
    expect(a.status).not.toBe('answer');
    expect(a.text).not.toMatch(/\b5%/);
  });
});
