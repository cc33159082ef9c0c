// A measure of a named part (a segment, a market, a programme the release names) is that part's figure or a
// decline naming the part, never the company's total: the part said with the first of two lines is the second's
// too ("International transaction volume and outstanding balance"), and a word of the part inside another line's
// name ("Total Solutions net revenue") makes no name of that line.
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import type { Answer, Engine } from '../src/intents/answer.js';

let finv: Engine;
let qfin: Engine;
let later: Engine;
beforeAll(() => {
  finv = sharedEngine('../shared/releases/highlights/finv-2024q2.md');
  qfin = sharedEngine('../shared/releases/qfin-2024q1.md');
  later = sharedEngine('../shared/releases/highlights/qfin-2025q2.md');
});
let n = 0;
const ask = (e: Engine, q: string): Answer => e.ask(q, `part-carried-${n++}`);

describe("a part's measure, on a release with segments (FinVolution, highlights)", () => {
  it.each([
    ['International transaction volume and outstanding balance', 'RMB1.4 billion'],
    ['transaction volume for international and its outstanding balance', 'RMB1.4 billion'],
    ["China's Mainland transaction volume and o/s balance", 'RMB64.2 billion'],
  ])('%s: the part\'s balance, not the total', (q, figure) => {
    const a = ask(finv, q);
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain(figure);
    expect(a.text).not.toMatch(/65,600|65\.6 billion/);
  });

  it('the total said stays the total', () => {
    const a = ask(finv, 'International transaction volume and total outstanding loan balance');
    expect(a.text).toContain('RMB2.3 billion');
    expect(a.text).toContain('RMB65.6 billion');
  });
});

describe("a part's measure, on the shipped release", () => {
  it('Total Solutions: its volume and balance, cited from the footnotes that give them', () => {
    const a = ask(qfin, 'Total Solutions loan volume and o/s balance at quarter end');
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain('RMB513 million');
    expect(a.text).toContain('Outstanding loan balance for Total Solutions was RMB610 million');
    expect(a.text).not.toContain('169,920');
    expect(a.citations.map((c) => c.line)).toEqual(expect.arrayContaining([34, 38]));
  });

  it('a measure the release gives for no part of that name declines naming the part', () => {
    const a = ask(qfin, 'Total Solutions net revenue in Q1 2024');
    expect(a.status).toBe('unknown');
    expect(a.text).toContain('total solutions net revenue');
    expect(a.text).not.toContain('4,153.2');
  });

  it("'its' points back to the part: where the release prints no balance of it, declined naming the part (highlights, Q2 2025)", () => {
    const a = ask(later, 'capital-light loan volume and its o/s balance');
    expect(a.status).toBe('unknown');
    expect(a.text).toContain('capital light outstanding balance');
    expect(a.text).not.toContain('140,080');
  });
});
