// A follow-up naming only another line after a turn that asked a measure of a line carries the measure: "and
// C&H?" after food's like-for-like sales is C&H's like-for-like sales, or a decline naming like-for-like, never
// C&H's revenue (the plain line). "LFL" is like-for-like (catalog shorthand).
import { beforeAll, describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const LINES = [
  '# Synthetic Grocers plc Reports Second Quarter 2026 Results',
  '',
  'Synthetic Grocers plc today reported results for the second quarter ended June 30, 2026.',
  '',
  '| (£ in millions) | Q2 2026 | Q2 2025 |',
  '|---|---|---|',
  '| Food | 1,402.8 | 1,331.5 |',
  '| Clothing & Home | 611.4 | 574.9 |',
  '| Beauty | 120.0 | 110.0 |',
  '| Food like-for-like sales growth (%) | 4.8% | 3.1% |',
  '| Clothing & Home like-for-like sales growth (%) | 5.9% | 2.2% |',
  '| Beauty organic growth (%) | 7.0% | 1.0% |',
];

describe('the measure a thread asked, carried to the line a follow-up names', () => {
  let engine!: ReturnType<typeof inlineEngine>;
  let n = 0;
  beforeAll(() => {
    engine = inlineEngine(LINES);
  });
  const thread = (qs: string[]) => {
    const c = `measure-${n++}`;
    return qs.map((q) => engine.ask(q, c));
  };

  it.each([
    [['Food like-for-like sales growth in Q2 2026', 'and C&H?']],
    [['Food like-for-like sales growth in Q2 2026', 'what about clothing & home?']],
    [['Food LFL sales growth in Q2 2026', 'and C&H?']],
  ])('%j: the like-for-like line of the line named', (qs) => {
    const a = thread(qs).at(-1)!;
    expect(a.status).toBe('answer');
    expect(a.text).toContain('5.9%');
    expect(a.text).not.toContain('611.4');
  });

  it('a line with no line of that measure declines naming the measure, never its plain figure', () => {
    const a = thread(['Food like-for-like sales growth in Q2 2026', 'and beauty?']).at(-1)!;
    expect(a.status).toBe('unknown');
    expect(a.text).toMatch(/like-for-like/);
    expect(a.text).not.toContain('120.0');
  });

  it('organic too: "and C&H?" after organic growth declines naming organic', () => {
    const a = thread(['Beauty organic growth in Q2 2026', 'and C&H?']).at(-1)!;
    expect(a.text).toMatch(/organic/);
    expect(a.text).not.toContain('611.4');
  });

  it('a thread with no measure answers the plain line', () => {
    const a = thread(['Food in Q2 2026', 'and C&H?']).at(-1)!;
    expect(a.text).toContain('611.4');
  });
});
