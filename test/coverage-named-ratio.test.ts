// A ratio asked by one line's name ("cat loss ratio") is that line's value, so every word the question names must
// be about the line, as for a value: "catastrophe" is no word of "Loss and LAE ratio", and answering 65.1% for the
// catastrophe points would be a wrong number. The bot declines and names the word it could not place.
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import type { Engine } from '../src/intents/answer.js';

let insurer: Engine;
beforeAll(() => {
  insurer = sharedEngine('eval/hl8/docs/bwag-2026q3.html');
});

describe('a ratio named with a word its line is not about', () => {
  it.each(['cat loss ratio points', 'catastrophe loss ratio', 'cat loss ratio'])('declines "%s" naming the word', (q) => {
    const a = insurer.ask(q, q);
    expect(a.status).toBe('unknown');
    expect(a.text).not.toMatch(/65\.1/);
    expect(a.text).toMatch(/catastrophe/);
  });
  it.each([
    ['loss ratio', /^Loss and LAE ratio was 65\.1%/],
    ['combined ratio', /^Combined ratio was 93\.8%/],
    ['expense ratio', /^Expense ratio was 28\.7%/],
  ])('still answers "%s" by its line', (q, re) => {
    expect(insurer.ask(q, q).text).toMatch(re);
  });
});
