// A word of a question is the issuer's name only when it is the issuer's name. A release in plain text whose
// opening bullets are short ("• Net profit SEK 461 m (465)") once took a bullet for its title and the title for
// the issuer, so "net" of "net margin" was read as the company and the question answered the adjusted margin.
// Now a bullet is never the title, a Nordic legal form ("AB (publ)") names the issuer, and a leading word of
// the issuer's name that also names lines ("Net" of "Net Insight AB") is no name of the issuer alone.
import { beforeAll, describe, expect, it } from 'vitest';
import { inlineEngine, inlineRelease } from './support/inline.js';

// Thousands grouped by a no-break space, as the release prints them.
const body = (issuer: string) => [
  `${issuer} – Interim report January–September 2026`,
  '',
  'Stockholm, 22 October 2026',
  '',
  'THIRD QUARTER 2026',
  '• Net sales rose 5.5% to SEK 4\u00a0912 m (4\u00a0655)',
  '• Adjusted EBITA margin 16.0% (15.3)',
  '• Net profit SEK 461 m (465); earnings per share SEK 3.84 (3.85)',
  '',
  'Figures in brackets refer to the corresponding period of the previous year.',
  '',
  'KEY FIGURES',
  'SEK m                              Jul–Sep   Jul–Sep',
  '                                      2026      2025',
  'Net sales                           4\u00a0912     4\u00a0655',
  'Adjusted EBITA                        786       712',
  'Adjusted EBITA margin, %             16.0      15.3',
  'Net profit                            461       465',
];

describe('the issuer of a plain-text release with short opening bullets', () => {
  it('is the legal name its title prints, never a bullet', () => {
    const r = inlineRelease(body('Valdemar Industri AB (publ)'), 'synthetic.txt');
    expect(r.title).toMatch(/^Valdemar Industri AB \(publ\) – Interim report/);
    expect(r.issuer.names).toEqual(expect.arrayContaining(['Valdemar Industri AB (publ)', 'Valdemar Industri', 'Valdemar']));
  });
  it('is a name joined by "&" whole', () => {
    const r = inlineRelease(['PENROSE & VALE PLC', 'INTERIM RESULTS FOR THE 26 WEEKS TO 27 SEPTEMBER 2026', '', ...body('Penrose & Vale plc').slice(2)], 'synthetic.txt');
    expect(r.issuer.name).toMatch(/^Penrose & Vale plc$/i);
    expect(r.issuer.names).toContain('Penrose & Vale');
  });
});

describe('a question word that is also the leading word of the issuer name', () => {
  const cases: [string, string][] = [
    ['Valdemar Industri AB (publ)', 'net margin Q3'],
    ['Valdemar Industri AB (publ)', 'Valdemar net margin Q3'],
    ['Net Insight AB (publ)', 'net margin Q3'],
    ['Net Insight AB (publ)', 'Net Insight net margin in the quarter'],
    ['Net Insight AB (publ)', 'what was the net profit margin in Q3?'],
  ];
  let engines!: Map<string, ReturnType<typeof inlineEngine>>;
  beforeAll(() => {
    engines = new Map(['Valdemar Industri AB (publ)', 'Net Insight AB (publ)'].map((n) => [n, inlineEngine(body(n), 'synthetic.txt')]));
  });
  it.each(cases)('%s: "%s" is the net margin (461 / 4 912), never the adjusted EBITA margin', (issuer, q) => {
    const a = engines.get(issuer)!.ask(q, `issuer-${q}`);
    expect(a.status).toBe('answer');
    expect(a.text).toContain('9.4%');
    expect(a.text).not.toContain('16.0%');
  });
  it('the issuer\'s own name is still read as the company, and the line after it answered', () => {
    const a = engines.get('Net Insight AB (publ)')!.ask('Net Insight net sales Q3', 'issuer-sales');
    expect(a.text).toContain('4,912');
  });
});
