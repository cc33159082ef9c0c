// A retailer's fiscal quarter ending in a month's first days ("the thirteen weeks ended November 1, 2026", fiscal
// 2026 ending with January 2027): "FY26" asked is the year its outlook guides, not a year ending in February.
// Synthetic release, written inline.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const RETAILER = [
  '# Cedarholm Outfitters Reports Third Quarter Fiscal 2026 Results',
  '',
  'Cedarholm Outfitters, Inc. (NASDAQ: CDHO) today reported results for the third quarter of fiscal 2026, the thirteen weeks ended November 1, 2026. Its fiscal year 2026 ends January 31, 2027.',
  '',
  '(in millions, except per share data)',
  '',
  '| | Q3 Fiscal 2026 | Q3 Fiscal 2025 |',
  '|---|---|---|',
  '| Net sales | $612.4 | $580.2 |',
  '| Net income | $48.1 | $44.0 |',
  '',
  '## Fiscal 2026 Outlook',
  '',
  'For fiscal 2026, the Company now expects diluted EPS of $5.05 to $5.20.',
];

describe('a fiscal year of 52/53-week quarters asked by its short name', () => {
  it.each([['FY26 diluted EPS guide'], ['fiscal 2026 diluted EPS guidance']])('answers its outlook (%s)', (q) => {
    const a = inlineEngine(RETAILER, 'cedarholm-q3fy26.md').ask(q, 'retail-weeks');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('$5.05');
    expect(a.text).toContain('$5.20');
  });
  it('declines a year it does not guide', () => {
    const a = inlineEngine(RETAILER, 'cedarholm-q3fy26.md').ask('FY27 diluted EPS guide', 'retail-weeks');
    expect(a.status).toBe('unknown');
  });
});
