// Counts and days in a "₹ million" release: a row whose own words say days ("Days sales outstanding (DSO)"), a
// line of a table headed by the workforce ("People and operating metrics": "Net additions"), a count bounded by an
// amount ("Clients above US$10 million annual revenue") are those counts, never the table's rupees; a count the
// prose states in lakh keeps its scale. (An examiner's release answered "DSO?" with "₹68.0 million" and "active
// customers?" with "58.4 customers" for 58.4 lakh.) Synthetic release, made-up figures.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const RELEASE = [
  '# Synthetic Konkan Digital Services Limited',
  '',
  '## Results for the second quarter of fiscal 2027 (quarter ended September 30, 2026)',
  '',
  'Konkan Digital Services Limited announced its results for the quarter ended September 30, 2026 (Q2 FY27).',
  'The fiscal year runs from April 1 to March 31. All amounts are in ₹ million unless stated otherwise.',
  '',
  '### Consolidated statement of profit and loss (₹ million)',
  '',
  '| Particulars | Q2 FY27 | Q1 FY27 | Q2 FY26 |',
  '|---|---:|---:|---:|',
  '| Revenue from operations | 48,420 | 46,105 | 42,870 |',
  '| **Net profit** | **7,096** | **6,298** | **5,707** |',
  '',
  '### People and operating metrics',
  '',
  '| Metric | Q2 FY27 | Q1 FY27 | Q2 FY26 |',
  '|---|---:|---:|---:|',
  '| Total headcount | 78,412 | 77,930 | 75,206 |',
  '| Net additions | 482 | 1,214 | (356) |',
  '| Attrition (last twelve months) | 13.2% | 13.6% | 14.8% |',
  '| Clients above US$10 million annual revenue | 58 | 56 | 49 |',
  '| Days sales outstanding (DSO) | 68 | 71 | 73 |',
  '',
  '### Business commentary',
  '',
  '- The customer franchise stood at 38.4 lakh active customers.',
  '',
];

describe('counts and days in a ₹ million release', () => {
  const engine = inlineEngine(RELEASE, 'konkan-q2fy27.md');
  const ask = (q: string) => engine.ask(q, q).text;
  it('days sales outstanding are days, never rupees', () => {
    const text = ask('DSO?');
    expect(text).toContain('68 days');
    expect(text).not.toMatch(/₹|million/);
  });
  it("a workforce table's net additions are people", () => {
    expect(ask('net additions in Q2?')).toContain('482 people');
    expect(ask('net additions last qtr?')).toContain('1,214 people');
    expect(ask('net additions in Q2?')).not.toMatch(/₹|million/);
  });
  it('a revenue line of the release is still rupees', () => {
    expect(ask('revenue from operations?')).toMatch(/₹48,420(\.0)? million|₹48\.42 billion/);
  });
  it('a count the prose states in lakh keeps its scale, with millions beside it', () => {
    const text = ask('active customers?');
    expect(text).toContain('38.4 lakh customers');
    expect(text).toContain('3.84 million');
  });
});
