// A quarter the release prints no figure for, but states exactly as a longer span less the rest of it (Q1 = H1 − Q2,
// Q4 = FY − 9M): the subtraction, both lines cited. Only spans that tile (month ends, contiguous, one fiscal year),
// of money in one unit of one release; anything else declines. (hl24-st10, hl24-nv10 had declined.)
import { describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import { inlineEngine } from './support/inline.js';

const halves = (header: string, rows: string[]) =>
  inlineEngine([
    '# Synthetic Tern Reports Second Quarter 2026 Results',
    '',
    'Synthetic Tern today reported results for the second quarter ended June 30, 2026.',
    '',
    header,
    '|---|---|---|---|---|',
    ...rows,
  ]);

const HALF = '| ($ in millions) | Q2 2026 | Q2 2025 | Six months ended June 30, 2026 | Six months ended June 30, 2025 |';

const years = () =>
  inlineEngine([
    '# Synthetic Wren Reports Fourth Quarter and Full Year 2025 Results',
    '',
    'Synthetic Wren today reported results for the fourth quarter and year ended December 31, 2025.',
    '',
    '| ($ in thousands) | Nine months ended September 30, 2025 | Year ended December 31, 2025 |',
    '|---|---|---|',
    '| Revenue | 300,000 | 412,500 |',
    '| Net income | 30,000 | 41,000 |',
  ]);

describe('a quarter worked out as a longer span less the rest of it', () => {
  it('Q1 is the half less Q2, both cited, the subtraction shown', () => {
    const a = halves(HALF, ['| Revenue | 520.0 | 480.0 | 1,010.0 | 930.0 |']).ask('revenue in Q1 2026', 'tq-1');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('$490.0 million in Q1 2026');
    expect(a.text).toContain('less');
    expect(a.derivations.map((d) => d.formula)).toContain('1,010.0 − 520.0');
    expect(a.citations.length).toBeGreaterThan(0);
  });

  it('a holding printed for the quarter and the half (share capital) is never subtracted', () => {
    const a = halves(HALF, ['| Revenue | 520.0 | 480.0 | 1,010.0 | 930.0 |', '| Paid-up share capital | 120.0 | 120.0 | 120.0 | 120.0 |']).ask('paid-up share capital in Q1 2026', 'tq-held');
    expect(a.text).not.toContain('$0.0 million');
    expect(a.text).not.toContain('less');
  });
  it('a year-ago quarter from the year-ago half', () => {
    const a = halves(HALF, ['| Revenue | 520.0 | 480.0 | 1,010.0 | 930.0 |']).ask('revenue Q1 2025', 'tq-2');
    expect(a.text).toContain('$450.0 million in Q1 2025');
  });

  it('Q4 is the year less nine months', () => {
    const a = years().ask('revenue in Q4 2025', 'tq-3');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('$112.5 million in Q4 2025');
  });

  it('the change into the next quarter runs from the worked-out figure, said so', () => {
    const a = halves(HALF, ['| Revenue | 520.0 | 480.0 | 1,010.0 | 930.0 |']).ask('revenue growth QoQ in Q2 2026', 'tq-4');
    expect(a.status).toBe('answer');
    expect(a.text).toMatch(/up 6\.1\d*% quarter over quarter/);
    expect(a.text).toContain('worked out as');
  });

  it('a change of a worked-out quarter against a worked-out year-ago quarter', () => {
    const a = halves(HALF, ['| Revenue | 520.0 | 480.0 | 1,010.0 | 930.0 |']).ask('revenue growth yoy in Q1 2026', 'tq-11');
    expect(a.status).toBe('answer');
    expect(a.text).toMatch(/up 8\.9% year over year, from \$450\.0 million in Q1 2025/);
    expect(a.derivations.map((d) => d.formula)).toEqual(expect.arrayContaining(['1,010.0 − 520.0', '930.0 − 480.0']));
  });

  it('a quarter no span tiles (Q3 from a half) declines', () => {
    const a = halves(HALF, ['| Revenue | 520.0 | 480.0 | 1,010.0 | 930.0 |']).ask('revenue in Q3 2025', 'tq-5');
    expect(a.status).not.toBe('answer');
    expect(a.text).not.toMatch(/\$\d/);
  });

  it('per-share figures and rates do not subtract', () => {
    const e = halves(HALF, ['| Revenue | 520.0 | 480.0 | 1,010.0 | 930.0 |', '| Diluted EPS ($) | 0.52 | 0.48 | 1.01 | 0.93 |', '| Gross margin (%) | 41.0 | 40.0 | 40.5 | 39.8 |']);
    expect(e.ask('diluted EPS in Q1 2026', 'tq-6').text).not.toContain('0.49');
    expect(e.ask('gross margin in Q1 2026', 'tq-7').text).not.toContain('40.0%');
  });

  it('a balance read over a span does not subtract', () => {
    const a = halves(HALF, ['| Revenue | 520.0 | 480.0 | 1,010.0 | 930.0 |', '| Cash at end of period | 300.0 | 250.0 | 300.0 | 250.0 |']).ask('cash at end of period in Q1 2026', 'tq-8');
    expect(a.text).not.toContain('$0');
    expect(a.text).not.toContain('nil');
  });
});

describe('hl24: quarters of an own fiscal calendar and of a calendar year', () => {
  it('st10: Q1 FY26 of an April–March issuer is H1 FY26 less Q2 FY26', () => {
    const engine = sharedEngine('eval/hl24/docs/sitara-q2fy27.html');
    const a = engine.ask('revenue from operations Q1 FY26', 'tq-9');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('₹2,456.2 crore in fiscal Q1 2026');
    expect(a.derivations.map((d) => d.formula)).toContain('4,987.6 − 2,531.4');
    expect(a.citations.map((c) => c.quote).join(' ')).toContain('4,987.6');
  });

  it('nv10: Q1 2026 net sales and the QoQ growth into Q2', () => {
    const engine = sharedEngine('eval/hl24/docs/nordvik-q2-2026.md');
    const a = engine.ask('Q1 2026 net sales, and sales growth QoQ into Q2?', 'tq-10');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('SEK 4,535.0 million in Q1 2026');
    expect(a.text).toContain('up 6.1% quarter over quarter');
  });
});
