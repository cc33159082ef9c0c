// A March-year issuer's half is its fiscal half (April–September), named as the release names its year:
// "the Fiscal Year Ending March 31, 2027" is fiscal 2027 unless the release defines "FY2026" as those days (it
// was read as a calendar half, January–June, and its quarter as Q3). Its half a quarter back is a span of those
// months, never the half itself read again by its name ("unchanged quarter over quarter").
// Synthetic releases: a fixture file and inline ones.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import { inlineEngine } from './support/inline.js';

let n = 0;
const id = () => `fy-${n++}`;

const quarterOnly = (intro: string) => [
  '# Synthetic Shirane Foods Co., Ltd. Quarterly Results', '', intro, '',
  '| (¥ millions) | Three months ended September 30, 2026 | Three months ended September 30, 2025 |', '|---|---|---|',
  '| Net sales | 52,300 | 49,800 |', '',
  '| (¥ millions) | Six months ended September 30, 2026 | Six months ended September 30, 2025 |', '|---|---|---|',
  '| Net sales | 101,900 | 97,200 |',
];

describe('a March year named as the release names it', () => {
  it.each([
    ['Results for the Second Quarter of the Fiscal Year Ending March 31, 2027.', 'fiscal 2027'],
    ['Results for the Second Quarter of the Fiscal Year Ending March 31, 2027 (“FY2026”: April 1, 2026 to March 31, 2027).', 'fiscal 2026'],
    ['Shirane Foods reports its results for fiscal 2026 (April 1, 2026 – March 31, 2027), for the three months ended September 30, 2026.', 'fiscal 2026'],
  ])('%s → %s, its first half April–September', (intro, year) => {
    const engine = inlineEngine(quarterOnly(intro));
    const half = engine.ask('first half net sales', id());
    expect(half.status).toBe('answer');
    expect(half.text).toContain('101,900');
    expect(half.text).toContain(`6 months ended September 30, 2026 (${year})`);
    const quarter = engine.ask('net sales this quarter', id()).text;
    expect(quarter).toContain(`fiscal Q2 ${year.slice(-4)}`);
  });
});

describe('the release\'s own quarter and half', () => {
  const engine = sharedEngine('test/fixtures/synthetic-hotaka-fy2026q2.md');
  it('a fiscal half a quarter back is not the half itself ("unchanged quarter over quarter")', () => {
    const a = engine.ask('revenue growth in the first half', id()).text;
    expect(a).toContain('8.2%');
    expect(a).not.toMatch(/unchanged|quarter over quarter/);
    expect(engine.ask('H1 revenue QoQ', id()).status).not.toBe('answer');
  });
  it('a year ending March 31, 2027 is fiscal 2027, its quarters counted from April', () => {
    const engine = inlineEngine(quarterOnly('Results for the Third Quarter of the Fiscal Year Ending March 31, 2027.').map((l) => l.replace(/September 30/g, 'December 31').replace('Six months', 'Nine months')));
    const a = engine.ask('Q3 FY2027 net sales', id());
    expect(a.status).toBe('answer');
    expect(a.text).toContain('52,300');
  });
});

describe('a quarter named with a year over two ("Q1 FY2025/26")', () => {
  const engine = inlineEngine([
    '# Synthetic Brackenfold plc — Q1 FY2025/26 Trading Statement', '',
    'Synthetic Brackenfold plc today reports results for the first quarter of its 2025/26 financial year, the three months ended 30 June 2025 ("Q1 FY26").', '',
    '| £m | Q1 FY26 | Q1 FY25 |', '|---|---:|---:|', '| Revenue | 612.4 | 585.1 |',
  ]);
  it('is of the year it ends in, and dated by the release: the three months ended 30 June 2025', () => {
    const a = engine.ask('revenue for the three months ended June 30, 2025', id());
    expect(a.status).toBe('answer');
    expect(a.text).toContain('612.4');
    expect(engine.ask('revenue Q1 FY26', id()).text).toContain('612.4');
  });
});
