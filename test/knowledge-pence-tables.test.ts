// Sterling releases print per-share figures in pence ("12.4p"), in a line labelled "(pence)" or in the cell
// alone: read in pence (GBX), answered as printed, never as pounds, and the table around them is read. A
// table whose header row and rule follow another table after a single blank line is a table of its own.
import { beforeAll, describe, expect, it } from 'vitest';
import { periodKey } from '../src/knowledge/period.js';
import { inlineEngine, inlineRelease } from './support/inline.js';

const release = [
  '# Harrowgate Brewing plc — Second quarter trading update',
  '',
  'Harrowgate Brewing plc reports results for the second quarter of its financial year, the three months ended 30 September 2025 ("Q2 FY26"). The financial year ends on 31 March.',
  '',
  '## Group results',
  '',
  '| £m | Q2 FY26 | Q2 FY25 |',
  '|---|---:|---:|',
  '| Revenue | 318.6 | 301.2 |',
  '| Operating profit | 41.7 | 38.9 |',
  '| Diluted earnings per share | 12.4p | 11.0p |',
  '| Interim dividend per share (pence) | 5.20 | 4.80 |',
  '',
  '| £m | 30 September 2025 | 31 March 2025 | 30 September 2024 |',
  '|---|---:|---:|---:|',
  '| Borrowings | 96.4 | 88.1 | 104.9 |',
  '| Cash | (21.3) | (30.5) | (18.2) |',
  '',
];

describe('per-share figures in pence, and a table right under another', () => {
  let r: ReturnType<typeof inlineRelease>;
  beforeAll(() => {
    r = inlineRelease(release);
  });
  const fact = (metric: string, key: string) => r.facts.find((f) => f.metric === metric && periodKey(f.period) === key && f.role === 'value');

  it('reads both tables whole', () => {
    expect(r.skipped).toEqual([]);
    expect(fact('revenue', 'FY2026Q2')?.value.toString()).toBe('318.6');
    expect(fact('borrowings', '2025-03-31')?.value.toString()).toBe('88.1');
  });
  it('reads a cell printed in pence, and a line labelled pence, as pence per share', () => {
    expect(fact('diluted_earnings_per_share', 'FY2026Q2')?.unit).toEqual({ kind: 'per_share', currency: 'GBX', basis: 'share' });
    expect(fact('interim_dividend_per_share', 'FY2025Q2')?.unit).toEqual({ kind: 'per_share', currency: 'GBX', basis: 'share' });
  });
  it('answers in pence as printed, never in pounds', () => {
    const engine = inlineEngine(release);
    const text = engine.ask('diluted EPS for Q2 FY26?', 'pence-1').text;
    expect(text).toMatch(/12\.4p/);
    expect(text).not.toMatch(/£12\.4/);
    expect(engine.ask('borrowings at 31 March 2025?', 'pence-2').text).toMatch(/£88\.1 million/);
  });
});
