// A buyback sized in shares and capped in money in one sentence ("repurchase up to 3.0 million shares ... for a
// total of up to ¥15.0 billion"): asked for its details, the bot gave the share count and left the amount out.
// The amount is now given in the release's words beside the count. Synthetic releases, two wordings; a
// sentence with no cap in money adds nothing.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';
import { RIDGEWAY_HEAD } from './support/ridgeway.js';

const release = (sentence: string) => [
  ...RIDGEWAY_HEAD,
  '',
  '## Share Repurchase',
  '',
  sentence,
];

describe('a buyback capped in shares and in money', () => {
  it.each([
    ['On October 20, 2026, the Board resolved to repurchase up to 2.5 million shares of its common stock for a total of up to $120.0 million through December 31, 2026.', '$120.0 million'],
    ['The Board approved the repurchase of up to 4.0 million shares for an aggregate amount of up to $200 million.', '$200 million'],
  ])('gives the amount beside the count: %s', (sentence, cap) => {
    const a = inlineEngine(release(sentence)).ask('buyback details?', 'cap');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('million shares');
    expect(a.text).toContain(cap);
    expect(a.citations.length).toBeGreaterThan(0);
  });
  it('adds nothing where the sentence caps the count only', () => {
    const a = inlineEngine(release('On October 20, 2026, the Board resolved to repurchase up to 2.5 million shares of its common stock through December 31, 2026.')).ask('buyback details?', 'count');
    expect(a.text).not.toContain("The plan's amount");
  });
});
