// A plain-text release laid out as older EDGAR exhibits are (test/fixtures/synthetic-machines-2025q4.txt,
// a synthetic issuer with made-up figures): its prose and its ASCII table stand in one run of lines
// with no double blank line between them, the table has a rule under its headers, a centred title in
// capitals, parentheses for negatives, "-" for nil and "n/m" in its "% Change" column. Each part is read
// as what it is: the prose as prose, the table's figures as facts, "n/m" as no figure.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildRelease } from '../src/knowledge/build.js';
import { readRelease } from '../src/knowledge/document.js';
import { periodKey } from '../src/knowledge/period.js';

let r!: ReturnType<typeof buildRelease>;
beforeAll(() => {
  r = buildRelease(readRelease('test/fixtures/synthetic-machines-2025q4.txt'));
});
const table = (metric: string, period: string, role = 'value') => r.facts.find((f) => f.source === 'table' && f.metric === metric && periodKey(f.period) === period && f.role === role);

describe('an ASCII table inside the prose of a plain-text release', () => {
  it('reads the table with no table skipped, and the prose beside it', () => {
    expect(r.skipped).toEqual([]);
    expect(r.facts.some((f) => f.source === 'narrative' && f.metric === 'net_sales')).toBe(true);
  });

  it.each([
    ['net_sales', '2025Q4', '182410', 17],
    ['net_sales', '2024Q4', '171902', 17],
    ['restructuring_charges', '2025Q4', '0', 19],
    ['net_income_loss', '2024Q4', '-3104', 21],
  ])('%s %s is %s (line %i), in thousands of dollars', (metric, period, value, line) => {
    const f = table(metric, period)!;
    expect(f.value.toString()).toBe(value);
    expect(f.citation.line).toBe(line);
    expect(f.unit).toMatchObject({ kind: 'money', currency: 'USD', scale: 1e3 });
  });

  it('takes a stated % change, and no figure where the column says "n/m"', () => {
    expect(table('net_sales', '2025Q4', 'change')?.value.toString()).toBe('6.1');
    expect(table('net_income_loss', '2025Q4', 'change')).toBeUndefined();
  });

  it('keeps the paragraph after the table as prose, not a line of the table', () => {
    expect(r.tables.flatMap((t) => t.lines.map((l) => l.label))).not.toContain('aerospace industries in North America and Europe.');
    expect(r.tables[0]!.lines.map((l) => l.label)).toEqual(['Net sales', 'Cost of sales', 'Restructuring charges', 'Operating income (loss)', 'Net income (loss)']);
  });
});
