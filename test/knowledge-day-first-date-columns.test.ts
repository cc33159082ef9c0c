// A plain-text operating table whose column headers are dates written day first and set one space apart
// ("31 Dec 2025 30 Sep 2025 31 Dec 2024", "31.12.2025 30.09.2025"): each date heads the column it ends over,
// and each row's own unit after its comma ("Broadband customers, thousand", "Customer churn, % per month") is
// the unit of its figures, never the release's currency nor units where it says thousands. Synthetic issuers.
import { beforeAll, describe, expect, it } from 'vitest';
import { periodKey } from '../src/knowledge/period.js';
import type { Release } from '../src/knowledge/release.js';
import { inlineEngine, inlineRelease } from './support/inline.js';

/** A row whose figures end where the dates over them end: one date's width and a space apart. */
const row = (label: string, figures: string[], width: number) => label.padEnd(50) + figures.map((f) => f.padStart(width)).join(' ');

const release = (dates: string[]) => [
  'SYNTHETIC KESTREL NET AB: FOURTH QUARTER 2025 INTERIM REPORT',
  '',
  'Kestrel Net AB reported results for the fourth quarter ended 31 December 2025.',
  '',
  'KEY OPERATING FIGURES',
  '',
  ' '.repeat(50) + dates.join(' '),
  row('Broadband customers, thousand', ['2,418', '2,395', '2,301'], dates[0]!.length),
  row('Customer churn, % per month', ['0.94', '0.97', '1.05'], dates[0]!.length),
  row('Blended ARPU, EUR per month', ['31', '30', '29'], dates[0]!.length),
  row('Employees (full-time equivalents)', ['4,120', '4,180', '4,305'], dates[0]!.length),
  '',
];

const value = (r: Release, label: string, period: string) => r.facts.find((f) => f.label === label && periodKey(f.period) === period);

describe.each([
  ['day-first month names', ['31 Dec 2025', '30 Sep 2025', '31 Dec 2024']],
  ['dotted dates', ['31.12.2025', '30.09.2025', '31.12.2024']],
])('dates one space apart, %s', (_, dates) => {
  let r: Release;
  beforeAll(() => {
    r = inlineRelease(release(dates), 'kestrel.txt');
  });

  it('reads the table, each date heading the column it ends over', () => {
    expect(r.skipped).toEqual([]);
    expect(value(r, 'Broadband customers, thousand', '2025-12-31')?.value.toString()).toBe('2418');
    expect(value(r, 'Broadband customers, thousand', '2025-09-30')?.value.toString()).toBe('2395');
    expect(value(r, 'Employees (full-time equivalents)', '2024-12-31')?.value.toString()).toBe('4305');
  });

  it('keeps the unit each row states after its comma', () => {
    expect(value(r, 'Broadband customers, thousand', '2025-12-31')?.unit).toMatchObject({ kind: 'count', scale: 1000 });
    expect(value(r, 'Customer churn, % per month', '2025-12-31')?.unit).toEqual({ kind: 'percent' });
    expect(value(r, 'Blended ARPU, EUR per month', '2025-12-31')?.unit).toMatchObject({ kind: 'money', currency: 'EUR', scale: 1 });
  });
});

describe('asking the operating table dated day first', () => {
  let engine: ReturnType<typeof inlineEngine>;
  beforeAll(() => {
    engine = inlineEngine(release(['31 Dec 2025', '30 Sep 2025', '31 Dec 2024']), 'kestrel.txt');
  });
  const ask = (q: string) => engine.ask(q, `day-first-${q}`);

  it('gives a count in thousands, cited to its row', () => {
    const a = ask('How many broadband customers, thousand, at 30 Sep 2025?');
    expect(a.text).toMatch(/2,395 thousand/);
    expect(a.citations.map((c) => c.line)).toEqual([8]);
  });
  it('gives a monthly churn as a percentage, never as money', () => {
    const a = ask('Customer churn, % per month at 31 Dec 2024?');
    expect(a.text).toMatch(/1\.05%/);
    expect(a.citations.map((c) => c.line)).toEqual([9]);
    expect(a.text).not.toMatch(/EUR|€/);
  });
});
