// "as % of loans?" after the allowance was worked out from the allowance and loan lines (1.3%) where the release
// prints the rate itself, "Allowance for credit losses to total loans 1.26%" (hl51 h51-031): a share of one line in
// another is the release's own rate of the two, cited to its line, as a ratio of them already is.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const BANK = [
  '# Synthetic Harrow Savings reports second quarter 2026 results',
  '',
  'Harrow Savings today reported results for the second quarter ended June 30, 2026.',
  '',
  '| (Dollars in thousands) | June 30, 2026 | March 31, 2026 |',
  '|---|---:|---:|',
  '| Total loans | 9,412,600 | 9,250,100 |',
  '| Allowance for credit losses on loans | 131,700 | 127,900 |',
  '| Nonaccrual loans | 41,300 | 38,800 |',
  '',
  '| Credit quality | June 30, 2026 | March 31, 2026 |',
  '|---|---:|---:|',
  '| Allowance for credit losses to total loans | 1.40% | 1.38% |',
];

const engine = inlineEngine(BANK);
let n = 0;
const thread = (...qs: string[]) => {
  const id = `share-printed-${n++}`;
  return qs.map((q) => engine.ask(q, id)).at(-1)!;
};

describe('a share the release prints as a rate is that rate', () => {
  it.each([
    [['allowance for credit losses on loans as a percentage of total loans at June 30, 2026']],
    [['what share of total loans is the allowance for credit losses on loans, June 30, 2026']],
    [['allowance for credit losses on loans at March 31, 2026', 'as % of total loans?']],
  ])('%j is the printed rate, cited to its line', (qs) => {
    const a = thread(...qs);
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toMatch(qs.length === 1 ? /1\.40%/ : /1\.38%/);
    expect(a.citations.map((c) => c.line)).toEqual([13]);
  });

  it('still works out a share the release prints no rate for', () => {
    const a = thread('nonaccrual loans as % of total loans at June 30, 2026');
    expect(a.text).toMatch(/0\.4%/);
    expect(a.citations.map((c) => c.line).sort()).toEqual([7, 9]);
  });
});
