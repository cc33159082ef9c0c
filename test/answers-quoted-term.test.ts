// A term a footnote prints in quotes ("Z-wallet") names the line whose figure its sentence gives, where that line's
// label is the only one holding it (recognisers/names.ts quotedTerms). r60-056 ("V-pocket share of loan count %")
// and r60-180 were declined: "V-pocket" alone named no line. Synthetic release, other words.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

let engine: Engine;
beforeAll(() => {
  engine = inlineEngine([
    '# Synthetic Pay Group Reports First Quarter 2026 Results',
    '',
    'Synthetic Pay Group today reported results for the first quarter ended March 31, 2026.',
    '',
    '## First Quarter 2026 Operational Highlights',
    '',
    '- In the first quarter of 2026, merchants processed 8,400,000 payment orders<sup>\\*1</sup> through our platform. Total payment volume reached US$1,204 million, an increase of 12.0% from US$1,075 million in the same period of 2025.',
    '',
    '<sup>\\*1</sup> Including 2,100,000 payment orders across "Z-wallet", and 6,300,000 payment orders across other products.',
  ]);
});

describe('a quoted term of a footnote', () => {
  it('"Z-wallet" alone: the orders across it', () => {
    const a = engine.ask('Z-wallet in Q1 2026?', 'quoted-1');
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain('2,100,000');
  });

  it('"Z-wallet share of order count %": its share of the total', () => {
    const a = engine.ask('Z-wallet share of order count %, Q1 2026', 'quoted-2');
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain('25.0%');
  });
});
