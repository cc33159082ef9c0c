// A balance asked at a date with its year said in words after it (r53-196): "cash ... at end of Q1 last year" is
// the balance as of March 31, 2023, or a decline naming that date; it had been answered with the balances of
// March 31, 2024 and December 31, 2023 (the date read alone as this year's, "last year" as a whole year beside it).
import { describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';

const engine = sharedEngine();
let n = 0;
const ask = (q: string) => engine.ask(q, `date-of-year-${n++}`);

describe('a balance date with its year in words', () => {
  it.each(['total outstanding loan balance at end of Q1 last year', 'total outstanding loan balance end of march last year', 'total outstanding loan balance as of March 31 last year', 'total outstanding loan balance at the end of the first quarter of the prior year'])('"%s" is the year-ago balance the release states', (q) => {
    const a = ask(q);
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain('RMB171,302 million as of March 31, 2023');
    expect(a.text).not.toContain('169,920');
  });

  it.each(['cash at end of Q1 last year', 'restricted cash at end of Q1 last year', 'cash, equivalents and restricted cash at end of Q1 last year'])('"%s" declines naming March 31, 2023, never this year\'s balance', (q) => {
    const a = ask(q);
    expect(a.status, a.text).not.toBe('answer');
    expect(a.text).toContain('March 31, 2023');
    expect(a.text).not.toMatch(/5,301\.3|2,855\.3|up 26\.9%|down 15\.6%/);
  });

  it('the cash-flow statement\'s end-of-period line, named, is its year-ago column', () => {
    const a = ask('cash, cash equivalents and restricted cash end of Q1 last year');
    expect(a.text).toContain('RMB8,745.3 million');
  });
});
