// A change column printing no "%" whose cells are the differences of the figures it compares is a change in
// amounts: asked for a rate, the bot computes it from the figures and never reads the amount as a percentage
// ("up 87.3%" where the column printed +87.3 of KRW billion). A column of rates printed without "%" stays a rate.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

const LINES = [
  '# Hallasan Card Co. — 2Q26 results (invented issuer, for testing)',
  '',
  'Hallasan Card Co. today reported results for the second quarter ended June 30, 2026.',
  '',
  '## Balance sheet',
  '',
  '_(KRW billion)_',
  '',
  '| | Jun 30, 2026 | Dec 31, 2025 | Change |',
  '|---|---:|---:|---:|',
  '| Card receivables | 3,420.0 | 3,000.0 | +420.0 |',
  '| Customer deposits | 1,150.5 | 1,230.5 | (80.0) |',
  '| Total assets | 5,000.0 | 4,500.0 | +500.0 |',
  '',
  '## Income statement',
  '',
  '_(KRW billion)_',
  '',
  '| | 2Q26 | 2Q25 | Change |',
  '|---|---:|---:|---:|',
  '| Operating revenue | 240.0 | 200.0 | 20.0 |',
  '| Card fees | 150.0 | 125.0 | 20.0 |',
];

let bot: Engine;
beforeAll(() => {
  bot = inlineEngine(LINES, 'hallasan-2q26.md');
});
let n = 0;
const ask = (q: string) => bot.ask(q, `amounts-${n++}`);

describe('a change column of amounts', () => {
  it('is never answered as a percentage change', () => {
    for (const q of ['by what percent did card receivables rise since December?', 'total assets growth since year end in %', 'how much did customer deposits change since Dec-25?']) {
      expect(ask(q).text, q).not.toMatch(/(?:420\.0|500\.0|80\.0)%|as the release states/);
    }
  });

  it('the rate is computed from the two balances, cited', () => {
    const a = ask('by what percent did card receivables rise since December?');
    expect(a.text).toContain('up 14.0%');
    expect(a.citations.map((c) => c.line)).toContain(11);
    expect(ask('total assets growth since year end in %').text).toContain('up 11.1%');
    expect(ask('how much did customer deposits change since Dec-25?').text).toMatch(/down 6\.5%/);
  });

  it('a change column of rates printed without "%" stays the stated rate', () => {
    expect(ask('operating revenue growth yoy in 2Q26').text).toContain('as the release states it (line 21)');
  });
});
