// A half-year or year-to-date the release prints no figure for, but whose quarters it prints (H1 = Q1 + Q2):
// the sum, each quarter cited and listed, labelled as the sum of the quarters. Only flow lines in money that the
// release also prints for a longer span, and only where every tiling quarter is printed; else it declines.
// (hl27-V09 had declined: "H1 FY27 revenue? just add q1 and q2".)
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const quarters = () =>
  inlineEngine([
    '# Synthetic Plover Reports Second Quarter 2026 Results',
    '',
    'Synthetic Plover today reported results for the second quarter ended June 30, 2026.',
    '',
    '| ($ in millions) | Q2 2026 | Q1 2026 | Q2 2025 | Year ended December 31, 2025 |',
    '|---|---|---|---|---|',
    '| Revenue | 520.0 | 490.0 | 480.0 | 1,900.0 |',
    '| Operating expenses | 210.5 | 200.25 | 190.0 | 780.0 |',
    '| Share capital | 100.0 | 100.0 | 100.0 | 100.0 |',
    '| Diluted EPS ($) | 0.52 | 0.49 | 0.48 | 1.90 |',
    '| Gross margin (%) | 41.0 | 40.0 | 40.5 | 39.8 |',
  ]);

describe('a half-year worked out as the sum of its printed quarters', () => {
  it('H1 is Q1 + Q2, each quarter cited, said to be their sum', () => {
    const a = quarters().ask('revenue for the first half of 2026', 'sq-1');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('$1,010.0 million');
    expect(a.text).toContain('sum of its quarters');
    expect(a.derivations.map((d) => d.formula)).toContain('490.0 + 520.0');
    expect(a.citations.length).toBeGreaterThan(0);
  });

  it('another wording and another flow line, the sum shown exactly in its formula', () => {
    const a = quarters().ask('H1 2026 operating expenses', 'sq-2');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('$410.8 million');
    expect(a.derivations.map((d) => d.formula)).toContain('200.25 + 210.5');
  });

  it('a span whose quarters are not all printed (nine months) declines', () => {
    const a = quarters().ask('revenue for the nine months ended September 30, 2026', 'sq-3');
    expect(a.status).not.toBe('answer');
    expect(a.text).not.toContain('1,010.0');
  });

  it('a line printed for quarters only, per-share figures and rates are not added up', () => {
    const e = quarters();
    expect(e.ask('share capital in the first half of 2026', 'sq-4').text).not.toContain('200.0');
    expect(e.ask('diluted EPS for H1 2026', 'sq-5').text).not.toContain('1.01');
    expect(e.ask('gross margin for H1 2026', 'sq-6').text).not.toContain('81.0');
  });

  it('"H1 revenue? just add Q1 and Q2": the line added up over the quarters named, not the half beside them', () => {
    const a = quarters().ask('H1 2026 operating expenses? just add Q1 2026 and Q2 2026', 'sq-7');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('added up over Q1 2026 and Q2 2026');
    expect(a.derivations.map((d) => d.formula)).toContain('200.25 + 210.5');
  });

  it('periods named beside a span that do not tile it are no parts of it: declined', () => {
    const a = quarters().ask('H1 2026 revenue, add Q2 2026 and Q2 2025', 'sq-8');
    expect(a.status).not.toBe('answer');
    expect(a.text).not.toMatch(/\$1,0\d\d/);
  });
});
