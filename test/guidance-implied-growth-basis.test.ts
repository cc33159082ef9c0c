// Growth a guided range implies, asked on a basis ("implied qoq growth vs q1 NI"): r35 gave the year-on-year
// growth the release states beside the range, as though it were the quarter-on-quarter growth asked ("vs" was
// read as results against the guide, and the basis dropped). Now the basis named picks the base: the quarter
// before the guided one, worked out from the release's figure and cited; a year guided has no such base and
// is declined by name. Synthetic release.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

let engine: Engine;
beforeAll(() => {
  engine = inlineEngine([
    '# Synthetic Lantern Credit Announces First Quarter 2024 Results',
    '',
    'Synthetic Lantern Credit today announced its results for the first quarter ended March 31, 2024.',
    '',
    '(In thousands of RMB)',
    '',
    '| | Q1 2023 | Q4 2023 | Q1 2024 |',
    '|---|---:|---:|---:|',
    '| Total net revenue | 4,000,000 | 4,100,000 | 4,200,000 |',
    '| Net income | 900,000 | 1,100,000 | 1,150,000 |',
    '',
    '### Business Outlook',
    '',
    'For the second quarter of 2024, the Company expects to generate a net income between RMB1.17 billion and RMB1.23 billion, representing a year-on-year growth between 7.0% and 12.5%.',
  ], 'lantern.md');
});

let n = 0;
const ask = (q: string) => engine.ask(q, `implied-basis-${n++}`);

describe('growth implied by guidance on the basis asked', () => {
  it.each(['q2 guide NI midpoint and implied qoq growth vs q1 NI', 'q2 net income guidance implied sequential growth', 'what growth over last quarter does the q2 net income guide imply'])('%s: quarter on quarter, never the stated year-on-year growth', (q) => {
    const a = ask(q);
    expect(a.status, a.text).toBe('answer');
    // (1.20bn ÷ 1,150.0m − 1)
    expect(a.text).toContain('4.3% quarter on quarter');
    expect(a.text).not.toMatch(/year on year|year-on-year|9\.75%/);
    expect(a.citations.some((c) => c.quote.includes('1,150,000'))).toBe(true);
  });

  it('growth asked year on year is the growth the release states', () => {
    const a = ask('what yoy growth does the q2 net income guide imply');
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain('7.0% and 12.5%');
  });
});
