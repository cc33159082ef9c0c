// A table's unit written with its scale before its currency ("M€", "Mio. €", "k€", "en millions d'euros"), in
// its stub cell or its column headers: the table is read at that scale. Such tables were skipped ("no unit
// note states the scale"), leaving a French or German release's tables unread. Synthetic issuer, made-up figures.
import { describe, expect, it } from 'vitest';
import { periodKey } from '../src/knowledge/period.js';
import type { Release } from '../src/knowledge/release.js';
import { inlineEngine, inlineRelease } from './support/inline.js';

const release = (head: string, rows: string[], corner = '') => [
  '# MAISON ORTOLAN SA',
  '',
  '## Third-quarter 2026 revenue',
  '',
  'Revenue for the third quarter of 2026 grew on an organic basis.',
  '',
  `| ${corner} | ${head} |`,
  '|---|---:|---:|',
  ...rows,
];
const ROWS = ['| Leather Goods | 2 418,6 | 2 301,4 |', '| Fragrances | 1 076,2 | 1 042,9 |', '| **Total** | **3 494,8** | **3 344,3** |'];
const fact = (r: Release, metric: string, period: string) => r.facts.find((f) => f.source === 'table' && f.metric === metric && periodKey(f.period) === period && f.role === 'value');

describe.each([
  ['stub "M€"', 'Q3 2026 | Q3 2025', 'M€', 1e6],
  ['stub "m€"', 'Q3 2026 | Q3 2025', 'm€', 1e6],
  ['stub "Mio. €"', 'Q3 2026 | Q3 2025', 'Mio. €', 1e6],
  ['stub "(en millions d\'euros)"', 'Q3 2026 | Q3 2025', "(en millions d'euros)", 1e6],
  ['stub "k€"', 'Q3 2026 | Q3 2025', 'k€', 1e3],
  ['headers "(M€)"', 'Q3 2026 (M€) | Q3 2025 (M€)', '', 1e6],
  ['headers "Mrd. €"', 'Q3 2026 Mrd. € | Q3 2025 Mrd. €', '', 1e9],
])('a table whose unit is %s', (_, head, corner, scale) => {
  it('is read in euros at that scale', () => {
    const r = inlineRelease(release(head, ROWS, corner), 'ortolan.md');
    expect(r.skipped).toEqual([]);
    const f = fact(r, 'leather_goods', '2026Q3');
    expect(f?.unit).toEqual({ kind: 'money', currency: 'EUR', scale });
    expect(f?.value.toString()).toBe('2418.6');
  });
});

describe('a stub "M$" (a Chilean release\'s thousands of pesos, not millions)', () => {
  it('states no scale: the table is not read', () => {
    expect(() => inlineRelease(release('Q3 2026 | Q3 2025', ROWS, 'M$'), 'ortolan.md')).toThrow(/no unit note states the scale/);
  });
});

describe('asked of a table headed "M€" with decimal commas', () => {
  it('answers in millions of euros, citing the line', () => {
    const engine = inlineEngine(release('Q3 2026 | Q3 2025', ROWS, 'M€'), 'ortolan.md');
    const a = engine.ask('Leather Goods in Q3 2026', 'ortolan');
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain('€2,418.6 million');
    expect(a.citations[0]?.line).toBe(9);
  });
});

describe.each([
  ['an HTML table', 'ortolan.html', ['<html><body>', '<p>Maison Ortolan: third-quarter 2026 revenue.</p>', '<table>', '<tr><td>M€</td><td>Q3 2026</td><td>Q3 2025</td></tr>', '<tr><td>Leather Goods</td><td>2 418,6</td><td>2 301,4</td></tr>', '<tr><td>Fragrances</td><td>1 076,2</td><td>1 042,9</td></tr>', '</table>', '</body></html>']],
  ['a tab-separated table', 'ortolan.md', ['# Maison Ortolan: third-quarter 2026 revenue', '', 'Mio. €\tQ3 2026\tQ3 2025', 'Leather Goods\t2 418,6\t2 301,4', 'Fragrances\t1 076,2\t1 042,9']],
])('%s with the corner "M€" or "Mio. €"', (_, name, lines) => {
  it('is read in millions of euros', () => {
    const r = inlineRelease(lines, name);
    expect(r.skipped).toEqual([]);
    expect(fact(r, 'leather_goods', '2026Q3')?.unit).toEqual({ kind: 'money', currency: 'EUR', scale: 1e6 });
  });
});
