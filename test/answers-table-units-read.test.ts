// Tables once skipped with "no unit note states the scale of its amounts", each for a layout that states its
// unit where the reader did not look: a note led by a span or glossing its currencies, a corner unit with a
// remark, a corner "%" under a document's note of amounts, a note kept by bold sub-titles, a title naming
// an amount over a "Stores" line, a corner's money per thing, a grade before ounces, a footnote mark after a
// row's unit, a title ending in "(% of ...)". Each is asked from the examinations' releases (eval/hl*): the
// figure, its unit and scale as the citation's cell states them, and the line it cites.
import { describe, expect, it } from 'vitest';
import type { Answer } from '../src/intents/answer.js';
import { sharedEngine } from './support/engines.js';

const ask = (release: string, q: string): Answer => sharedEngine(release).ask(q, `units-${q}`);
const cell = (a: Answer) => a.citations[0]?.cells?.[0];

describe('a table whose unit stands where the reader once did not look is read at that unit', () => {
  it('"*(39 weeks, in thousands)*": thousands, over columns of 39 weeks (never as of the date)', () => {
    const a = ask('eval/hl37/docs/pinewick-q3-fy2026.md', 'capex for the 39 weeks');
    expect(a.text).toContain('$118.4 million');
    expect(a.text).toContain('9 months ended October 31, 2026');
    expect(a.citations[0]!.line).toBe(63);
    expect(cell(a)).toMatchObject({ unit: 'USD thousands', printed: '(118,402)' });
  });

  it('a table titled "Segment Net Sales" with a "Stores" line is of amounts, not counts', () => {
    const a = ask('eval/hl37/docs/pinewick-q3-fy2026.md', 'digital Q3 FY26');
    expect(a.text).toContain('$311.9 million');
    expect(a.citations[0]!.line).toBe(39);
    expect(cell(a)).toMatchObject({ unit: 'USD thousands', printed: '311,906' });
  });

  it('"(In millions of Mexican pesos ("Ps.") and U.S. dollars ("US$"))": millions of each', () => {
    const a = ask('eval/hl6/docs/tdlh-2026q3.md', 'net income q3 2026');
    expect(a.text).toContain('313.7 million');
    expect(a.citations[0]!.line).toBe(61);
    expect(cell(a)).toMatchObject({ unit: 'MXN millions', printed: '313.7' });
  });

  it('a corner "£m (unaudited)": pounds in millions', () => {
    const a = ask('eval/hl33/docs/harrowgate-q3fy27.md', 'gross profit q3 fy27');
    expect(a.text).toContain('£221.0 million');
    expect(a.citations[0]!.line).toBe(24);
    expect(cell(a)).toMatchObject({ unit: 'GBP millions', printed: '221.0' });
  });

  it('a corner "%" under the document\'s "in millions ... unless otherwise stated": percentages', () => {
    const a = ask('eval/hl29/docs/condor-2q26.md', 'NPL ratio 2Q26');
    expect(a.text).toContain('3.00%');
    expect(a.citations[0]!.line).toBe(60);
    expect(cell(a)).toMatchObject({ unit: '%', printed: '3.00' });
  });

  it('a note under "## Non-GAAP reconciliations" is kept by its bold sub-titles', () => {
    const a = ask('eval/hl36/docs/tessaro-q3-2026.md', 'adjusted EBITDA 9M 2026');
    expect(a.text).toContain('$1.11 billion');
    expect(a.citations[0]!.line).toBe(82);
    expect(cell(a)).toMatchObject({ unit: 'USD millions', printed: '1,108.0' });
  });

  it('a corner "Average revenue per user (CHF per month)": francs a month, but not the churn row of percentages', () => {
    const a = ask('eval/hl15/docs/alpenlink-q1-2026.md', 'broadband ARPU Q1 2026');
    expect(a.text).toContain('CHF 58.60');
    expect(a.citations[0]!.line).toBe(84);
    expect(cell(a)).toMatchObject({ printed: '58.60' });
    expect(a.citations[0]!.row).toBe('Broadband ARPU (CHF per month)');
    expect(ask('eval/hl15/docs/alpenlink-q1-2026.md', 'mobile postpaid churn').text).toMatch(/^Mobile postpaid churn rate \(monthly average\) was 0\.92%/);
  });

  it('a corner "Production (6E oz)": ounces, never an amount', () => {
    const a = ask('eval/hl30/docs/karoo-h1-f2026.md', 'Maroela H1 F2026');
    expect(a.text).toContain('148,900 6E oz');
    expect(a.citations[0]!.line).toBe(30);
  });

  it('row units after a footnote mark or named by their noun first: "Passenger RASK (cents) 3", "(RPKs, million)", "(aircraft)"', () => {
    const f = 'eval/hl13/docs/ardentia-1q-fy26.html';
    expect(ask(f, 'passenger RASK 1Q FY26').text).toContain('11.85 cents');
    const rpk = ask(f, 'RPKs 1Q FY26');
    expect(rpk.text).toContain('9,107 million');
    expect(rpk.citations[0]!.line).toBe(60);
    expect(ask(f, 'fleet at period end').text).toContain('74 aircraft');
  });

  it('a grid titled "UNDERWRITING RATIOS (% of net premiums earned)": percentages', () => {
    const a = ask('eval/hl28/docs/bwi-2025q2.txt', 'combined ratio 6M 2025');
    expect(a.text).toContain('93.3%');
    expect(a.citations[0]!.line).toBe(54);
    expect(cell(a)).toMatchObject({ unit: '%', printed: '93.3' });
  });
});
