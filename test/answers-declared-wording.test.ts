// A dividend the board declares has no balance date: a sentence's figure read with a day (the quarter's end, the record
// or payable date) was said "as of" it (hunt29 fraserview: "Dividend was C$1.12 as of December 31, 2026" for "The Board
// declared a quarterly dividend of $1.12 per common share, up from $1.08, payable on January 27, 2027"). It is said in
// the sentence's own words: what it is, the act, each date with the release's word before it. The issuers and figures
// below are made up.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const release = (capital: string[]) => [
  '# Synthetic Corbel Holdings Reports Third Quarter 2026 Results',
  '',
  'Synthetic Corbel Holdings today reported results for the third quarter ended September 30, 2026.',
  '',
  '| (in millions of U.S. dollars) | Three Months Ended September 30, 2026 | Three Months Ended September 30, 2025 |',
  '|---|---|---|',
  '| Revenue | 812.4 | 766.0 |',
  '| Net income | 96.3 | 88.1 |',
  '',
  '## Capital',
  '',
  ...capital,
];

describe('a declared dividend is dated in its sentence\'s words, never "as of" a day', () => {
  it.each([
    [
      ['The Board declared a quarterly dividend of $0.48 per common share, up from $0.45, payable on January 27, 2027 to shareholders of record on January 5, 2027.'],
      ['the quarterly dividend declared', 'payable on January 27, 2027', 'of record on January 5, 2027'],
    ],
    [
      ['On October 21, 2026, the Board of Directors declared a quarterly cash dividend of $0.48 per share, payable November 14, 2026 to stockholders of record on October 31, 2026.'],
      ['the quarterly cash dividend declared on October 21, 2026', 'payable November 14, 2026', 'of record on October 31, 2026'],
    ],
    [
      ['On 20 October 2026, the Board declared an interim dividend of $0.48 per share, payable on 8 January 2027', 'to shareholders on the register on 27 November 2026.'],
      ['the interim dividend declared on 20 October 2026', 'payable on 8 January 2027', 'on the register on 27 November 2026'],
    ],
  ])('%s', (capital, said) => {
    const bot = inlineEngine(release(capital), 'synthetic-corbel-q3-2026.md');
    for (const q of ['dividend per share', 'DPS', 'dividend declared']) {
      const a = bot.ask(q, q);
      expect(a.text).toContain('$0.48');
      expect(a.text).not.toMatch(/\bas of (?:September|October|November|December|January|[0-9])/);
      for (const s of said) expect(a.text, a.text).toContain(s);
      // The dates' lines are cited with the figure's.
      expect(a.citations.map((c) => c.line)).toEqual(capital.map((_, i) => 12 + i));
    }
  });

  it('a dividend the sentence gives a year keeps it', () => {
    const bot = inlineEngine(release(['The Annual General Meeting resolved a dividend of $0.48 per share for the 2025 financial year, which was paid on 26 May 2026.']), 'synthetic-corbel-q3-2026.md');
    expect(bot.ask('dividend per share', 'd').text).toMatch(/\$0\.48 (?:per share )?in FY2025/);
  });
});
