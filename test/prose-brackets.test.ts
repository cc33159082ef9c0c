// A figure in brackets after a figure is the prior year's only where the release says so ("Prior-year figures
// are shown in parentheses"): then "EUR 1,196.3 m (1,142.8 m)" and "12.8% (11.7%)" are the year-ago values at
// the figure's scale; without that note, or for a balance (year end or a year ago?), they stay statements. Synthetic, inline.
import { describe, expect, it } from 'vitest';
import { periodKey } from '../src/knowledge/period.js';
import { inlineEngine, inlineRelease } from './support/inline.js';

const lines = (note: string) => [
  '# Synthetic Maschinen AG: Results for the Second Quarter of 2026',
  '',
  `Synthetic Maschinen AG today published its results for the second quarter of 2026 (1 April to 30 June 2026).${note}`,
  '',
  '- Revenue increased 3.9% to EUR 842.6 m (811.0 m); the EBIT margin improved to 9.4% (8.8%).',
  '- Net debt of EUR 512.0 m (498.3 m).',
  '',
  'In the first six months, order intake rose to EUR 1,901.2 m (1,805.7 m) and revenue to EUR 1,688.4 m (1,620.9 m).',
];

const priors = (release: ReturnType<typeof inlineRelease>) =>
  release.facts.filter((f) => f.source !== 'table' && periodKey(f.period).includes('2025')).map((f) => `${f.metric} ${f.value} ${periodKey(f.period)}`);

describe('prior-year figures in brackets', () => {
  it('are the year-ago values where the release says so, at the figure\'s scale', () => {
    const read = priors(inlineRelease(lines(' Prior-year figures are shown in parentheses.')));
    expect(read).toEqual(expect.arrayContaining(['revenue 811 2025Q2', 'ebit_margin 8.8 2025Q2', 'revenue 1620.9 6M-2025-06-30', 'order_intake 1805.7 6M-2025-06-30']));
    // A balance's bracketed figure names no date.
    expect(read.some((r) => r.startsWith('net_debt'))).toBe(false);
    // The name after a closing bracket is its clause's ("and revenue to" names revenue).
    expect(inlineRelease(lines(' Prior-year figures are shown in parentheses.')).facts.some((f) => /^and_/.test(f.metric))).toBe(false);
  });

  it('are no figures where the release does not say so', () => {
    expect(priors(inlineRelease(lines('')))).toEqual([]);
  });

  it('answer the half year a year earlier', () => {
    const engine = inlineEngine(lines(' Prior-year figures are shown in parentheses.'));
    expect(engine.ask('revenue in H1 2025', 'h1').text).toContain('1,620.9');
  });
});
