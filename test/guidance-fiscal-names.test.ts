// Guidance asked by a fiscal name ("FY27") of an issuer whose fiscal year ends in June: the release may date
// the guided year instead of naming it ("for the year ending 30 June 2027"), which is the same span, so it is
// the guidance asked. "The next fiscal year" in a Q2 FY27 release guides fiscal 2028, never fiscal 2027.
// Before, the first said "no guidance for FY2027" and the second was read as this fiscal year's. Inline.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const release = (outlook: string) => [
  '# Quillon Instruments, Inc. Reports Second Quarter Fiscal 2027 Results',
  '',
  'BOSTON, February 3, 2027 -- Quillon Instruments, Inc. (NASDAQ: QLLN) today reported results for its second quarter of fiscal 2027, the three months ended December 31, 2026. The Company\'s fiscal year ends June 30.',
  '',
  '| $ in millions | Three Months Ended December 31, 2026 | Three Months Ended December 31, 2025 |',
  '|---|---|---|',
  '| Revenue | 131.0 | 120.2 |',
  '| Operating expenses | 99.4 | 93.8 |',
  '| Operating income | 31.6 | 26.4 |',
  '',
  '## Outlook',
  '',
  `${outlook}, the Company now expects revenue of $510 million to $520 million and operating expenses of $395 million to $405 million.`,
];

const ask = (outlook: string, q: string) => inlineEngine(release(outlook)).ask(q, q);

describe('guidance asked by a fiscal name of a June fiscal year', () => {
  it('is the guidance the release dates to that year\'s end', () => {
    for (const outlook of ['For the year ending 30 June 2027', 'For the year ending June 30, 2027', 'For fiscal 2027']) {
      for (const q of ['FY27 opex guidance?', 'fiscal 2027 operating expenses outlook', 'what is the FY2027 opex guide']) {
        const a = ask(outlook, q);
        expect(a.status, `${outlook} / ${q}: ${a.text}`).toBe('answer');
        expect(a.text).toMatch(/\$395 million and \$405 million/);
        expect(a.citations.map((c) => c.line)).toContain(13);
      }
    }
  });

  it('"the next fiscal year" of a Q2 FY27 release is fiscal 2028, not the one asked as FY27', () => {
    const a = ask('For the next fiscal year', 'FY27 opex guidance?');
    expect(a.status).toBe('unknown');
    expect(a.text).not.toMatch(/395/);
    const next = ask('For the next fiscal year', 'FY28 opex guidance?');
    expect(next.status).toBe('answer');
    expect(next.text).toMatch(/\$395 million and \$405 million/);
  });
});
