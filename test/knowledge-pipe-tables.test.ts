// Markdown pipe tables are tables: the header row names the columns (a period in its label cell heads
// every column), the rule under it is no row, a "$" in a figure's cell is its column's currency, a
// footnote digit glued to a label is no part of its name, and a "% change" / "YoY change" column is the
// change the release states between the columns it compares (never a line of its own). The document
// below is synthetic (a made-up issuer and figures); the highlight document is read from ../shared.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildRelease } from '../src/knowledge/build.js';
import { parseReleaseText, readRelease } from '../src/knowledge/document.js';
import { plain } from '../src/knowledge/markup.js';
import { periodKey } from '../src/knowledge/period.js';
import type { Release } from '../src/knowledge/release.js';

const SYNTHETIC = [
  '## Synthetic Retail Group Reports Third Quarter 2025 Results',
  '',
  'Synthetic Retail Group today reported results for the third quarter ended September 30, 2025.',
  '',
  '(In millions of US$, except per-share amounts)',
  '',
  '| Three Months Ended | September 30, 2025 | September 30, 2024 (restated)(1) | % change |',
  '|:---|---:|---:|---:|',
  '| **Net sales** | $2,418.6 | $2,301.2 | 5.1% |',
  '| Gross profit2 | 916.3 | 846.2 | 8.3% |',
  '| Diluted earnings per share | $0.84 | $0.77 | 9.1% |',
  '',
  '(1) Restated for a change in accounting policy.',
];

const fact = (r: Release, metric: string, period: string, role = 'value') => r.facts.find((f) => f.metric === metric && periodKey(f.period) === period && f.role === role);

describe('markdown pipe tables', () => {
  let r!: ReturnType<typeof buildRelease>;
  beforeAll(() => {
    r = buildRelease(parseReleaseText('synthetic.md', SYNTHETIC.join('\n')));
  });

  it.each([
    ['net_sales', '2025Q3', '2418.6', 9],
    ['net_sales', '2024Q3', '2301.2', 9],
    ['gross_profit', '2025Q3', '916.3', 10],
    ['diluted_earnings_per_share', '2024Q3', '0.77', 11],
  ])('%s %s is %s, cited on line %i with the row as a person reads it', (metric, period, value, line) => {
    const f = fact(r, metric, period)!;
    expect(f.value.toString()).toBe(value);
    expect(f.citation.line).toBe(line);
    expect(plain(SYNTHETIC[line - 1]!)).toContain(f.citation.quote);
    expect(f.unit).toMatchObject(metric.includes('per_share') ? { kind: 'per_share', currency: 'USD' } : { kind: 'money', currency: 'USD', scale: 1e6 });
  });

  it('reads the "% change" column as stated changes against the other column, never as a line', () => {
    const change = fact(r, 'net_sales', '2025Q3', 'change')!;
    expect(change.value.toString()).toBe('5.1');
    expect(periodKey(change.basis!)).toBe('2024Q3');
    expect(r.metrics.has('change')).toBe(false);
    expect(r.facts.some((f) => /change/i.test(f.metric))).toBe(false);
  });

  it('takes a header\'s own dates over its name: "Q3 FY2025 (Oct. 1 – Dec. 31, 2025)" is the quarter ended December 31, fiscal Q3', () => {
    const fiscal = buildRelease(
      parseReleaseText(
        'synthetic-fiscal.md',
        [
          '## Synthetic Instruments Reports Third Quarter Fiscal 2025 Results',
          '',
          'Synthetic Instruments Ltd. today reported results for the third quarter of fiscal 2025, the three months ended December 31, 2025.',
          '',
          '(In millions of US$)',
          '',
          '| | Q3 FY2025 (Oct. 1 – Dec. 31, 2025) | Q3 FY2024 (Oct. 1 – Dec. 31, 2024) | Nine months FY2025 (Apr. 1 – Dec. 31, 2025) |',
          '|---|---|---|---|',
          '| Revenue | 512.4 | 470.1 | 1,490.2 |',
        ].join('\n'),
      ),
    );
    expect(periodKey(fiscal.quarter)).toBe('FY2025Q3');
    expect(fact(fiscal, 'revenue', 'FY2024Q3')?.value.toString()).toBe('470.1');
    expect(fact(fiscal, 'revenue', 'FY2025-9M')?.value.toString()).toBe('1490.2');
  });

  // GitHub's delimiter row: any dash count of one or more, a colon on either side or both, outer pipes or none.
  it.each([
    ['|---|--:|--:|', '| | Q3 2025 | Q3 2024 |'],
    ['|:-|-:|:-:|', '| | Q3 2025 | Q3 2024 |'],
    ['| - | - | - |', '| | Q3 2025 | Q3 2024 |'],
    ['--- | --: | --:', 'US$ m | Q3 2025 | Q3 2024'],
    [':-- | ---------: | :--:', 'US$ m | Q3 2025 | Q3 2024'],
  ])('reads a table whose delimiter row is "%s"', (rule, header) => {
    const body = header.startsWith('|') ? '| Revenue | 1,204.5 | 1,101.3 |' : 'Revenue | 1,204.5 | 1,101.3';
    const text = ['## Synthetic Tools Reports Third Quarter 2025 Results', '', '(In millions of US$)', '', header, rule, body].join('\n');
    const t = buildRelease(parseReleaseText('synthetic-rule.md', text));
    expect(t.skipped).toEqual([]);
    expect(fact(t, 'revenue', '2025Q3')?.value.toString()).toBe('1204.5');
    expect(fact(t, 'revenue', '2024Q3')?.value.toString()).toBe('1101.3');
  });

  it('reads a highlight document whose table is a pipe table with a YoY column (RMB in billions)', () => {
    const finv = buildRelease(readRelease('../shared/releases/highlights/finv-2024q2.md'));
    expect(finv.skipped).toEqual([]);
    const volume = fact(finv, 'transaction_volume_international', '2024Q2')!;
    expect(volume.value.toString()).toBe('2.3');
    expect(volume.unit).toMatchObject({ kind: 'money', currency: 'RMB', scale: 1e9 });
    const yoy = fact(finv, 'transaction_volume_international', '2024Q2', 'change')!;
    expect(yoy.value.toString()).toBe('27.8');
    expect(periodKey(yoy.basis!)).toBe('2023Q2');
  });
});
