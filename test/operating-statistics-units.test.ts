// An operating-statistics table under a release-wide money note ("figures in millions of pesos unless stated"):
// each line's own unit wins ("Rs. cents", "millions" of revenue passenger miles, a line broken down by dash-led
// lines), and a line naming no unit or amount ("Sectors flown") is a number, never an amount at the note's scale.
import { beforeAll, describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const release = [
  'SYNTHETIC — Coromandel Skyways Limited reports results for the quarter ended 31 December 2025',
  '',
  'Coromandel Skyways Limited reported results for the third quarter (Q3 FY26) ended 31 December 2025. Figures are in millions of Indian rupees (Rs.) unless stated otherwise.',
  '',
  '| Rs. millions | Q3 FY26 | Q3 FY25 |',
  '|---|---|---|',
  '| Revenue from operations | 48,210 | 44,905 |',
  '| Operating profit | 5,118 | 4,372 |',
  '',
  'OPERATING STATISTICS',
  '',
  '| | Q3 FY26 | Q3 FY25 |',
  '|:--|--:|--:|',
  '| Revenue passenger miles – RPMs (millions) | 7,340 | 6,912 |',
  '| Available seat miles – ASMs (millions) | 8,801 | 8,254 |',
  '| – Short haul | 5,120 | 4,990 |',
  '| – Long haul | 3,681 | 3,264 |',
  '| Passenger load factor (%) | 83.4 | 83.7 |',
  '| Sectors flown | 31,644 | 30,015 |',
  '| Yield (Rs. cents) | 612.4 | 598.1 |',
  '| Cost per ASM ex fuel (Rs. cents) | 301.7 | 305.9 |',
  '| Average fare (Rs.) | 5,840 | 5,702 |',
  '',
];

describe('an operating-statistics table under a release-wide money note', () => {
  let engine: ReturnType<typeof inlineEngine>;
  beforeAll(() => {
    engine = inlineEngine(release);
  });
  const ask = (q: string) => engine.ask(q, `opstats-${q}`).text;

  it('gives a figure in Rs. cents as cents, never as rupees at the note scale', () => {
    for (const q of ['cost per ASM ex fuel in Q3 FY26?', 'yield Q3 FY25?']) {
      const text = ask(q);
      expect(text).toMatch(/301\.7 cents|598\.1 cents/);
      expect(text).not.toMatch(/(?:Rs\.|₹)\s?\d|million/);
    }
  });
  it('gives revenue passenger miles as a number of millions, never an amount of rupees', () => {
    const text = ask('RPMs in Q3 FY26?');
    expect(text).toMatch(/7,340 million/);
    expect(text).not.toMatch(/(?:Rs\.|₹)\s?\d/);
  });
  it('gives a dash-led line in the unit of the line it breaks down', () => {
    const text = ask('long haul in Q3 FY26?');
    expect(text).toMatch(/3,681 million/);
    expect(text).not.toMatch(/(?:Rs\.|₹)\s?\d/);
  });
  it('gives a line naming no unit as a number', () => {
    const text = ask('sectors flown in Q3 FY26?');
    expect(text).toMatch(/31,644(?! million)/);
    expect(text).not.toMatch(/(?:Rs\.|₹)\s?\d/);
  });
});
