// The coverage rule as a property: a real question with random filler words (the data list) and
// random unknown words or other companies around it never gets a wrong figure. Filler keeps the
// answer's figure; an unknown word keeps it or declines, naming what it did not understand.
import fc from 'fast-check';
import { sharedEngine } from './support/engines.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { FILLER_WORDS } from '../src/intents/vocabulary.js';

/** Questions each answered with one figure, and that figure. */
const QUESTIONS: [string, string][] = [
  ['total net revenue in Q1 2024', 'RMB4,153.2 million'],
  ['referral fees yoy', '405.9%'],
  ['S&M as % of rev', '10.0%'],
  ['cash at Dec-23', 'RMB4,177.9 million'],
  ['net income Q4 2023', 'RMB1,107.7 million'],
  ['90 day+ delinquency rate', '3.35%'],
  ['total assets as of March 31, 2024', 'RMB47,426.5 million'],
  ['funding costs qoq', 'RMB156.0 million'],
];
/** Words nobody knows, and other companies: each must decline or leave the figure as it was. */
const UNKNOWN = ['zorblax', 'gross', 'free', "Lufax's", 'ING', 'Apple', 'per user', 'excluding SBC', 'ex-SBC', 'take rate on', 'Dec-25', 'FY2019'];
/**
 * Filler words that are also cues of their own (a currency, a scale, a quarter, a comparison): not filler here. A source
 * verb before "how" asks how a line is made ("generated how 90 day+ delinquency rate" is answered with its definition).
 */
const CUES = new Set('rmb usd us dollars dollar million billion thousand millions billions thousands q1 q2 q3 q4 q vs versus per cent then when above below exceed exceeded exceeds one ones portion incl used generated earned'.split(' '));
const FILLER = FILLER_WORDS.filter((w) => /^[a-z]+$/.test(w) && !CUES.has(w));
const FIRST = /(?:RMB|US\$)[\d,.]+ (?:million|billion)|[\d.]+%/;

let engine: Engine;
beforeAll(() => {
  engine = sharedEngine();
});
let n = 0;

/** The question with words put before or after it, at random. */
const around = (q: string, words: string[], at: number[]) => {
  const ws = q.split(' ');
  words.forEach((w, k) => (at[k]! % 2 ? ws.push(w) : ws.unshift(w)));
  return ws.join(' ');
};

describe('the coverage rule', () => {
  it('filler words around a question leave its figure as it was', () => {
    fc.assert(
      fc.property(fc.constantFrom(...QUESTIONS), fc.array(fc.constantFrom(...FILLER), { maxLength: 3 }), fc.array(fc.nat(), { minLength: 3, maxLength: 3 }), ([q, figure], words, at) => {
        const a = engine.ask(around(q, words, at), `f${n++}`);
        if (a.status === 'answer') expect(a.text, around(q, words, at)).toContain(figure);
      }),
      { numRuns: 150 },
    );
  });

  it('an unknown word or another company never changes the figure: the answer keeps it or declines', () => {
    fc.assert(
      fc.property(fc.constantFrom(...QUESTIONS), fc.constantFrom(...UNKNOWN), fc.nat(), ([q, figure], word, at) => {
        const asked = around(q, [word], [at]);
        const a = engine.ask(asked, `u${n++}`);
        if (a.status === 'answer') expect(FIRST.exec(a.text)?.[0], `${asked} → ${a.text}`).toBe(FIRST.exec(engine.ask(q, `b${n++}`).text)?.[0]);
        if (a.status === 'answer') expect(a.text).toContain(figure);
      }),
      { numRuns: 150 },
    );
  });
});
