// A follow-up naming a line ("and adj EBITA?") after a question declined for words the bot could not read beside a
// line it found ("connected care sales?": a segment whose table was not read) may ask those words of its line too:
// it declines naming them, never answering the whole company's figure as the segment's. Asked on its own, the line is answered.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

let engine: Engine;
let n = 0;
beforeAll(() => {
  engine = inlineEngine([
    '# Synthetic Scanners N.V. Reports Third Quarter 2026 Results',
    '',
    'Synthetic Scanners N.V. today reported results for the third quarter ended September 30, 2026.',
    '',
    '| (in millions) | Q3 2026 | Q3 2025 |',
    '|---|---|---|',
    '| Sales | 1,842 | 1,761 |',
    '| Adjusted EBITA | 248 | 220 |',
  ], 'scanners-2026q3.md');
});
const last = (qs: string[]) => {
  const c = `qualifier-${n++}`;
  return qs.map((q) => engine.ask(q, c)).at(-1)!;
};

describe('a line asked after a question declined for words not read', () => {
  it.each([
    [['connected care sales?', 'and adj EBITA?']],
    [['connected care sales?', 'comparable?', 'and adj EBITA?']],
    [['sales of the sleep business?', 'what about adjusted EBITA?']],
  ])('%j declines naming the words, never the company\'s figure', (qs) => {
    const a = last(qs);
    expect(a.status, a.text).toBe('unknown');
    expect(a.text).not.toContain('248');
  });

  it('asked on its own, the line is the company\'s', () => {
    expect(last(['connected care sales?', 'adj EBITA?']).text).toContain('248');
  });

  it('after a question declined with no words unread, a line named is its own question', () => {
    expect(last(['margin?', 'and adj EBITA?']).text).toContain('248');
  });
});
