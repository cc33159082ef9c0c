// "EBITDA excluding the land sale gain": an item no table line is, but one sentence states as an amount for the
// period. The line less a gain (plus a charge), both cited, where a line of the release prints that result; an item
// no line confirms, one of no kind, another period's, or none stated declines naming it. (hl24-cr10 had declined.)
import { describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import { inlineEngine } from './support/inline.js';

const release = (sentence: string, adjusted = '| Adjusted operating profit | 240.0 | 200.0 |') =>
  inlineEngine([
    '# Synthetic Plover Reports Second Quarter 2026 Results',
    '',
    'Synthetic Plover today reported results for the second quarter ended June 30, 2026.',
    '',
    sentence,
    '',
    '| ($ in millions) | Q2 2026 | Q2 2025 |',
    '|---|---|---|',
    '| Revenue | 1,000.0 | 900.0 |',
    '| Operating profit | 250.0 | 200.0 |',
    adjusted,
  ]);

const GAIN = 'Adjusted operating profit excludes a $10.0 million gain on the disposal of a warehouse in Q2 2026.';
const CHARGE = 'Adjusted operating profit excludes a $15.5 million restructuring charge for the closure of a plant in Q2 2026.';

describe('a line excluding an item one sentence states', () => {
  it('a gain taken out: the line less it, both cited, the release\'s own line named', () => {
    const a = release(GAIN).ask('Q2 2026 operating profit excluding the warehouse disposal gain', 'si-1');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('$240.0 million');
    expect(a.text).toContain('$250.0 million less $10.0 million');
    expect(a.citations.map((c) => c.line)).toEqual(expect.arrayContaining([5]));
  });

  it('a charge taken out: the line plus it', () => {
    const a = release(CHARGE, '| Adjusted operating profit | 265.5 | 200.0 |').ask('operating profit in Q2 2026 excluding the plant closure charge', 'si-2');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('$265.5 million');
    expect(a.text).toContain('plus $15.5 million');
  });

  it('no line printing the result: declined, the item named', () => {
    const a = release(GAIN).ask('Q2 2026 revenue excluding the warehouse disposal gain', 'si-3');
    expect(a.status).toBe('unknown');
    expect(a.text).toContain('$10.0 million gain on the disposal of a warehouse');
    expect(a.text).not.toContain('$990');
  });

  it('another period than the sentence\'s: declined', () => {
    const a = release(GAIN).ask('Q2 2025 operating profit excluding the warehouse disposal gain', 'si-4');
    expect(a.status).not.toBe('answer');
    expect(a.text).not.toContain('$190');
  });

  it('an item no sentence states: declined naming it', () => {
    const a = release(GAIN).ask('Q2 2026 operating profit excluding the pension gain', 'si-5');
    expect(a.status).toBe('unknown');
    expect(a.text).toContain('pension gain');
  });

  it('hl24-cr10: 3Q26 EBITDA excluding the land sale gain is R$406.8 million, the release\'s Adjusted EBITDA', () => {
    const engine = sharedEngine('eval/hl24/docs/cerrado-3q26.txt');
    const a = engine.ask('3Q26 EBITDA excluding the land sale gain?', 'si-6');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('R$406.8 million');
    expect(a.citations.map((c) => c.line)).toEqual(expect.arrayContaining([20, 32, 34]));
  });
});
