// "last year?" after a quarter is that quarter a year earlier, unless the question asks a full year otherwise:
// a line the release prints for full years only, or "full year" beside it. Never a full year set against a quarter.
import { beforeAll, describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const release = [
  '# Synthetic Larchmont Software Reports Fourth Quarter and Full Year 2025 Results',
  '',
  'Synthetic Larchmont Software today reported results for the fourth quarter and full year ended December 31, 2025.',
  '',
  '| (US$ in thousands) | Q4 2025 | Q4 2024 |',
  '|---|---:|---:|',
  '| Total revenues | 125,000 | 110,000 |',
  '| Net income | 21,000 | 19,000 |',
  '',
  '| (US$ in thousands) | FY 2025 | FY 2024 |',
  '|---|---:|---:|',
  '| Free cash flow | 61,000 | 52,000 |',
  '| Total revenues | 480,000 | 400,000 |',
];

describe('"last year" in a thread about a quarter', () => {
  let engine: ReturnType<typeof inlineEngine>;
  beforeAll(() => {
    engine = inlineEngine(release);
  });
  const thread = (id: string, ...qs: string[]) => qs.map((q) => engine.ask(q, id).text.split('\n')[0]!).at(-1)!;

  it('a line printed for full years only: the year before', () => {
    expect(thread('fcf', 'net income in Q4 2025?', 'what about free cash flow last year?')).toMatch(/\$52\.0 million in FY2024/);
  });
  it('"full year" beside it: never a year against a quarter', () => {
    const text = thread('fy', 'revenue in Q4 2025?', 'and full year last year?');
    expect(text).toMatch(/FY2024/);
    expect(text).not.toMatch(/Q4 2024|336\.4%/);
  });
  it('alone, still that quarter a year earlier', () => {
    expect(thread('q', 'revenue in Q4 2025?', 'last year?')).toMatch(/\$110\.0 million in Q4 2024/);
  });
});
