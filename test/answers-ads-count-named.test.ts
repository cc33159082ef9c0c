// "NI attrib / diluted ADS" divided net income by the diluted net income per ADS and declined them as different kinds
// of figure (r58-210): an ADS count goes by the names a share count does ("diluted ADS", "basic ADSs"), so the
// question names the weighted average count and the division is income per ADS, both lines cited.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const ISSUER = [
  '# Synthetic Lanting Holdings Announces Third Quarter 2026 Unaudited Financial Results',
  '',
  'Lanting Holdings today announced its unaudited financial results for the third quarter ended September 30, 2026.',
  '',
  "(In thousands of RMB, except for number of shares and per share data)",
  '',
  '| | Three Months Ended September 30, 2025 | Three Months Ended September 30, 2026 |',
  '|---|---:|---:|',
  '| Total revenues | 2,410,500 | 2,655,300 |',
  '| Net income attributable to ordinary shareholders of the Company | 402,100 | 455,600 |',
  '| Net income per ADS attributable to ordinary shareholders - basic | 5.10 | 5.85 |',
  '| Net income per ADS attributable to ordinary shareholders - diluted | 4.98 | 5.70 |',
  '| Weighted average ADS used in calculating net income per ADS - basic | 78,843,000 | 77,880,000 |',
  '| Weighted average ADS used in calculating net income per ADS - diluted | 80,742,000 | 79,930,000 |',
];

const ask = (q: string) => inlineEngine(ISSUER).ask(q, q);

describe('an ADS count named as a share count is', () => {
  it.each(['diluted ADSs in Q3 2026', 'how many diluted ADS in Q3 2026?'])('"%s" is the weighted average diluted count', (q) => {
    const a = ask(q);
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain('79,930,000');
    expect(a.citations.map((c) => c.line)).toEqual([14]);
  });

  it('"basic ADS, Q3 2025" is the basic count', () => {
    expect(ask('basic ADS, Q3 2025').text).toMatch(/78,843,000|78\.84 million/);
  });

  it('an amount over the diluted ADS count is that amount per ADS, both cited', () => {
    const a = ask('total revenues / diluted ADS in Q3 2026');
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toMatch(/RMB33\.2\d* /);
    expect(a.citations.map((c) => c.line).sort()).toEqual([14, 9]);
  });

  it('"net income per diluted ADS" is still the per-ADS line', () => {
    expect(ask('net income per diluted ADS in Q3 2026').text).toContain('RMB5.70');
  });
});
