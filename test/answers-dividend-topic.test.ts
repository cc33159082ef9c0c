// The dividend named alone ("what about the dividend?", "and dividends?", "what dividend did they declare?") is a
// topic of its own (recognisers/dividend-topic.ts, handlers/dividend.ts): the common dividend per share declared,
// else the release's words on a dividend or on paying none, else a decline. It had repeated the thread's guidance
// or buyback answer, or given the preferred stock dividends line (hunt30 class A); "dividend" had been
// spell-corrected to "divided" and "declare" to "decline".
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { dividendTopic } from '../src/intents/recognisers/dividend-topic.js';
import { inlineEngine } from './support/inline.js';

const HEAD = ['# Larchfield Tools Reports Third Quarter 2026 Results', '', 'Larchfield Tools today reported results for the third quarter ended September 30, 2026.', '', '(in millions of US dollars)', '', '| | Q3 2026 | Q3 2025 |', '|---|---|---|', '| Net income | 41.2 | 37.9 |', '| Preferred stock dividends | 18.0 | 18.0 |', ''];
const OUTLOOK = 'For fiscal 2026 the Company expects revenue of $1.70 billion to $1.75 billion.';
let declares: Engine;
let none: Engine;
let silent: Engine;
beforeAll(() => {
  declares = inlineEngine([...HEAD, 'The Board declared a quarterly common dividend of $0.48 per share, up from $0.45, payable on November 14, 2026.', '', OUTLOOK], 'larchfield-div-2026q3.md');
  none = inlineEngine([...HEAD, 'Larchfield does not pay a cash dividend.', '', OUTLOOK], 'larchfield-nodiv-2026q3.md');
  silent = inlineEngine([...HEAD.slice(0, 9), '', OUTLOOK], 'larchfield-silent-2026q3.md');
});
let n = 0;
const thread = (e: Engine, ...qs: string[]) => {
  const c = `div-topic-${n++}`;
  return qs.map((q) => e.ask(q, c)).at(-1)!;
};

describe('the dividend asked after guidance, or alone', () => {
  it('is the common dividend per share declared, never the guidance again nor the preferred dividends', () => {
    for (const qs of [['guidance', 'what about the dividend?'], ['full-year outlook?', 'and dividends?'], ['what dividend did they declare?']]) {
      const a = thread(declares, ...qs);
      expect(a.status, qs.join(' / ')).toBe('answer');
      expect(a.text, qs.join(' / ')).toContain('0.48');
      expect(a.text, qs.join(' / ')).not.toMatch(/expects|18\.0/);
    }
  });

  it('leaves the line answered as the thread: "and when is it payable" asks its date', () => {
    const a = thread(declares, 'guidance', 'what about the dividend?', 'and when is it payable');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('November 14, 2026');
  });

  it("is the release's statement that it pays none", () => {
    const a = thread(none, 'guidance', 'what about the dividend?');
    expect(a.text).toContain('does not pay a cash dividend');
    expect(a.text).not.toContain('expects');
  });

  it('declines where the release says nothing of a dividend', () => {
    const a = thread(silent, 'guidance', 'and dividends?');
    expect(a.status).toBe('unknown');
    expect(a.text).toContain('nothing about a dividend');
  });
});

describe('the dividend topic rule', () => {
  it('takes the dividend named alone, and leaves a dividend line said which or when to its name', () => {
    for (const q of ['what about the dividend?', 'and dividends?', 'what dividend did they declare?', 'dividend per share', 'the quarterly dividend', 'jcp?']) expect(dividendTopic(q), q).toBe(true);
    for (const q of ['preferred stock dividends', 'interim dividend', 'dividends paid in q2 2025', 'dividend payout ratio', 'net income', 'guidance']) expect(dividendTopic(q), q).toBe(false);
  });
});
