// A table with a quarter's columns and a half's (or nine months') columns, and a change column that is
// one span's: the stated change is given for the span its header names and no other. Asked of the other
// span, the change is computed from the two figures; where the header names no span and both end on the
// same day, the stated change is bound to neither.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

const LINES = [
  '**Altmark Wasser AG: Half-year 2026 results** (invented issuer, for testing)',
  '',
  '*Magdeburg, 6 August 2026* – Altmark Wasser AG today reported results for the first half of 2026 (January 1 to June 30). Figures are in € million.',
  '',
  '**Key figures**',
  '',
  '| € million | Q2 2026 | Q2 2025 | H1 2026 | H1 2025 | Change H1 |',
  '|---|---:|---:|---:|---:|---:|',
  '| Revenue | 300 | 240 | 610 | 550 | 10.9% |',
  '| Adjusted EBITDA | 90 | 100 | 190 | 180 | 5.6% |',
  '',
  '**Revenue by activity**',
  '',
  '| € million | Q2 2026 | Q2 2025 | H1 2026 | H1 2025 | % change |',
  '|---|---:|---:|---:|---:|---:|',
  '| Water supply revenue | 44 | 40 | 86 | 82 | 4.9% |',
  '',
  '**Services**',
  '',
  '| € million | Q2 2026 | Q2 2025 | Change Q2 | H1 2026 | H1 2025 |',
  '|---|---:|---:|---:|---:|---:|',
  '| Connection fees | 13 | 10 | 30.0% | 22 | 20 |',
];

let bot: Engine;
beforeAll(() => {
  bot = inlineEngine(LINES, 'altmark-h1-26.md');
});
let n = 0;
const ask = (q: string) => bot.ask(q, `span-${n++}`);

describe('a change column bound to the span its header names', () => {
  it('the quarter’s change is computed from its figures, never the half’s stated change', () => {
    for (const q of ['Q2 2026 revenue yoy %', 'revenue growth in Q2 2026', 'how did Q2 2026 adjusted EBITDA change year over year?']) {
      const a = ask(q);
      expect(a.text, q).not.toMatch(/10\.9%|5\.6%|as the release states/);
    }
    expect(ask('Q2 2026 revenue yoy %').text).toContain('25.0%');
    expect(ask('Q2 2026 adjusted EBITDA yoy %').text).toContain('10.0%');
  });

  it('the half’s change is the stated one, cited', () => {
    const a = ask('H1 2026 revenue yoy %');
    expect(a.text).toContain('up 10.9% year over year as the release states it (line 9)');
  });

  it('a change column that names no span, beside a quarter and a half that end the same day, states neither', () => {
    for (const q of ['water supply revenue Q2 2026 yoy %', 'water supply revenue H1 2026 yoy %']) expect(ask(q).text, q).not.toContain('as the release states');
    expect(ask('water supply revenue Q2 2026 yoy %').text).toContain('10.0%');
  });

  it('a change column naming the quarter is the quarter’s, and not the half’s', () => {
    expect(ask('connection fees Q2 2026 yoy %').text).toContain('up 30.0% year over year as the release states it (line 22)');
    expect(ask('connection fees H1 2026 yoy %').text).not.toContain('as the release states');
  });
});
