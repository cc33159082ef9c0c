// A follow-up whose only word of a line's name is one every line may go by ("number", "figure", "value", "amount",
// "total"), beside a period or a currency: "and the Q1 24 number in USD" after one of two revenue lines was
// answered with the other line, since no words said fitted every line and the thread's one sibling was taken
// for the line meant. Such a word says no other line: the thread's line, at the period or in the currency asked.
import { beforeAll, describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const RELEASE = [
  '# Synthetic Tidewell Holdings Reports Second Quarter 2026 Results',
  '',
  'Synthetic Tidewell Holdings today reported results for the second quarter ended June 30, 2026.',
  '',
  '| (in thousands, except per share data) | Q2 2025 RMB | Q2 2026 RMB | Q2 2026 US$ |',
  '|---|---:|---:|---:|',
  '| Revenue: | | | |',
  '| Hosting services | 412,300 | 455,900 | 62,740 |',
  '| Advisory services | 98,100 | 120,600 | 16,600 |',
  '| Total revenue | 510,400 | 576,500 | 79,340 |',
  '| Net income | 60,200 | 71,800 | 9,880 |',
  '',
  '| Operating data | Q2 2025 | Q2 2026 |',
  '|---|---:|---:|',
  '| Number of active clients | 1,820 | 2,140 |',
  '| Total value of contracts signed (RMB thousands) | 388,000 | 402,500 |',
  '| Figure of merit index | 71 | 74 |',
];

describe('a follow-up saying only "number", "figure" or "value" keeps the thread\'s line', () => {
  let engine!: ReturnType<typeof inlineEngine>;
  beforeAll(() => {
    engine = inlineEngine(RELEASE);
  });
  const following = (first: string, then: string, id: string) => {
    engine.ask(first, id);
    return engine.ask(then, id);
  };
  it('the period and currency asked, of the same line, never its sibling', () => {
    const a = following('advisory services revenue Q2 2026', 'and the 2Q26 number in US dollars', 'n-1');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('16.6');
    expect(a.text).not.toMatch(/Hosting/i);
    expect(a.citations[0]?.quote).toContain('Advisory services');
  });
  it('a year earlier, by "value" or "figure"', () => {
    const a = following('hosting services revenue 2Q26', 'the value a year earlier?', 'n-2');
    expect(a.text).toContain('412.3');
    expect(a.text).not.toMatch(/Advisory/i);
    const b = following('hosting services revenue 2Q26', 'what was the figure in USD', 'n-3');
    expect(b.text).toContain('62.7');
    expect(b.text).not.toMatch(/Advisory/i);
  });
  it('a word naming the sibling still turns to it', () => {
    const a = following('hosting services revenue 2Q26', 'and advisory?', 'n-4');
    expect(a.text).toMatch(/Advisory/i);
    expect(a.text).toContain('120.6');
  });
});
