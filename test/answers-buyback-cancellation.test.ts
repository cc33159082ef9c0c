// A purchase "for cancellation" is a buyback only where shares (stock, units) are what is cancelled: options or
// contracts surrendered "for cancellation" are no share repurchase. Synthetic releases, two of each.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const release = (sentence: string) => [
  '# Synthetic Ridgeway Tools Inc. Reports Third Quarter 2026 Results',
  '',
  'Synthetic Ridgeway Tools Inc. today reported results for the third quarter ended September 30, 2026.',
  '',
  sentence,
  '',
  '(Dollars in millions)',
  '',
  '| | Q3 2026 | Q3 2025 |',
  '|---|---:|---:|',
  '| Net sales | 512.3 | 498.1 |',
];

describe('"for cancellation" names a buyback only of shares', () => {
  it.each([
    ['During the quarter, holders returned convertible notes for cancellation in exchange for a cash payment of $6.0 million.', '$6.0 million'],
    ['In the quarter, holders surrendered warrants for cancellation in exchange for a cash payment of $4.7 million.', '$4.7 million'],
  ])('not a buyback: %s', (sentence, paid) => {
    const a = inlineEngine(release(sentence)).ask('How much did they spend on share buybacks in the quarter?', 'cancel');
    expect(a.text).not.toContain(paid);
  });
  it.each([
    ['During the quarter the Company purchased for cancellation 410,000 common shares for a cash payment of $6.0 million.', '$6.0 million'],
    ['In the quarter, the Trust bought 220,000 units for cancellation for a cash payment of $4.7 million.', '$4.7 million'],
  ])('a buyback: %s', (sentence, paid) => {
    expect(inlineEngine(release(sentence)).ask('How much did they spend on share buybacks in the quarter?', 'cancel').text).toContain(paid);
  });
});
