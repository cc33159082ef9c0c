// A follow-up naming a ratio by its word alone with a period ("prior year margin?", "margin last quarter?") after
// a turn that answered a ratio of that word (the operating margin) keeps that ratio; never another line whose
// name ends in the word (the printed gross margin).
import { beforeAll, describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const LINES = [
  '# Synthetic Chips Inc. Reports Second Quarter 2026 Results',
  '',
  'Synthetic Chips Inc. today reported results for the second quarter ended June 30, 2026.',
  '',
  '| (in millions) | Q2 2026 | Q1 2026 | Q2 2025 |',
  '|---|---|---|---|',
  '| Revenue | 1,000.0 | 950.0 | 800.0 |',
  '| Cost of revenue | 400.0 | 390.0 | 360.0 |',
  '| Gross profit | 600.0 | 560.0 | 440.0 |',
  '| Gross margin | 60.0% | 58.9% | 55.0% |',
  '| Operating expenses | 350.0 | 340.0 | 320.0 |',
  '| Operating income | 250.0 | 220.0 | 120.0 |',
];

describe('the ratio a thread answered, kept by a follow-up saying its word', () => {
  let engine!: ReturnType<typeof inlineEngine>;
  let n = 0;
  beforeAll(() => {
    engine = inlineEngine(LINES);
  });
  const last = (qs: string[]) => {
    const c = `rate-${n++}`;
    return qs.map((q) => engine.ask(q, c)).at(-1)!;
  };

  it.each([
    ['prior year margin?', '15.0%'],
    ['margin last year?', '15.0%'],
    ['prior quarter margin?', '23.2%'],
    ['margin?', '25.0%'],
  ])('"%s" after the operating margin: the operating margin', (q, want) => {
    for (const start of [['operating income', 'margin?'], ['operating margin']]) {
      const a = last([...start, q]);
      expect(a.text, `${start.join(' / ')} / ${q}`).toContain('Operating margin');
      expect(a.text).toContain(want);
      expect(a.text).not.toContain('Gross margin');
    }
  });

  it('a ratio named after it is that ratio: "gross margin prior quarter?"', () => {
    const a = last(['operating margin', 'gross margin prior quarter?']);
    expect(a.text).toContain('Gross margin was 58.9%');
  });
});
