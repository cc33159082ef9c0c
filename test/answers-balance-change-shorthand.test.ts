// A balance's change between two dates asked in analysts' shorthand: "YE23", "yr end 22", "end of Jun 25",
// "ttl" for total, and "reduction" / "come down" as the change word. Each is read as the period or the word it
// is: the change from the balance at the first date to the one at the second (or the release's own date),
// with its true direction whatever the word; a year end the release lacks is named in the decline, never
// answered with the latest; and a decline names the words it did not read, never the dates it did.
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

let seed: Engine;
let fjordvik: Engine;
let lender: Engine;
beforeAll(() => {
  seed = sharedEngine('data/releases/qfin-2024q1.md');
  fjordvik = sharedEngine('test/fixtures/synthetic-fjordvik-2025q2.md');
  lender = inlineEngine([
    '# Synthetic Lender Third Quarter 2026 Results',
    '',
    'Synthetic Lender today reported results for the third quarter ended September 30, 2026.',
    '',
    '## Balance sheet',
    '',
    '| ($ thousands) | September 30, 2026 | December 31, 2025 |',
    '|---|---:|---:|',
    '| Cash and cash equivalents | 284,310 | 251,870 |',
    '| Total debt | 1,142,500 | 1,218,750 |',
    '',
    '## Income statement',
    '',
    '| ($ thousands) | Three months ended September 30, 2026 | Three months ended September 30, 2025 |',
    '|---|---:|---:|',
    '| Net sales | 512,400 | 488,100 |',
    '| Net income | 41,200 | 38,900 |',
  ]);
});

let n = 0;
const ask = (engine: Engine, q: string, thread = `balance-change-${n++}`) => engine.ask(q, thread);
const engines = () => ({ seed, fjordvik, lender });

describe('shorthand periods and change words: the balance, or its change between the dates in its true direction', () => {
  it.each([
    ['seed', '"ttl equity yr end 23": total equity at December 31, 2023', ['ttl equity yr end 23'], 'Total equity was RMB22,009.9 million as of December 31, 2023'],
    ['fjordvik', '"reduction since YE24?" after a balance: the decrease from December 31, 2024', ['net interest-bearing debt at end of June', 'reduction since YE24?'], 'a decrease of €15.2 million'],
    ['seed', '"cash reduction since YE23" where cash rose: the increase, said as one', ['cash reduction since YE23'], 'an increase of RMB1,123.4 million'],
    ['lender', '"come down from YE25 to end of Sept 26": the decrease between the two dates', ['how much has total debt come down from YE25 to end of Sept 26'], 'a decrease of $76.3 million'],
  ] as const)('%s: %s', (release, _name, turns, has) => {
    const thread = `balance-change-${n++}`;
    const a = turns.map((q) => ask(engines()[release], q, thread)).at(-1)!;
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain(has);
  });

  it('"total equity yr end 22": a year end the release lacks is named, never answered with December 31, 2023', () => {
    const a = ask(seed, 'total equity yr end 22');
    expect(a.status, a.text).toBe('unknown');
    expect(a.text).toContain('December 31, 2022');
    expect(a.text).not.toContain('22,009.9');
  });
});

describe('a decline names the words not read, never the dates read', () => {
  it.each([
    ['by how much did net debt come down from YE25 to end of Sept 26', /ye25|sept/i],
    ['net debt change since year-end 2025', /year-end|2025/i],
  ])('%s', (q, dates) => {
    const a = ask(lender, q);
    expect(a.status, a.text).toBe('unknown');
    expect(a.text).not.toMatch(new RegExp(`I don't know "[^"]*(?:${dates.source})`, 'i'));
  });
});
