// One line's figure asked in a currency that is not the one the release prints it in
// (intents/handlers/value.ts otherCurrency): the release's own translation beside it, a note where it
// translates only its own period, a decline where it states no rate from the figure's currency.
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import type { Answer, Engine } from '../src/intents/answer.js';

let seed: Engine;
let fjordvik: Engine;
beforeAll(() => {
  seed = sharedEngine('data/releases/qfin-2024q1.md');
  fjordvik = sharedEngine('test/fixtures/synthetic-fjordvik-2025q2.md');
});

let n = 0;
const ask = (e: Engine, q: string): Answer => e.ask(q, `value-currency-${n++}`);

describe('a figure asked in another currency than its own', () => {
  it('a per-ADS figure of an earlier period, asked in USD: its RMB figure, and a note that only the own period is translated', () => {
    const a = ask(seed, 'diluted net income per ADS in USD for Q1 2023');
    expect(a.status).toBe('answer');
    expect(a.text.split('\n')[0]).toBe(
      'Diluted net income per ADS was RMB5.64 in Q1 2023. The release gives no USD figure for Q1 2023, and translates only its own period at its rate.',
    );
    expect(a.citations.map((c) => c.line)).toEqual([303]);
  });

  it('a release in euros that states no rate, asked in USD: declined, naming the currency it gives', () => {
    const a = ask(fjordvik, 'group sales in USD');
    expect(a.status).toBe('unknown');
    expect(a.text).toBe("The release doesn't give Group sales in USD: it gives it in EUR only, and states no exchange rate to translate it.");
  });
});
