// Prose of a retailer on a 52/53-week calendar, read by its figures: counts held at the quarter's end
// ("ending the quarter with 287 stores") are balances at the fiscal quarter's own end date; a change
// compared with another period's ("compared with an increase of 0.9% in the second quarter of fiscal 2025")
// is that period's, never the quarter's; a sentence with no period of its own after a half-year one is the
// half year's, and what it is compared with "in the first half of fiscal 2025" is the prior half. Synthetic, inline.
import { beforeAll, describe, expect, it } from 'vitest';
import { periodKey } from '../src/knowledge/period.js';
import { inlineEngine, inlineRelease } from './support/inline.js';

const LINES = [
  '# Synthetic Trail Supply Reports Second Quarter Fiscal 2026 Results',
  '',
  'Synthetic Trail Supply, Inc. today announced results for the thirteen weeks ended August 1, 2026 (the second quarter of fiscal 2026).',
  '',
  '## Second Quarter Highlights',
  '',
  '- Net sales increased 5.0% to $420.0 million.',
  '- Comparable sales increased 3.4%, compared with an increase of 0.9% in the second quarter of fiscal 2025.',
  '- Net income was $31.7 million, or $0.64 per diluted share, compared with $27.5 million, or $0.55 per diluted share.',
  '',
  '## First Half',
  '',
  'Net sales for the twenty-six weeks ended August 1, 2026 increased 4.1% to $801.3 million. Net income was $55.2 million, or $1.11 per diluted share, compared with $50.1 million, or $0.99 per diluted share, in the first half of fiscal 2025.',
  '',
  '## Stores',
  '',
  'During the quarter the Company opened 7 stores and closed 1 store, ending the quarter with 287 stores in 19 states, compared with 270 stores at the end of the second quarter of fiscal 2025.',
  '',
  '| (In thousands) | Thirteen Weeks Ended August 1, 2026 | Thirteen Weeks Ended August 2, 2025 | Twenty-Six Weeks Ended August 1, 2026 | Twenty-Six Weeks Ended August 2, 2025 |',
  '|---|---|---|---|---|',
  '| Net sales | $ 420,012 | $ 400,011 | $ 801,322 | $ 769,760 |',
  '| Net income | 31,702 | 27,514 | 55,210 | 50,093 |',
];

describe('prose of a fiscal-calendar retailer', () => {
  let release: ReturnType<typeof inlineRelease>;
  beforeAll(() => {
    release = inlineRelease(LINES);
  });
  const prose = (metric: string) => release.facts.filter((f) => f.metric === metric && f.source !== 'table').map((f) => `${f.role} ${f.value} ${periodKey(f.period)}`);

  it('binds a change compared with to its own period, and a figure compared with no period to none', () => {
    const comps = prose('comparable_sales');
    expect(comps).toContain('change 0.9 FY2025Q2');
    expect(comps.filter((c) => c.includes('FY2026Q2'))).toEqual(['change 3.4 FY2026Q2']);
    // No nameless "per diluted share" line, no prior figure filed under the quarter.
    expect(release.facts.filter((f) => /^per_/.test(f.metric))).toEqual([]);
    expect(release.facts.some((f) => f.value.toString() === '27.5' || f.value.toString() === '0.55')).toBe(false);
  });

  it('keeps the half year for a sentence that names none after a half-year sentence, and the prior half for its comparison', () => {
    const ni = release.facts.filter((f) => f.metric === 'net_income' && f.source !== 'table');
    expect(ni.find((f) => f.value.toString() === '55.2')?.period).toMatchObject({ kind: 'duration', months: 6, end: '2026-08-01' });
    expect(ni.find((f) => f.value.toString() === '50.1')?.period).toMatchObject({ kind: 'duration', months: 6, end: '2025-08-02' });
  });

  it('answers a store count at the fiscal quarter end, and a year earlier', () => {
    const engine = inlineEngine(LINES);
    const now = engine.ask('how many stores at quarter end', 'stores');
    expect(now.status).toBe('answer');
    expect(now.text).toContain('287');
    expect(now.text).toContain('August 1, 2026');
    const before = engine.ask('and a year earlier?', 'stores');
    expect(before.text).toContain('270');
    expect(before.text).not.toContain('287');
  });
});
