// Guidance given as a point and its tolerance ("$1.10 billion plus or minus $50 million") is the range around
// the point, never the point alone (it was guided as $1.10 billion, with a metric named "plus or minus").
// Synthetic release, written inline.
import { beforeAll, describe, expect, it } from 'vitest';
import { inlineRelease } from './support/inline.js';

const LINES = [
  '# Synthetic Semis Reports Second Quarter 2026 Results',
  '',
  'Synthetic Semis today reported results for the second quarter ended June 30, 2026.',
  '',
  '- Revenue was $1,012.4 million.',
  '',
  '## Outlook for the Third Quarter of 2026',
  '',
  '- Revenue of $1.10 billion plus or minus $50 million.',
  '- Non-GAAP diluted earnings per share of $1.40 plus or minus $0.06.',
];

describe('a point guide with its tolerance', () => {
  let r!: ReturnType<typeof inlineRelease>;
  beforeAll(() => {
    r = inlineRelease(LINES);
  });
  const ends = (metric: string) => ['low', 'high'].map((role) => r.facts.find((f) => f.metric === metric && f.role === role)?.value.toString());
  it('is the range around the point, at the point\'s scale', () => {
    expect(ends('revenue')).toEqual(['1.05', '1.15']);
    expect(ends('non_gaap_diluted_earnings_per_share')).toEqual(['1.34', '1.46']);
  });
  it('the tolerance is no metric of its own', () => expect(r.facts.some((f) => /plus_or_minus/.test(f.metric))).toBe(false));
});
