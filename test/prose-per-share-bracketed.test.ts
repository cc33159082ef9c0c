// A per-share figure in brackets after an amount ("Net earnings of $158.3 million ($0.72 per share)") is the
// amount per share: it had been taken for the amount translated into dollars and stored under the amount's own
// name, so "net earnings to AFFO" divided $0.72 by $318.6 million (0.00x). Synthetic releases.
import { describe, expect, it } from 'vitest';
import { inlineEngine, inlineRelease } from './support/inline.js';

const release = (bullet: string) => [
  '# Synthetic Larchmont Pipelines Ltd. Announces Second Quarter 2025 Results',
  '',
  'CALGARY, Alberta, August 6, 2025 -- Synthetic Larchmont Pipelines Ltd. today announced its results for the three months ended June 30, 2025. All figures are in Canadian dollars.',
  '',
  '- Adjusted funds from operations (AFFO) of $318.6 million, or $1.45 per share.',
  bullet,
];

describe('a bracketed per-share figure after an amount', () => {
  it.each([
    ['- Net earnings of $158.3 million ($0.72 per share), down from $171.9 million.'],
    ['- Net earnings of $158.3 million ( $0.72 per diluted share ).'],
  ])('%s', (bullet) => {
    const r = inlineRelease(release(bullet));
    const own = r.facts.filter((f) => f.metric === 'net_earnings' && f.role === 'value').map((f) => f.value.toString());
    expect(own).not.toContain('0.72');
    expect(r.facts.some((f) => f.unit.kind === 'per_share' && f.value.toString() === '0.72')).toBe(true);
  });
  it('the amount, not its per-share figure, goes into a ratio', () => {
    const text = inlineEngine(release('- Net earnings of $158.3 million ($0.72 per share), down from $171.9 million.')).ask('net earnings to affo q2', 'r').text;
    expect(text).not.toMatch(/0\.72/);
    expect(text).toMatch(/158\.3/);
  });
});
