// Earlier figures listed after several lines ("A of $X and B of $Y (Q1 2025: $P and $Q)", "($P and $Q,
// respectively, a year ago)", "compared with $P and $Q in Q1 2025") are the lines' in the order named; a list that
// does not pair one to one (a lone figure after two lines) is bound to no line and answers nothing. Synthetic, inline.
import { beforeAll, describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const lines = [
  '# Synthetic Payments Corp. Reports First Quarter 2026 Results',
  '',
  'Synthetic Payments Corp. today reported its results for the first quarter ended March 31, 2026.',
  '',
  '- Domestic volume of $9.1 billion and cross-border volume of $3.4 billion (Q1 2025: $8.2 billion and $2.9 billion).',
  '- Card revenue was $412.3 million and loan revenue was $188.6 million ($377.9 million and $171.2 million, respectively, a year ago).',
  '- Gross bookings reached $2.14 billion and net take reached $318.5 million, compared with $1.87 billion and $281.0 million in Q1 2025.',
  '- Europe revenue of $611.2 million and Asia revenue of $402.7 million (Q1 2025: $580.4 million).',
];

describe('earlier figures listed after several lines', () => {
  let engine: ReturnType<typeof inlineEngine>;
  let n = 0;
  const ask = (q: string) => engine.ask(q, `lists-${n++}`);
  beforeAll(() => {
    engine = inlineEngine(lines);
  });

  it('are the lines\' in the order named, cited from their sentence', () => {
    const a = ask('cross-border volume in Q1 2025');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('$2.9 billion');
    expect(a.text).not.toContain('8.2');
    expect(a.citations.map((c) => c.line)).toEqual([5]);
    expect(ask('domestic volume Q1 2025').text).toContain('$8.2 billion');
  });

  it('"respectively, a year ago" and "compared with ... in Q1 2025" pair the same way', () => {
    expect(ask('card revenue Q1 2025').text).toContain('$377.9 million');
    expect(ask('loan revenue Q1 2025').text).toContain('$171.2 million');
    // The year-ago figure is never the quarter's own.
    expect(ask('loan revenue Q1 2026').text).toContain('$188.6 million');
    expect(ask('net take in Q1 2025').text).toContain('$281.0 million');
  });

  it('a lone figure after two lines is bound to neither: no answer gives it', () => {
    for (const q of ['Asia revenue in Q1 2025', 'Europe revenue in Q1 2025']) {
      const a = ask(q);
      expect(a.text, q).not.toContain('580.4');
      expect(a.status, q).not.toBe('answer');
    }
  });
});
