// One heading joining two measures over two tables by segment ("REVENUE AND UNDERLYING EBITDA BY SEGMENT", then a
// table headed "Revenue" and one headed "Underlying EBITDA"): each table's lines measure what its label column is headed
// by. "Copper EBITDA" had been answered with copper revenue, the heading glued to its name. Synthetic releases, inline.
import { describe, expect, it } from 'vitest';
import { joinedMeasure } from '../src/knowledge/table-titles.js';
import { inlineEngine } from './support/inline.js';

const TEXT = [
  'SYNTHETIC MINERALS LIMITED - HALF-YEAR RESULTS',
  '',
  'Synthetic Minerals Limited reports its results for the half-year ended 31 December 2025 (1H FY26). Comparisons are',
  'to the half-year ended 31 December 2024 (1H FY25). All figures are in Australian dollars (A$) million unless otherwise stated.',
  '',
  '',
  'REVENUE AND UNDERLYING EBITDA BY SEGMENT',
  '',
  'Revenue                                       1H FY26     1H FY25',
  'Iron ore                                      3,412.6     3,158.4',
  'Copper                                        1,286.3     1,041.7',
  'Group revenue                                 4,698.9     4,200.1',
  '',
  'Underlying EBITDA                             1H FY26     1H FY25',
  'Iron ore                                      1,842.1     1,655.3',
  'Copper                                          512.4       371.8',
  'Group underlying EBITDA                       2,354.5     2,027.1',
];

const PIPES = [
  '# Synthetic Minerals Limited reports half-year results',
  '',
  'Synthetic Minerals Limited today reported results for the half year ended December 31, 2025. All figures are in A$ million.',
  '',
  '## Revenue and underlying EBITDA by segment',
  '',
  '| Revenue | Six months ended December 31, 2025 | Six months ended December 31, 2024 |',
  '|---|---|---|',
  '| Iron ore | 3,412.6 | 3,158.4 |',
  '| Copper | 1,286.3 | 1,041.7 |',
  '| Group revenue | 4,698.9 | 4,200.1 |',
  '',
  '| Underlying EBITDA | Six months ended December 31, 2025 | Six months ended December 31, 2024 |',
  '|---|---|---|',
  '| Iron ore | 1,842.1 | 1,655.3 |',
  '| Copper | 512.4 | 371.8 |',
  '| Group underlying EBITDA | 2,354.5 | 2,027.1 |',
];

describe('tables under one heading joining their measures', () => {
  it.each([
    ['fixed-width text', TEXT, 'synthetic.txt', 16],
    ['markdown pipes', PIPES, 'synthetic.md', 16],
  ])('%s: a segment\'s EBITDA is the EBITDA table\'s line, its revenue the revenue table\'s', (_, lines, name, ebitdaLine) => {
    const engine = inlineEngine(lines, name);
    const ebitda = engine.ask('copper EBITDA in the half', `joined-${name}-1`);
    expect(ebitda.status).toBe('answer');
    expect(ebitda.text).toContain('A$512.4 million');
    expect(ebitda.text).not.toContain('1,286.3');
    expect(ebitda.citations[0]?.line).toBe(ebitdaLine);
    const revenue = engine.ask('iron ore revenue in the half', `joined-${name}-2`);
    expect(revenue.text).toContain('A$3,412.6 million');
    expect(revenue.text).not.toContain('BY SEGMENT');
  });

  it('only a measure the heading joins titles a table', () => {
    expect(joinedMeasure('Underlying EBITDA', 'REVENUE AND UNDERLYING EBITDA BY SEGMENT')).toBe('Underlying EBITDA');
    expect(joinedMeasure('Revenue:', 'Revenue, EBITDA and capex by division')).toBe('Revenue');
    // The lines' kind after "by", a heading of one measure, a corner the heading does not name: no title of their own.
    expect(joinedMeasure('Format', 'REVENUES AND STORES BY FORMAT')).toBe('');
    expect(joinedMeasure('Revenue', 'REVENUE BY SEGMENT')).toBe('');
    expect(joinedMeasure('Stock exchange', 'Consolidated Financial Results and Dividends')).toBe('');
  });
});
