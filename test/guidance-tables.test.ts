// A guidance table is read as the outlook prose it abbreviates (src/knowledge/outlook-tables.ts): ranges in
// words, a column per guided period, Low/High column pairs, a prior guidance kept as a statement, a fall
// as a negative rate, an amount's scale from its row label. It was skipped ("non-numeric cell", "no column
// header names a period"), so the guidance it holds was declined. Synthetic releases, written inline.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Release } from '../src/knowledge/release.js';
import { inlineEngine, inlineRelease } from './support/inline.js';

const ends = (r: Release, metric: string, period: string) =>
  ['low', 'high'].map((role) => r.facts.find((f) => f.metric === metric && f.role === role && JSON.stringify(f.period).includes(period))?.value.toString());

const MARKDOWN = [
  '# Synthetic Software Reports Second Quarter 2026 Results',
  '',
  'Synthetic Software today announced results for its second quarter ended June 30, 2026.',
  '',
  '- Total revenue was $267.5 million, an increase of 21% year over year.',
  '',
  '## Financial Outlook',
  '',
  '| | Q3 2026 | Full Year 2026 |',
  '|---|---|---|',
  '| Total revenue | $276 million to $279 million | $1,085 million to $1,091 million |',
  '| Non-GAAP operating margin | Approximately 17.5% | Approximately 18% |',
  '| Unit volume | Down 1% to 3% | Up 2% to 4% |',
  '| Free cash flow | — | Approximately $215 million |',
  '| Other income | $4 to $5 | $9 to $10 |',
  '',
  'The prior full-year 2026 outlook called for total revenue of $1,070 million to $1,080 million.',
];

describe('a guidance table with ranges in words, a column per period', () => {
  let r: ReturnType<typeof inlineRelease>;
  beforeAll(() => {
    r = inlineRelease(MARKDOWN);
  });
  it('gives each row its range for each period', () => {
    expect(ends(r, 'total_revenue', '2026-09-30')).toEqual(['276', '279']);
    expect(ends(r, 'total_revenue', '2026-12-31')).toEqual(['1085', '1091']);
    expect(ends(r, 'non_gaap_operating_margin', '2026-12-31')).toEqual(['18', '18']);
    expect(ends(r, 'free_cash_flow', '2026-12-31')).toEqual(['215', '215']);
  });
  it('reads a fall as a negative rate, lowest first', () => expect(ends(r, 'unit_volume_growth_rate', '2026-09-30')).toEqual(['-3', '-1']));
  it('leaves out an amount whose scale nothing states', () => expect(r.facts.some((f) => f.metric.startsWith('other_income'))).toBe(false));
  it('keeps the prior outlook as a statement, no guidance of its own', () => expect(r.facts.some((f) => ['1070', '1080'].includes(f.value.toString()))).toBe(false));
  it('answers the guided midpoint, citing the row', () => {
    const a = inlineEngine(MARKDOWN).ask('FY26 revenue guide midpoint?', 'guidance-table');
    expect(a.text).toContain('1,088');
    expect(a.citations.map((c) => c.line)).toContain(11);
  });
});

const HTML = [
  '<html><body><h1>Synthetic Realty Reports Third Quarter 2026 Results</h1>',
  '<p>Synthetic Realty today announced results for the third quarter ended September 30, 2026.</p>',
  '<p>Net income per diluted share was $0.16. Core FFO was $102.3 million.</p>',
  '<h2>2026 Guidance</h2>',
  '<p>The Company is updating its full-year 2026 guidance as follows:</p>',
  '<table>',
  '<tr><th></th><th colspan="2">Current guidance</th><th colspan="2">Prior guidance</th></tr>',
  '<tr><th></th><th>Low</th><th>High</th><th>Low</th><th>High</th></tr>',
  '<tr><td>Core FFO per diluted share</td><td>$1.85</td><td>$1.88</td><td>$1.82</td><td>$1.86</td></tr>',
  '<tr><td>General and administrative expense (in millions)</td><td>$57</td><td>$59</td><td>$56</td><td>$58</td></tr>',
  '</table>',
  '</body></html>',
];

describe('Low / High columns under current and prior guidance', () => {
  let r: ReturnType<typeof inlineRelease>;
  beforeAll(() => {
    r = inlineRelease(HTML, 'synthetic.html');
  });
  it('the current guidance is the range; the prior one is no guidance', () => {
    expect(ends(r, 'core_ffo_per_diluted_share', '2026-12-31')).toEqual(['1.85', '1.88']);
    expect(r.facts.some((f) => ['1.82', '1.86'].includes(f.value.toString()))).toBe(false);
  });
  it('guidance asked of a line the release guides under a fuller name is that line\'s, named as the release names it', () => {
    // ("The release gives no guidance for Core FFO; it guides ... Core FFO per diluted share ...")
    const a = inlineEngine(HTML, 'synthetic.html').ask('midpoint of the core FFO guidance', 'fuller-name');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('Core FFO per diluted share between $1.85 and $1.88');
    expect(a.text).toContain('$1.865');
  });
  it('an amount takes its scale from the row label', () => {
    const g = r.facts.find((f) => f.metric.startsWith('general_and_administrative') && f.role === 'low');
    expect(g?.unit).toMatchObject({ kind: 'money', scale: 1e6 });
    expect(g?.value.toString()).toBe('57');
  });
});

describe('"<period> Low" / "<period> High" column headers', () => {
  let r: ReturnType<typeof inlineRelease>;
  beforeAll(() => {
    r = inlineRelease([
      '# Synthetic Logistics Reports Third Quarter 2026 Results',
      '',
      'Synthetic Logistics today announced results for the third quarter ended September 30, 2026.',
      '',
      '## Outlook',
      '',
      '(in millions, except per share amounts)',
      '',
      '| | Q4 2026 Low | Q4 2026 High | FY 2026 Low | FY 2026 High |',
      '|---|---|---|---|---|',
      '| Revenue | $520 | $540 | $2,010 | $2,030 |',
      '| Adjusted EPS | $0.41 | $0.45 | $1.60 | $1.64 |',
    ]);
  });
  it('each period its range, amounts at the note\'s scale, per-share figures as printed', () => {
    expect(ends(r, 'revenue', '2026-12-31","months":3')).toEqual(['520', '540']);
    expect(ends(r, 'revenue', '"months":12')).toEqual(['2010', '2030']);
    expect(r.facts.find((f) => f.metric === 'revenue' && f.role === 'low')?.unit).toMatchObject({ scale: 1e6 });
    expect(ends(r, 'adjusted_eps', '"months":12')).toEqual(['1.6', '1.64']);
  });
});

describe('a headline clause that names a year and looks ahead', () => {
  // "Raises 2026 guidance" made the sentence's other clause guidance: "dividend 5.2%" guided for 2026,
  // "ARR surpasses $1 billion" guided as a metric named "ARR surpasses".
  let r: ReturnType<typeof inlineRelease>;
  beforeAll(() => {
    r = inlineRelease([
      '# Synthetic Realty Reports Third Quarter 2026 Results',
      '',
      '*ARR surpasses $1 billion; raises full-year 2026 outlook*',
      '',
      'Synthetic Realty today announced results for the third quarter ended September 30, 2026.',
      '',
      '- Raises 2026 Core FFO guidance; increases quarterly dividend 5.2%.',
      '- Total revenue was $267.5 million.',
    ]);
  });
  it('guides nothing in the clauses that only state results', () => expect(r.facts.filter((f) => f.role === 'low' || f.role === 'high')).toEqual([]));
});
