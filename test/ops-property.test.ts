// Any question gets a reply, within the documented cap, and memory stays bounded: the engine as every
// adapter gets it (src/bot.ts: the question cap applied before any work), fed random unicode up to 1 MB
// and then enough distinct long questions to fill the engine's text caches.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../src/bot.js';
import { normalise, tokens } from '../src/intents/text.js';
import { MAX_QUESTION } from '../src/ops/bounds.js';

const engine = loadEngine();
const MB = 1024 * 1024;

/** Random unicode (any plane, controls and lone surrogates included) of any length up to 1 MB. */
const question = fc
  .tuple(fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }), fc.oneof(fc.integer({ min: 0, max: 2 * MAX_QUESTION }), fc.integer({ min: 0, max: MB })))
  .map(([piece, length]) => piece.repeat(Math.ceil(length / piece.length)).slice(0, length));

describe('any question, within the cap', () => {
  it('gets a reply; one over the cap is told the cap and how long it was', () => {
    fc.assert(
      fc.property(question, (q) => {
        const answer = engine.ask(q, 'property');
        expect(answer.text.trim().length).toBeGreaterThan(0);
        const capped = answer.text.includes(`up to ${MAX_QUESTION.toLocaleString('en-US')} characters`);
        expect(capped).toBe(q.length > MAX_QUESTION);
        if (capped) expect(answer).toMatchObject({ status: 'unknown', citations: [] });
      }),
      { numRuns: 150 },
    );
  });

  it('suggests within the limit for any prefix, and nothing for one over the cap', () => {
    fc.assert(
      fc.property(question, fc.integer({ min: 1, max: 25 }), (prefix, limit) => {
        const suggestions = engine.suggest(prefix, limit);
        expect(suggestions.length).toBeLessThanOrEqual(limit);
        if (prefix.length > MAX_QUESTION) expect(suggestions).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('keeps the heap under 200 MB after enough distinct long questions to fill the text caches', () => {
    const letter = () => String.fromCharCode(97 + Math.floor(Math.random() * 26));
    const anyChar = () => String.fromCodePoint(0x20 + Math.floor(Math.random() * 0x2fe0));
    // One-letter words make the most tokens a question can hold; any characters, the most distinct text.
    for (let i = 0; i < 1200; i++) {
      const q = i % 2 ? Array.from({ length: MAX_QUESTION / 2 }, letter).join(' ') : Array.from({ length: MAX_QUESTION }, anyChar).join('');
      engine.ask(q, `heap-${i}`);
    }
    expect(normalise.weight).toBeGreaterThan(900_000);
    expect(tokens.weight).toBeGreaterThan(900_000);
    expect(process.memoryUsage().heapUsed).toBeLessThan(200 * MB);
  });
});
