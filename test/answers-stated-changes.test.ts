// Changes a release states in words, with or without the figures they compare ("Order backlog increased
// 8.0% year over year"): the answer gives the stated rate, cited, for the comparison asked and no other;
// what the release cannot give is said once, naming each missing figure. A rate computed from two
// printed rates keeps the precision of the coarser one.
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import { loadEngine } from '../src/bot.js';
import type { Answer, Engine } from '../src/intents/answer.js';
import { writeTmp } from './knowledge-helpers.js';
import { inlineEngine } from './support/inline.js';

const ACME = `# Acme Widgets Ltd. Reports First Quarter 2024 Results

**LONDON, April 25, 2024** — Acme Widgets Ltd. (NYSE: ACMW) today reported unaudited financial results for the first quarter ended March 31, 2024.

## First Quarter 2024 Highlights

- Total revenue was $120.0 million, an increase of 12.0% year over year.
- Order backlog increased 8.0% year over year.
- Operating expenses were $80.0 million, a decrease of 5.0% year over year.
- Gross margin was 41.25%, compared with 40.1% in the first quarter of 2023.
- Total deposits were $900.0 million as of March 31, 2024, an increase of 3.0% from December 31, 2023 and an increase of 9.0% from March 31, 2023.
- Net interest margin was 3.42%, compared with 3.21% in the first quarter of 2023.
`;

let acme: Engine;
let seed: Engine;
beforeAll(() => {
  acme = loadEngine({ releases: [writeTmp('acme-2024q1.md', ACME)] });
  seed = sharedEngine('data/releases/qfin-2024q1.md');
});

let n = 0;
const ask = (engine: Engine, q: string): Answer => engine.ask(q, `stated-${n++}`);
const said = (a: Answer) => a.text.split('\nHow: ')[0];

describe('a change the release states, with no earlier figure', () => {
  it('the stated rate, its direction and its line, for the basis asked', () => {
    expect(said(ask(acme, 'total revenue change yoy'))).toBe('Total revenue was $120.0 million in Q1 2024, up 12.0% year over year as the release states it (line 7).');
    expect(said(ask(acme, 'operating expenses yoy'))).toBe('Operating expenses were $80.0 million in Q1 2024, down 5.0% year over year as the release states it (line 9).');
  });

  it('with no figure at all: the stated rate alone, named by its basis or by the period compared with', () => {
    const a = ask(acme, 'order backlog change yoy');
    expect(a.status).toBe('answer');
    expect(a.text).toBe('Order backlog in Q1 2024 was up 8.0% year over year as the release states it (line 8).');
    expect(a.citations.map((c) => c.line)).toEqual([8]);
    expect(ask(acme, 'order backlog Q1 2024 vs Q1 2023').text).toBe('Order backlog in Q1 2024 was up 8.0% compared with Q1 2023 as the release states it (line 8).');
  });

  it('a question that names no basis gets the one the release states, and no word on the one it cannot give', () => {
    for (const q of ['total revenue growth', 'order backlog growth']) {
      const a = ask(acme, q);
      expect(a.status, q).toBe('answer');
      expect(a.text, q).toContain('year over year as the release states it');
      expect(a.text, q).not.toMatch(/quarter over quarter|doesn't give/);
    }
  });

  it('of a balance, each stated change is matched to its own earlier date', () => {
    expect(said(ask(acme, 'total deposits change since December 31, 2023'))).toBe('Total deposits were $900.0 million as of March 31, 2024, up 3.0% as the release states it (line 11).');
    expect(said(ask(acme, 'total deposits change yoy'))).toBe('Total deposits were $900.0 million as of March 31, 2024, up 9.0% year over year as the release states it (line 11).');
    expect(said(ask(acme, 'total deposits change qoq'))).toBe('Total deposits were $900.0 million as of March 31, 2024, up 3.0% quarter over quarter as the release states it (line 11).');
  });

  it('a basis the release does not state is declined, naming each missing figure', () => {
    const a = ask(acme, 'total revenue and order backlog change qoq');
    expect(a.status).toBe('unknown');
    expect(a.text).toBe("The release doesn't give Total revenue for Q4 2023, so no quarter over quarter change; Order backlog for Q1 2024.");
  });
});

describe('a stated change beside the two figures it compares', () => {
  it('the amount of the change is computed, and its formula is labelled by the period compared with', () => {
    const a = ask(seed, 'loan volume change Q1 2024 vs Q1 2023');
    expect(said(a)).toBe(
      'Total facilitation and origination loan volume was RMB99,237 million in Q1 2024, down 9.3% as the release states it (line 16), from RMB109,456 million in Q1 2023 (a decrease of RMB10,219 million).',
    );
    expect(a.derivations.map((d) => d.label)).toEqual(['Total facilitation and origination loan volume change in amount from Q1 2023']);
  });

  it('an increase says "an increase of" the computed amount', () => {
    expect(said(ask(seed, 'approved users growth year over year'))).toBe(
      'Cumulative users with approved credit lines were 52.3 million users as of March 31, 2024, up 13.8% year over year as the release states it (line 14), from 46.0 million users as of March 31, 2023 (an increase of 6.3 million users).',
    );
  });
});

describe('what is missing is said once, each part named', () => {
  it('an asked quarter-over-quarter change the release cannot make is said beside the one it can', () => {
    const a = ask(seed, 'revenue and loan volume qoq');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('Total net revenue was RMB4,153.2 million in Q1 2024, down 7.6% quarter over quarter');
    expect(a.text).toContain("The release doesn't give Total facilitation and origination loan volume for Q4 2023, so no quarter over quarter change.");
  });

  it('two missing figures, joined', () => {
    const a = ask(seed, 'loan volume, revenue and approved users change qoq');
    expect(a.text).toContain(
      "The release doesn't give Total facilitation and origination loan volume for Q4 2023, so no quarter over quarter change; Cumulative users with approved credit lines for Q4 2023, so no quarter over quarter change.",
    );
  });
});

describe('two printed rates of different precision', () => {
  it('the change in points is shown no finer than the coarser rate', () => {
    const a = ask(acme, 'gross margin change yoy');
    expect(said(a)).toBe('Gross margin was 41.25% in Q1 2024, up 1.2 percentage points year over year, from 40.1% in Q1 2023.');
    expect(a.derivations.map((d) => `${d.formula} → ${d.value}`)).toEqual(['41.25 − 40.1 → 1.2 percentage points']);
  });

  it('and as fine as both rates where both are printed to two decimals', () => {
    expect(said(ask(acme, 'net interest margin change yoy'))).toBe('Net interest margin was 3.42% in Q1 2024, up 0.21 percentage points year over year, from 3.21% in Q1 2023.');
  });
});

describe('a change stated with no comparison named ("Ordinary income fell 8.7%") beside the two figures', () => {
  // The release's note says what its percentages compare; the sentence does not. Computed from the table
  // alone, the answer never cited the rate the release prints.
  const lines = [
    '# Synthetic Hamada Tools Reports First Quarter Fiscal 2026 Results',
    '',
    'Synthetic Hamada Tools reported results for the first quarter ended June 30, 2025. Percentages are changes from the same period of the previous year.',
    '',
    'Ordinary income fell 8.7% to ¥14,235 million on a foreign exchange loss.',
    '',
    '## Income statement (¥ in millions)',
    '',
    '| | Three months ended June 30, 2024 | Three months ended June 30, 2025 |',
    '|---|---|---|',
    '| Net sales | 139,715 | 148,362 |',
    '| Ordinary income | 15,588 | 14,235 |',
  ];
  it('is cited as the release\'s statement of the change it agrees with', () => {
    const a = inlineEngine(lines).ask('ordinary income % change yoy', 'stated-unbased');
    expect(a.text).toContain('down 8.7% year over year as the release states it (line 5)');
    expect(a.citations.map((c) => c.line)).toContain(5);
  });
  it('and not where it disagrees: the computed change stands alone', () => {
    const other = lines.map((l) => l.replace('fell 8.7%', 'fell 9.9%'));
    const a = inlineEngine(other).ask('ordinary income % change yoy', 'stated-unbased-other');
    expect(a.text).toContain('down 8.7% year over year');
    expect(a.text).not.toContain('as the release states it');
  });
});
