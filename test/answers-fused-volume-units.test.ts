// A volume printed in a trade unit with its scale fused ("MMfbm", "MMsf 3/8"") on a line of a table in money: the
// line's figures are that many of the unit, never the table's currency ("C$1,084.0 million" of lumber shipments).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

const LINES = [
  'CASCADE PANEL COMPANY (invented issuer, for testing)',
  '',
  'Cascade Panel Company today reported results for the second quarter ended June 30, 2026.',
  '',
  'SELECTED INFORMATION',
  '',
  '(US$ millions, unless otherwise noted)\tQ2 2026\tQ2 2025',
  'Net sales\t512.4\t480.1',
  'Lumber production (MMfbm)\t402\t388',
  'Plywood shipments (MMsf 3/8")\t655\t610',
  'Average lumber price (US$ per Mfbm)\t455\t470',
];

let bot: Engine;
beforeAll(() => {
  bot = inlineEngine(LINES, 'cascade-q2-26.txt');
});
let n = 0;
const ask = (q: string) => bot.ask(q, `fused-${n++}`);

describe('a volume in a fused trade unit', () => {
  it('is answered in its unit, never in the table’s currency', () => {
    const a = ask('how much lumber production in Q2 2026?');
    expect(a.text).toContain('402 MMfbm');
    expect(a.text).not.toMatch(/\$\s?402|million/);
    expect(a.citations.map((c) => c.line)).toContain(9);
    const b = ask('plywood shipments last year q2');
    expect(b.text).toContain('610 MMsf');
    expect(b.text).not.toMatch(/\$\s?610/);
  });

  it('the price per unit beside it stays money', () => {
    expect(ask('average lumber price q2 2026').text).toMatch(/\$455/);
  });
});
