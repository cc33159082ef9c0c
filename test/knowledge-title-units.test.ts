// A table's unit where a person reads it: the title over an ASCII grid, a blank line between ("CONSOLIDATED
// RESULTS ($ in millions, ...)"), and a unit written as one token after the title's comma or in its
// parentheses, the scale on the code's front ("INCOME STATEMENT, MSEK", "(TEUR)"). Each table below was
// skipped ("no unit note states the scale of its amounts") before. Synthetic issuers, made-up figures.
import { describe, expect, it } from 'vitest';
import { headingNote, NOTE_SCALES } from '../src/knowledge/numbers.js';
import { currencyIn } from '../src/knowledge/currencies.js';
import { inlineEngine } from './support/inline.js';

const GRID_RELEASE = [
  'HALDANE MUTUAL HOLDINGS REPORTS SECOND QUARTER 2025 RESULTS',
  '',
  'Haldane Mutual Holdings, Inc. today reported results for the quarter ended June 30, 2025.',
  '',
  'CONSOLIDATED RESULTS ($ in millions, except per share amounts)',
  '',
  '+--------------------------------+----------+----------+',
  '|                                |  Q2 2025 |  Q2 2024 |',
  '+--------------------------------+----------+----------+',
  '| Net premiums earned            |    612.4 |    577.0 |',
  '| Net investment income          |     58.1 |     49.6 |',
  '| Total revenues                 |    670.5 |    626.6 |',
  '| Net income                     |     71.9 |     60.2 |',
  '+--------------------------------+----------+----------+',
  '',
  'Segment results',
  '',
  '+--------------------------------+----------+----------+',
  '|                                |  Q2 2025 |  Q2 2024 |',
  '+--------------------------------+----------+----------+',
  '| Commercial lines               |    402.2 |    371.0 |',
  '| Personal lines                 |    210.2 |    206.0 |',
  '+--------------------------------+----------+----------+',
];

describe('a grid under its title, a blank line between', () => {
  it('is read in the unit its title states', () => {
    const a = inlineEngine(GRID_RELEASE, 'haldane.txt').ask('net income in Q2 2025', 't');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('$71.9 million');
    expect(a.citations[0]?.line).toBe(13);
  });
  it('a grid under a title that states no unit still declines its figures, never guessing a scale', () => {
    const a = inlineEngine(GRID_RELEASE, 'haldane.txt').ask('commercial lines in Q2 2025', 't');
    expect(a.text).not.toMatch(/402\.2 million/);
  });
});

const NORDIC = (title: string, corner = '') => [
  'VARGSUND INDUSTRI AB (PUBL) – INTERIM REPORT JANUARY–SEPTEMBER 2025',
  '',
  'Net sales increased by 6,4% in the third quarter on strong demand from the process industry.',
  '',
  title,
  '',
  `${corner.padEnd(40)}Q3 2025   Q3 2024`,
  'Net sales                                 8 412     7 905',
  'Operating profit (EBIT)                   1 106       948',
  'Profit for the period                       801       688',
  'EPS, SEK                                   1,94      1,67',
];

describe('a unit written as one token, its scale on its front or its end', () => {
  it.each([
    ['CONDENSED INCOME STATEMENT, MSEK', 'SEK 8,412'],
    ['Condensed income statement (MSEK)', 'SEK 8,412'],
    ['Condensed income statement, SEKm', 'SEK 8,412'],
    ['Condensed income statement, TSEK', 'SEK 8.4 million'],
  ])('"%s": net sales read at that scale', (title, said) => {
    const a = inlineEngine(NORDIC(title), 'vargsund.txt').ask('net sales in Q3 2025', 't');
    expect(a.status).toBe('answer');
    expect(a.text).toContain(said);
  });
  it('a corner cell "MSEK" on the header line is the table\'s unit', () => {
    const a = inlineEngine(NORDIC('CONDENSED INCOME STATEMENT', 'MSEK'), 'vargsund.txt').ask('net sales in Q3 2025', 't');
    expect(a.text).toContain('SEK 8,412');
  });
  it('a title with no scale after its comma ("Net sales, SEK") or a word in capitals ("MALL") gives none', () => {
    expect(headingNote('Net sales by market, SEK')).toBe('');
    expect(headingNote('Sales by store, MALL')).toBe('');
    expect(NOTE_SCALES.some(([re]) => re.test('Mars and Tall'))).toBe(false);
    expect(currencyIn('MEUR')).toBe('EUR');
    expect(currencyIn('SHOPPING MALL')).toBe(null);
  });
});

// A pipe table's corner that leads with the unit, then the words its date headers share ("£m, 13 weeks
// to" over "23 Aug 2025"): the unit was read as words of every column's period, and the table skipped.
describe('a corner "£m, 13 weeks to" over dated columns', () => {
  it('is the table\'s unit and its columns\' span', () => {
    const a = inlineEngine([
      '# Tarnhill Stores plc: second quarter trading statement',
      '',
      'Tarnhill Stores plc reports trading for the 13 weeks to 23 August 2025.',
      '',
      '## Condensed income statement',
      '',
      '| £m, 13 weeks to | 23 Aug 2025 | 24 Aug 2024 |',
      '|---|---:|---:|',
      '| Revenue | 1,204.6 | 1,150.2 |',
      '| Operating profit | 61.3 | 57.9 |',
      '| Profit for the period | 38.4 | 35.1 |',
    ], 'tarnhill.md').ask('operating profit in the 13 weeks to 23 August 2025', 't');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('£61.3 million');
  });
});
