// A span named by its length and "period" ("the 39-week period", "the thirteen-week period") or a year "to" a date
// ("the year to 1 March 2026", as UK releases say it) is that span: its "period" or "year" was left unread, and the
// question declined asking which period it meant.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';

const retailer = sharedEngine('eval/hl25/docs/harborpine-q3fy26.html');
const grocer = sharedEngine('eval/hl39/docs/hartwell-fy26.txt');

describe('a span named by its length and "period"', () => {
  it.each([
    ['Net sales for the 39-week period?', '$3.70 billion in the 9 months ended November 1, 2026', 36],
    ['what were net sales in the thirty-nine week period', '$3.70 billion in the 9 months ended November 1, 2026', 36],
  ])('%s', (q, want, line) => {
    const a = retailer.ask(q, q);
    expect(a.status).toBe('answer');
    expect(a.text).toContain(want);
    expect(a.citations.map((c) => c.line)).toContain(line);
  });

  it('a length no column gives declines, never answering another span', () => {
    const a = retailer.ask('net sales for the twenty-six week period?', 'hp-26');
    expect(a.status).not.toBe('answer');
    expect(a.text).not.toContain('3.70');
  });
});

describe('the year to a date', () => {
  it.each([
    ['Group revenue for the year to 1 March 2026?', '£6,412.8 million in the 12 months ended March 1, 2026'],
    ['group revenue in the year to March 1, 2026', '£6,412.8 million in the 12 months ended March 1, 2026'],
  ])('%s', (q, want) => {
    const a = grocer.ask(q, q);
    expect(a.status).toBe('answer');
    expect(a.text).toContain(want);
    expect(a.citations.some((c) => c.quote.includes('6,412.8'))).toBe(true);
  });
});
