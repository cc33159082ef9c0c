// The change of a share between two periods ("S&M as % of rev yoy change", "credit driven share of revenue 1q23 vs
// 1q24, pp change") was declined ("I can give the share for each period, but not its change"): each period's share
// is now given, then the later less the earlier in percentage points, from the exact shares, with every input cited.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';

let n = 0;
const seed = sharedEngine();
const ask = (q: string) => seed.ask(q, `share-change-${n++}`);

describe('a share asked with a change', () => {
  it('year over year: both shares and the change in percentage points, each input cited', () => {
    const a = ask('S&M as % of rev yoy change');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('went from 11.7% in Q1 2023 to 10.0% in Q1 2024: down 1.72 percentage points');
    expect(a.citations.map((c) => c.line)).toEqual(expect.arrayContaining([277, 281]));
  });

  it('between two periods named, later first or not, in the order of time', () => {
    for (const q of ['credit driven share of revenue 1q23 vs 1q24, pp change', 'credit driven as % of total net revenue, Q1 2024 vs Q1 2023, change in pp']) {
      expect(ask(q).text).toContain('went from 73.1% in Q1 2023 to 72.6% in Q1 2024: down 0.46 percentage points');
    }
  });

  it('quarter over quarter, from the prior quarter the release gives', () => {
    expect(ask('S&M as % of rev qoq').text).toContain('went from 12.3% in Q4 2023 to 10.0% in Q1 2024: down 2.');
  });

  it('a share of a period the release does not give both lines for is no change', () => {
    const a = ask('S&M as % of rev, Q1 2022 vs Q1 2024, pp change');
    expect(a.text).not.toContain('percentage points');
  });
});
