// The exchange rate a release translates its amounts at (handlers/facts-of.ts): quoted with its line; asked
// for a quarter or a date it is not given for, declined naming the period it is given for (a figure of one
// period is never another's); asked for its own quarter's end or a longer period it translates, given.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

const HEAD = ['# Synthetic Arenal Foods Reports Third Quarter 2026 Results', '', 'Synthetic Arenal Foods today reported results for the third quarter ended September 30, 2026.', '', 'Net sales were Ps. 4,550.0 million, up 11% from a year earlier.', ''];
const RATE = 'Amounts in Mexican pesos are translated into U.S. dollars at the rate of Ps.18.2450 to US$1.00.';

let withRate: Engine;
let without: Engine;
beforeAll(() => {
  withRate = inlineEngine([...HEAD, RATE], 'arenal-2026q3.md');
  without = inlineEngine(HEAD, 'arenal-norate-2026q3.md');
});
let n = 0;
const ask = (engine: Engine, q: string) => engine.ask(q, `fx-${n++}`);
const GIVEN = `The release translates MXN into US dollars at Ps. 18.2450 to US$1.00 (line 7: "${RATE}").`;

describe('the exchange rate', () => {
  it('is quoted with its line and cited', () => {
    const a = ask(withRate, 'what exchange rate does the release use?');
    expect(a.text).toBe(GIVEN);
    expect(a.citations.map((c) => c.line)).toEqual([7]);
  });

  it('none stated: said so', () => {
    const a = ask(without, 'exchange rate?');
    expect([a.status, a.text]).toEqual(['unknown', 'The release states no exchange rate.']);
  });

  it('another quarter or date asked: declined, naming the period it is given for', () => {
    expect(ask(withRate, 'exchange rate in Q2 2026').text).toBe("The release doesn't give that for Q2 2026; it gives it for Q3 2026.");
    const a = ask(withRate, 'exchange rate as of June 30, 2026');
    expect([a.status, a.text]).toEqual(['unknown', "The release doesn't give that for June 30, 2026; it gives it for Q3 2026."]);
  });

  it('its own quarter, that quarter\'s end, or six months the quarter ends: given', () => {
    for (const q of ['exchange rate in Q3 2026', 'exchange rate as of September 30, 2026', 'exchange rate for the six months ended September 30, 2026']) expect(ask(withRate, q).text, q).toBe(GIVEN);
  });
});
