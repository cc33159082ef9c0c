// A markdown table indenting its parts with "&nbsp;" under a total: the parts are lines named by their words (never
// "&nbsp;&nbsp;Cards"), adding into the total, and a part's share of the whole named by a shorter name ("revenue"
// for "Net operating revenue") is of that total, never of a line of the part's own name (once answered "100.0%").
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

const LINES = [
  '# Solvang Fintech AB — Q3 2026 interim report (invented issuer, for testing)',
  '',
  'Solvang Fintech AB today reported results for the third quarter ended September 30, 2026.',
  '',
  '## Income statement',
  '',
  '_(SEK million)_',
  '',
  '| | Q3 2026 | Q3 2025 | YoY |',
  '|---|---:|---:|---:|',
  '| **Net operating revenue** | 500.0 | 400.0 | +25.0% |',
  '| &nbsp;&nbsp;Cards | 300.0 | 250.0 | +20.0% |',
  '| &nbsp;&nbsp;Lending | 150.0 | 110.0 | +36.4% |',
  '| &nbsp;&nbsp;Other | 50.0 | 40.0 | +25.0% |',
  '| **Operating expenses** | 380.0 | 330.0 | +15.2% |',
  '| &nbsp;&nbsp;Staff costs | 200.0 | 180.0 | +11.1% |',
  '| &nbsp;&nbsp;Advertising | 180.0 | 150.0 | +20.0% |',
  '',
  '## Revenue by business line',
  '',
  '| (SEK million) | Q3 2026 | Q3 2025 |',
  '|---|---:|---:|',
  '| Cards | 300.0 | 250.0 |',
  '| Lending | 150.0 | 110.0 |',
  '| Other | 50.0 | 40.0 |',
  '| **Total** | 500.0 | 400.0 |',
];

let bot: Engine;
beforeAll(() => {
  bot = inlineEngine(LINES, 'solvang-q3-26.md');
});
let n = 0;
const ask = (q: string) => bot.ask(q, `indent-${n++}`);

describe('parts indented with &nbsp; in a markdown table', () => {
  it('are named by their words', () => {
    const a = ask('advertising expense in Q3 2025');
    expect(a.text).toContain('SEK 150.0 million');
    expect(a.text).not.toContain('&nbsp;');
    expect(a.citations.map((c) => c.line)).toContain(17);
  });

  it('a part’s share of the whole named shortly is of the total it adds into', () => {
    for (const q of ["lending's share of revenue in Q3 2026", 'cards share of total revenue q3 2026']) {
      const a = ask(q);
      expect(a.text, q).not.toMatch(/100\.0%|&nbsp;/);
    }
    expect(ask("lending's share of revenue in Q3 2026").text).toContain('30.0% of net operating revenue');
    expect(ask('cards share of total revenue q3 2026').text).toContain('60.0%');
    expect(ask('staff costs as % of expenses in Q3 2026').text).toContain('52.6%');
  });
});
