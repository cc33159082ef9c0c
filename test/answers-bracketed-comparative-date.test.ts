// A comparative in brackets dated at another day or period ("... was 168,420 million yen (162,905 million yen at March 31,
// 2026)") gives its date to the figure inside the bracket: the figure before it is the release's own (its period end for a
// balance), never the bracket's day. Asked at the bracket's day, the answer is the bracket's figure. Synthetic, inline.
import { describe, expect, it } from 'vitest';
import { inlineEngine, inlineRelease } from './support/inline.js';

const release = [
  '# Synthetic Shipping Co. Reports Third Quarter 2026 Results',
  '',
  'Synthetic Shipping Co. today reported results for the third quarter ended September 30, 2026.',
  '',
  '## Financial position',
  '',
  'Net debt stood at $1,204.5 million ($1,150.2 million as of December 31, 2025), after the delivery of two vessels.',
  '',
  'Revenue was $412.6 million ($398.0 million in the third quarter of 2025).',
];

describe('a comparative in brackets dated at another period', () => {
  it('dates the bracketed figure, and the figure before it at the release period', () => {
    const facts = inlineRelease(release).facts.filter((f) => f.role === 'value' && (f.metric === 'net_debt' || f.metric === 'revenue'));
    const seen = facts.map((f) => `${f.metric} ${f.value.toString()} ${f.period.kind === 'instant' ? f.period.date : f.period.end}`);
    expect(seen).toEqual(expect.arrayContaining(['net_debt 1204.5 2026-09-30', 'net_debt 1150.2 2025-12-31', 'revenue 412.6 2026-09-30', 'revenue 398 2025-09-30']));
    expect(seen).not.toContain('net_debt 1204.5 2025-12-31');
  });

  it('answers each day and period with its own figure, cited', () => {
    const engine = inlineEngine(release);
    for (const [q, want, not] of [
      ['net debt at December 31, 2025', '$1,150.2 million', '$1,204.5 million'],
      ['net debt at September 30, 2026', '$1,204.5 million', '$1,150.2 million'],
      ['revenue in Q3 2026', '$412.6 million', '$398.0 million'],
    ] as const) {
      const a = engine.ask(q, q);
      expect(a.status, q).toBe('answer');
      expect(a.text, q).toContain(want);
      expect(a.text, q).not.toContain(not);
      expect(a.citations.length, q).toBeGreaterThan(0);
    }
  });
});
