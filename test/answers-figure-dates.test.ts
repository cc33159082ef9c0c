// The dates a release gives for a figure, asked beside it ("when is it payable", "payment date?"): the
// sentence right after the figure's own, in its paragraph, that names a date, quoted and cited (a
// dividend's payment and record dates). No date sentence there: the figure alone, nothing composed.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';
import { filedAsker } from './support/filed.js';

const askFiled = filedAsker('dates');

let own: Engine;
beforeAll(() => {
  own = inlineEngine([
    '# Larchfield Tools Reports Third Quarter 2026 Results',
    '',
    'Larchfield Tools today reported results for the third quarter ended September 30, 2026.',
    '',
    'The board declared a quarterly dividend of $0.15 per share. The dividend is payable on November 14, 2026 to shareholders of record on October 31, 2026.',
    '',
    'Net sales were $455.0 million, up 11% from a year earlier.',
  ], 'larchfield-2026q3.md');
});

describe('the dates of a figure, asked beside it', () => {
  it('a dividend and its payment date, quoted from the sentence after it', () => {
    const a = askFiled('orcl-2022q4.htm', 'dividend declared per share? payment date?');
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain('$0.32');
    expect(a.text).toContain('July 26, 2022');
    expect(a.citations.some((c) => c.quote.includes('July 26, 2022'))).toBe(true);
    const b = own.ask('dividend per share, and when is it payable?', 'own-1');
    expect(b.status, b.text).toBe('answer');
    expect(b.text).toContain('$0.15');
    expect(b.text).toContain('November 14, 2026');
  });
  it('no date beside the figure: no figure given for a question about its date', () => {
    const a = own.ask('when were net sales $455 million?', 'own-2');
    expect(a.text).not.toContain('November 14, 2026');
    const b = own.ask('dividend per share', 'own-3');
    expect(b.text).toContain('$0.15');
    expect(b.text).not.toContain('November 14, 2026');
  });
});
