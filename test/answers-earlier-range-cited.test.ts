// An earlier range stated on the line a wrapped sentence runs onto is cited on that line (hunt36 hgq2-07): "FY26 NII
// growth guide, and what was it before?" gave 6%–8%, earlier 4%–6%, citing only the line of the 6% to 8%; the
// "(previously 4% to 6%)" stands on the next. Every figure is cited where it is printed. Synthetic text release.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const release = [
  'SYNTHETIC FENWICK BANCORP REPORTS SECOND QUARTER 2026 RESULTS',
  '',
  'Fenwick Bancorp today reported results for the second quarter ended June 30, 2026. Net income was $41.2 million.',
  '',
  'OUTLOOK',
  'For full-year 2026 management now expects net interest income growth of 6% to 8% over',
  '2025 (previously 4% to 6%) and a full-year net charge-off ratio of 0.20% to 0.30%.',
  'Noninterest expense is expected to be approximately $465 million for 2026.',
];

describe('an earlier range on the line a sentence wraps onto', () => {
  const e = inlineEngine(release, 'fenwick-q2-2026.txt');
  it.each(['FY26 NII growth guide, and what was it before?', 'net interest income growth guidance for 2026 and the previous range', 'by how much was the net interest income growth outlook raised'])('%s: cites the line printing it', (q) => {
    const a = e.ask(q, q);
    expect(a.status).toBe('answer');
    expect(a.text).toMatch(/4%/);
    const quotes = a.citations.map((c) => c.quote).join(' | ');
    expect(quotes).toContain('6% to 8%');
    expect(quotes).toContain('previously 4% to 6%');
  });
});
