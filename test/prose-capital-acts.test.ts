// Cash returned, told in prose, of any issuer: a dividend a board declares after the quarter ends is of the day
// it is declared (undated, "after the end of the quarter", a statement), never the quarter's dividend; a repurchase's total cost stated after its average price
// ("... shares at an average price of $X per share, for a total of $Y") is the amount of the shares repurchased.
// A synthetic release, written inline.
import { beforeAll, describe, expect, it } from 'vitest';
import { inlineRelease } from './support/inline.js';

const LINES = [
  '# Tessaly Instruments Reports Second Quarter 2026 Results',
  '',
  'Tessaly Instruments, Inc. today reported results for the second quarter ended June 30, 2026.',
  '',
  '- Revenue was $208.3 million, up 6.0% year over year.',
  '- The Board declared a quarterly dividend of $0.31 per share on May 12, 2026.',
  '',
  'On July 21, 2026, the Board of Directors declared a quarterly cash dividend of $0.34 per share, payable August 14, 2026.',
  'After the end of the quarter, the Board also approved a special dividend of $1.00 per share.',
  'In the quarter the Company repurchased 0.8 million shares at an average price of $61.25 per share, for a total of $49.0 million.',
];

describe('capital returns told in prose', () => {
  let r: ReturnType<typeof inlineRelease>;
  beforeAll(() => {
    r = inlineRelease(LINES, 'tessaly-2q26.md');
  });
  const values = (re: RegExp) => r.facts.filter((f) => re.test(f.metric)).map((f) => f.value.toString());
  it('date a dividend declared within the quarter to the quarter', () => expect(values(/dividend/)).toContain('0.31'));
  it('date a dividend declared after the quarter to the day of the act, never to the quarter', () => {
    const late = r.facts.find((f) => f.value.toString() === '0.34');
    expect(late?.period).toEqual({ kind: 'instant', date: '2026-07-21' });
    expect(values(/dividend/)).not.toContain('1');
    expect(r.nonFigures.filter((n) => /after the reported period/.test(n.reason)).map((n) => n.line)).toEqual([9]);
  });
  it('read the total cost of a repurchase past its average price', () => {
    const total = r.facts.find((f) => f.value.toString() === '49');
    expect(total?.metric).toBe('amount_of_shares_repurchased');
    expect(total?.period).toMatchObject({ months: 3, end: '2026-06-30' });
  });
});
