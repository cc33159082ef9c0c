// A name asked answered only by its own line, never by a neighbour whose label holds its words: the first side of a
// printed ratio ("net debt including leases" of "the ratio of net debt including leases to adjusted EBITDA", hl50
// h50-161), or the subject of a definition whose figure is a later term's ("Adjusted EBITDA is adjusted operating
// profit before depreciation and amortisation of £86.1m": the £86.1m is the depreciation, h50-167).
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const release = () =>
  inlineEngine([
    '# Harbour Stores plc: Interim results for the 26 weeks ended 29 August 2026',
    '',
    'Harbour Stores plc today announces its interim results for the 26 weeks ended 29 August 2026 ("H1 2026/27"). Comparatives are for the 26 weeks ended 30 August 2025 ("H1 2025/26").',
    '',
    '| £m | H1 2026/27 | H1 2025/26 |',
    '|---|---|---|',
    '| Group revenue | 1,842.6 | 1,763.1 |',
    '',
    'Net debt excluding lease liabilities was £212.5m at 29 August 2026, compared with £235.7m at 28 February 2026. Including lease liabilities of £892.3m, net debt was £1,104.8m. The ratio of net debt including leases to adjusted EBITDA (last twelve months) was 1.2x.',
    '',
    'Adjusted EBITDA is adjusted operating profit before depreciation and amortisation of £86.1m (H1 2025/26: £82.5m).',
  ]);

describe('a name answered by its own line, never a neighbour holding its words', () => {
  for (const q of ['net debt including leases', 'net debt incl leases', 'net debt including lease liabilities']) {
    it(`"${q}" is never the ratio it is the first side of`, () => {
      const a = release().ask(q, `nn-${q}`);
      expect(a.text).not.toMatch(/1\.2/);
      expect(a.text).not.toMatch(/\bratio\b.*\bwas\b/i);
    });
  }

  it('the ratio asked by its name is still answered', () => {
    const a = release().ask('ratio of net debt including leases to adjusted EBITDA', 'nn-ratio');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('1.2');
  });

  for (const q of ['adjusted EBITDA', 'adjusted EBITDA H1 2026/27', 'adj EBITDA last year']) {
    it(`"${q}" is never given the depreciation a definition of it prints`, () => {
      const a = release().ask(q, `nn-${q}`);
      expect(a.text).not.toMatch(/86\.1|82\.5/);
    });
  }
});
