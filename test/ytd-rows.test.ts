// A year-to-date row under date columns (hunt34 mrd-07): "Cost of risk, YTD annualised (%) | 0,52 | 0,54 | 0,61"
// headed "30/09/2026 | 30/06/2026 | 30/09/2025" is the nine months', the half's and the prior nine months' cost
// of risk. Read at the dates, "cost of risk for Q3 alone?" was answered 0,52% "in Q3 2026" (the bullet
// "Cost of risk fell to 0,52% (9M25: 0,61%)" was filed as the quarter's too) and "for the first nine months"
// declined. Labels are pinned by test/corpus/ytd-rows.jsonl. The issuer and figures are made up.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { namesYearToDate } from '../src/knowledge/ytd-rows.js';
import { inlineEngine, inlineRelease } from './support/inline.js';

type Example = { label: string; ytd: boolean };
const examples = readFileSync('test/corpus/ytd-rows.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Example);

describe('which row labels name the year to date', () => {
  it.each(examples)('$label → $ytd', ({ label, ytd }) => expect(namesYearToDate(label)).toBe(ytd));
});

const RELEASE = [
  '# Banco Ejemplo, S.A. – Results for the third quarter of 2026',
  '',
  'Banco Ejemplo earned a net attributable profit of €95,7 million in the third quarter of 2026.',
  '',
  '- **Cost of risk** fell to 0,48% (9M25: 0,57%) and the NPL ratio to 2,40%.',
  '',
  '## Balance sheet and key ratios',
  '',
  '| | 30/09/2026 | 30/06/2026 | 30/09/2025 |',
  '|---|---:|---:|---:|',
  '| Customer deposits (€ million) | 81.455 | 79.902 | 74.118 |',
  '| NPL ratio (%) | 2,40 | 2,52 | 2,95 |',
  '| Cost of risk, YTD annualised (%) | 0,48 | 0,50 | 0,57 |',
];

describe('a year-to-date row under date columns', () => {
  const periods = (metric: string) =>
    inlineRelease(RELEASE, 'ejemplo-3t26.md')
      .facts.filter((f) => f.metric === metric)
      .map((f) => (f.period.kind === 'duration' ? `${f.period.months}M-${f.period.end}` : f.period.date));

  it('is the span to each date; a balance ratio stays at its date', () => {
    expect(periods('cost_of_risk_ytd_annualised')).toEqual(expect.arrayContaining(['9M-2026-09-30', '6M-2026-06-30', '9M-2025-09-30']));
    expect(periods('cost_of_risk_ytd_annualised')).not.toContain('2026Q3');
    expect(periods('npl_ratio')).toEqual(expect.arrayContaining(['2026-09-30', '2026-06-30', '2025-09-30']));
  });

  it('answers the spans to date and declines the quarter alone', () => {
    const engine = inlineEngine(RELEASE, 'ejemplo-3t26.md');
    const q3 = engine.ask('cost of risk for Q3 alone?', 'a');
    expect(q3.status).toBe('unknown');
    expect(q3.text).not.toContain('0.48%');
    const nine = engine.ask('cost of risk for the first nine months', 'b');
    expect(nine.status).toBe('answer');
    expect(nine.text).toContain('0.48%');
    expect(engine.ask('cost of risk in the first half of 2026', 'c').text).toContain('0.50%');
    expect(engine.ask('cost of risk for 9M25', 'd').text).toContain('0.57%');
  });
});
