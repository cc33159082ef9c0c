// Quarters named by the trimestre ("3T26 | 3T25 | 2T26 | YoY % | QoQ %", as Spanish, Portuguese and Italian
// releases head them; hunt34 mrd-02, mrd-04): the income statement was skipped ("no column header names a
// period"), so every figure in it was "not given"; and a "QoQ %" column is the change against the quarter
// before, stated by the release. The issuer and figures are made up.
import { describe, expect, it } from 'vitest';
import { inlineEngine, inlineRelease } from './support/inline.js';

const RELEASE = [
  '# Banco Ejemplo, S.A. – Results for the third quarter of 2026',
  '',
  'Banco Ejemplo earned a net attributable profit of €95,7 million in the third quarter of 2026 (3T26).',
  '',
  '## Income statement (€ million)',
  '',
  '| | 3T26 | 3T25 | 2T26 | YoY % | QoQ % |',
  '|---|---:|---:|---:|---:|---:|',
  '| Net interest income | 284,6 | 201,3 | 266,0 | 41,4 | 7,0 |',
  '| Trading and other income | 63,2 | 71,9 | 58,4 | (12,1) | 8,2 |',
  '| **Net attributable profit** | **95,7** | **85,1** | **88,8** | 12,5 | 7,8 |',
];

describe('quarters named by the trimestre', () => {
  it('reads the table, each column its quarter', () => {
    const facts = inlineRelease(RELEASE, 'ejemplo-3t26.md').facts.filter((f) => f.metric === 'net_interest_income' && f.role === 'value' && f.source === 'table');
    expect(facts.map((f) => f.period.kind === 'duration' && f.period.end)).toEqual(['2026-09-30', '2025-09-30', '2026-06-30']);
  });

  it('answers the quarter before and the stated change against it', () => {
    const engine = inlineEngine(RELEASE, 'ejemplo-3t26.md');
    expect(engine.ask('NII in 2Q26', 'a').text).toContain('€266.0 million');
    const qoq = engine.ask('trading income QoQ change', 'b');
    expect(qoq.text).toContain('8.2%');
    expect(qoq.text).toContain('as the release states it');
  });
});
