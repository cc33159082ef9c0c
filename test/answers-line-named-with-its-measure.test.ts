// A line asked by its name plus the measure its table reports ("Clinics revenue" of the row "Clinics" in a table of
// revenue by segment, added up by a bare "Total"), and a line excluding liabilities of a kind asked short ("net debt
// ex pensions" of "Net debt, excluding pension liabilities"). Another measure with the row's name is no figure of it.
import { beforeAll, describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const LINES = [
  '# Synthetic Harbourside Health Reports Second Quarter 2026 Results',
  '',
  'Synthetic Harbourside Health today reported results for the second quarter ended June 30, 2026.',
  '',
  '## Revenue by segment ($ millions)',
  '',
  '| $ millions | Q2 2026 | Q2 2025 |',
  '|---|---:|---:|',
  '| Clinics | 412.0 | 380.0 |',
  '| Home care | 188.0 | 170.0 |',
  '| Total | 600.0 | 550.0 |',
  '',
  '## Balance sheet ($ millions)',
  '',
  '| $ millions | Jun 30, 2026 | Dec 31, 2025 |',
  '|---|---:|---:|',
  '| Net debt, excluding pension liabilities | 940.0 | 1,010.0 |',
];

describe('a line named with the measure its table reports', () => {
  let engine!: ReturnType<typeof inlineEngine>;
  beforeAll(() => {
    engine = inlineEngine(LINES);
  });
  const ask = (q: string) => engine.ask(q, `measure-${q}`);

  it('a segment row in a revenue-by-segment table, asked as its revenue', () => {
    const a = ask('Clinics revenue in Q2 2026?');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('412.0');
    expect(ask('How much did home care revenue grow year over year?').text).toContain('10.6%');
  });

  it('another measure of the segment is no figure of the revenue row', () => {
    const a = ask('Clinics operating profit in Q2 2026?');
    expect(a.text).not.toContain('412.0');
  });

  it('an exclusion said short, liabilities of a kind said by the kind', () => {
    expect(ask('net debt ex pensions at June 30, 2026?').text).toContain('940.0');
    expect(ask('Net debt excluding pensions at Dec 31, 2025?').text).toContain('$1.01 billion');
  });
});
