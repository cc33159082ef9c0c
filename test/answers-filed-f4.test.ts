// Filed releases, asked as an analyst types: a date's word beside a figure ("when is it payable") is no line's
// name; "asia/pac" is Asia/Pacific; a line that states no reason of its own takes the reason of the one line
// printing its figures under the same words (a summary table's row and its section's), never another line's;
// "share" in "as a share of total net sales" is a proportion, never the share count.
import { describe, expect, it } from 'vitest';
import { filedAsker } from './support/filed.js';

const ask = filedAsker('f4');

describe('a date asked beside a figure', () => {
  it.each(['dividend declared per share, and when is it payable?', 'dividend per share, payable when?', "what's the dividend and when will it be paid"])('%s: the dividend and its date, no accounts payable', (q) => {
    const a = ask('aapl-2024q1.htm', q);
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain('$0.24');
    expect(a.text).toContain('February 15, 2024');
    expect(a.text).not.toMatch(/accounts payable/i);
  });
  it('accounts payable asked by name is still that line', () => {
    const a = ask('aapl-2024q1.htm', 'dividend and accounts payable');
    expect(a.text).toContain('$58.1 billion');
  });
});

describe('"share of" a whole is a proportion, never the share count', () => {
  it.each([
    ['europe net sales as a share of total net sales', '25.4%'],
    ['iphone share of total net sales', '58.3%'],
    ['what share of sales is greater china', '17.4%'],
  ])('%s', (q, pct) => {
    const a = ask('aapl-2024q1.htm', q);
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain(pct);
    expect(a.text).not.toMatch(/Shares used/);
  });
});

describe('a region cut short and a reason of the same line', () => {
  it.each(['construction industries asia/pac in Q1', 'asia pac construction industries'])('%s is Asia/Pacific', (q) => {
    const a = ask('cat-2022q1.htm', q);
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain('$1.46 billion');
  });
  it("a summary row with no reason takes its section row's (same figures, same words)", () => {
    const a = ask('cat-2022q1.htm', 'why were asia/pacific construction industries down');
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain('weaker Japanese yen');
    expect(a.text).not.toContain('The increase was due');
  });
});
