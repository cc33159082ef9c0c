// A German release's "60.385" (EUR thousand) was read as 60.385 and answered as "EUR 60 thousand", and its
// "131,8 million" as 13 (hl25 bw-01, bw-07): its thousands points were counted as decimal points, so the document
// was read in the point style. The style is now decided from the numbers whose form shows it, per document, and
// applied to its tables and prose alike; a figure the decided style cannot read is not read, and named.
import { describe, expect, it } from 'vitest';
import { inlineEngine, inlineRelease } from './support/inline.js';

const head = (name: string) => [`# Synthetic ${name}: results for the second quarter of 2026`, '', `${name} today reported results for the second quarter ended 30 June 2026.`, ''];

const GERMAN = () => [
  ...head('Ostwerk AG'),
  '- Revenue increased by 8,2 % to EUR 48.215 thousand (Q2 2025: EUR 44.560 thousand).',
  '- Order backlog amounted to EUR 212,4 million as of 30 June 2026 (30 June 2025: EUR 190,1 million).',
  '',
  '| EUR thousand | Q2 2026 | Q2 2025 |',
  '|---|---:|---:|',
  '| Revenue | 48.215 | 44.560 |',
  '| EBIT | 6.120 | 5.033 |',
  '| EBIT margin | 12,7 % | 11,3 % |',
];

describe('a release in the decimal-comma style with thousands points (German, Italian, Spanish, Brazilian)', () => {
  it('reads a table cell "48.215" under EUR thousand as 48,215 thousand', () => {
    const a = inlineEngine(GERMAN()).ask('revenue Q2 2026', 'g1');
    // (Shown in millions to the precision the thousands give.)
    expect(a.text).toMatch(/48,215 thousand|48\.2 million/);
    expect(a.text).not.toMatch(/EUR 48(?![,.\d])|48\.215|48 thousand/);
  });

  it('reads a prose figure "212,4 million" as 212.4 million, and its comparative', () => {
    const engine = inlineEngine(GERMAN());
    expect(engine.ask('order backlog at 30 June 2026', 'g2').text).toContain('212.4 million');
  });

  it('reads the rates of its tables ("12,7 %") instead of skipping the table', () => {
    const r = inlineRelease(GERMAN());
    expect(r.skipped).toEqual([]);
    expect(inlineEngine(GERMAN()).ask('EBIT margin Q2 2026', 'g3').text).toContain('12.7%');
  });

  it('reads several thousands points and a decimal comma together ("1.234.567", "2.345,6")', () => {
    const lines = [
      ...head('Rio Verde S.A.'),
      '- Net revenue grew 9,5% to BRL 2.345,6 million (Q2 2025: BRL 2.142,1 million).',
      '- Customers reached 1.234.567 at 30 June 2026.',
      '',
      '| BRL million | Q2 2026 | Q2 2025 |',
      '|---|---:|---:|',
      '| Net revenue | 2.345,6 | 2.142,1 |',
      '| EBITDA | 512,3 | 470,8 |',
    ];
    const engine = inlineEngine(lines);
    expect(engine.ask('net revenue Q2 2026', 'b1').text).toContain('2,345.6');
    expect(engine.ask('EBITDA Q2 2025', 'b2').text).toContain('470.8');
  });

  it('reads a release of thousands points only, with no decimal at all, by its groups ("12.345")', () => {
    const lines = [...head('Lago Servizi S.p.A.'), '| EUR thousand | Q2 2026 | Q2 2025 |', '|---|---:|---:|', '| Revenue | 12.345 | 11.020 |', '| EBITDA | 3.101 | 2.874 |'];
    expect(inlineEngine(lines).ask('revenue Q2 2026', 'i1').text).toMatch(/12,345 thousand|12\.3 million/);
  });
});

describe('other styles: Swiss apostrophes, French spaces', () => {
  it('reads "1\'234.5" (Swiss) as 1,234.5, in a table and in prose', () => {
    const lines = [
      ...head('Alpenhof Holding AG'),
      "- Net sales rose 4.1% to CHF 1'234.5 million (Q2 2025: CHF 1'185.9 million).",
      '',
      '| CHF million | Q2 2026 | Q2 2025 |',
      '|---|---:|---:|',
      "| Net sales | 1'234.5 | 1'185.9 |",
      '| Operating profit | 156.2 | 148.0 |',
    ];
    const engine = inlineEngine(lines);
    expect(engine.ask('net sales Q2 2026', 's1').text).toContain('1,234.5');
    expect(engine.ask('net sales Q2 2025', 's2').text).toContain('1,185.9');
  });

  it('reads "1 234,5" (French, space groups and a decimal comma) as 1,234.5', () => {
    const lines = [
      ...head('Maison Durand SA'),
      '- Revenue rose 6,3 % to EUR 1 234,5 million (Q2 2025: EUR 1 161,4 million).',
      '',
      '| EUR million | Q2 2026 | Q2 2025 |',
      '|---|---:|---:|',
      '| Revenue | 1 234,5 | 1 161,4 |',
      '| Operating income | 98,7 | 90,2 |',
    ];
    expect(inlineEngine(lines).ask('revenue Q2 2026', 'f1').text).toContain('1,234.5');
  });
});

describe('a figure the style cannot read is not read, and named by its line', () => {
  it('declines where a release prints both "60.385" and "1,234" and nothing that tells which is a group', () => {
    const lines = [...head('Undecided GmbH'), '| EUR thousand | Q2 2026 | Q2 2025 |', '|---|---:|---:|', '| Revenue | 60.385 | 1,234 |', '', '- Net income was EUR 512 thousand (Q2 2025: EUR 498 thousand).'];
    const r = inlineRelease([...lines, '', '- Free cash flow reached EUR 14.906 thousand (Q2 2025: EUR 9,385 thousand).']);
    expect(r.unreadFigures?.map((u) => `${u.line}:${u.figure}`)).toEqual(['7:60.385', '7:1,234', '11:14.906', '11:9,385']);
    const engine = inlineEngine([...lines, '', '- Free cash flow reached EUR 14.906 thousand (Q2 2025: EUR 9,385 thousand).']);
    const a = engine.ask('free cash flow Q2 2026', 'u1');
    expect(a.status).not.toBe('answer');
    expect(a.text).not.toMatch(/\b14\.9|\b15 thousand|14,906/);
  });

  it('never reads "1,234.5" in a decimal-comma release the point way', () => {
    const lines = [...GERMAN(), '', 'Net debt was EUR 1,234.5 thousand at 30 June 2026.'];
    const r = inlineRelease(lines);
    expect(r.unreadFigures).toEqual([expect.objectContaining({ line: 14, figure: '1,234.5' })]);
    expect(inlineEngine(lines).ask('net debt at 30 June 2026', 'c1').text).not.toMatch(/1,234\.5|1\.2 million/);
  });

  it('never reads "131,8" in a point release as 131 or 13', () => {
    const lines = [
      '# Synthetic Harlow Inc. Reports Second Quarter 2026 Results',
      '',
      'Harlow Inc. today reported results for the second quarter ended June 30, 2026.',
      '',
      '- Revenue was $412.6 million, up 8.5%; net income was $41.2 million.',
      '- Annual recurring revenue reached $131,8 million at June 30, 2026.',
      '',
      '| (in millions) | Q2 2026 | Q2 2025 |',
      '|---|---:|---:|',
      '| Revenue | 412.6 | 380.3 |',
      '| Net income | 41.2 | 35.9 |',
    ];
    expect(inlineRelease(lines).unreadFigures).toEqual([expect.objectContaining({ line: 6, figure: '131,8' })]);
    expect(inlineEngine(lines).ask('annual recurring revenue at June 30, 2026', 'p1').text).not.toMatch(/\$13\b|\$131(?!,8)|131\.8/);
  });
});
