// A column of per-share figures in a table whose unit note scales its amounts ("$ in millions, except earnings
// per share"): its header ("Earnings Per Share", "EPS", "$ per share") says the figures are per share, whatever
// the lines are called. Before, "Special charges 41 0.12" read the 0.12 at the table's scale: "$120 thousand".
// A column whose header names both per share and a scale is neither for sure: left out, and the load checks say so.
import { describe, expect, it } from 'vitest';
import { runChecks } from '../src/knowledge/checks.js';
import { inlineEngine, inlineRelease } from './support/inline.js';

const release = (header: string, note = '($ in millions, except earnings per share)') => [
  '# Synthetic Marrowgate Stores Reports Third Quarter Fiscal 2026 Results',
  '',
  'Synthetic Marrowgate Stores today reported results for the third quarter ended September 30, 2026. Net sales were $512.3 million.',
  '',
  '**Summary of significant items**',
  '',
  note,
  '',
  header,
  '|---|---:|---:|---:|---:|',
  '| Restructuring charges | $41 | $0.12 | $28 | $0.06 |',
  '| Impairment of goodwill | 39 | 0.11 | — | — |',
  '| Total | $80 | $0.23 | $28 | $0.06 |',
];

describe('a per-share column in a table of amounts in millions', () => {
  it.each([
    ['| | Pretax Q3 2026 | Earnings per share Q3 2026 | Pretax Q3 2025 | Earnings per share Q3 2025 |'],
    ['| | Pretax Q3 2026 | EPS Q3 2026 | Pretax Q3 2025 | EPS Q3 2025 |'],
    ['| | Pretax Q3 2026 | After-tax per share Q3 2026 | Pretax Q3 2025 | After-tax per share Q3 2025 |'],
    ['| | Q3 2026 Amount | Q3 2026 Diluted EPS | Q3 2025 Amount | Q3 2025 Diluted EPS |'],
  ])('reads %s per share, never at the scale of the amounts', (header) => {
    const engine = inlineEngine(release(header));
    // The column's figures are a metric of their own, named with the column's words ("EPS Restructuring charges").
    const named = inlineRelease(release(header)).facts.filter((f) => f.value.toString() === '0.12');
    expect(named.map((f) => f.unit.kind)).toEqual(['per_share']);
    const perShare = engine.ask(`${named[0]!.label} Q3 2026`, 'p1').text;
    expect(perShare).toContain('$0.12');
    expect(perShare).not.toMatch(/thousand|million/);
  });

  it('leaves out a column whose header names per share and a scale, naming it in the load checks', () => {
    const header = '| | Pretax Q3 2026 | Per share (in millions) Q3 2026 | Pretax Q3 2025 | Per share (in millions) Q3 2025 |';
    const r = inlineRelease(release(header));
    expect(r.facts.filter((f) => ['0.12', '0.06', '0.11'].includes(f.value.toString()))).toEqual([]);
    expect(r.facts.some((f) => f.value.toString() === '41')).toBe(true);
    const said = runChecks(r).issues.map((i) => i.message).join('\n');
    expect(said).toMatch(/column 3 \("[^"]*Per share \(in millions\)[^"]*"\)[^\n]*not read/);
  });
});

describe('the lines of a per-share section in a table of amounts in millions', () => {
  it('reads "Per share data:" lines per share, and the amounts above at the scale', () => {
    const engine = inlineEngine([
      '# Synthetic Marrowgate Stores Reports Third Quarter Fiscal 2026 Results',
      '',
      'Synthetic Marrowgate Stores today reported results for the third quarter ended September 30, 2026.',
      '',
      '**Selected data**',
      '',
      '(in millions, except per share data)',
      '',
      '| | Q3 2026 | Q3 2025 |',
      '|---|---:|---:|',
      '| Net sales | $512.3 | $480.1 |',
      '| **Per share data:** | | |',
      '| Dividends declared | 0.25 | 0.22 |',
    ]);
    const dividends = engine.ask('dividends declared Q3 2026', 'd1').text;
    expect(dividends).toContain('$0.25');
    expect(dividends).not.toMatch(/thousand|million/);
    expect(engine.ask('net sales Q3 2026', 'd2').text).toContain('$512.3 million');
  });
});
