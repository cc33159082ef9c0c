// Analysts' shorthand for lines any issuer may print (NCO, capex, div, APAC, sales for a bare "Revenue"),
// a formula's own name the asker spells out ("PPNR (A less B)", "payout ratio, A over B") and "the new"
// plan: each answered from the line it names, as a user reads it. Shorthand naming no line of the seed
// release declines naming the word (test/corpus/shorthand.jsonl).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer, Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

let engine: Engine;
let grocer: Engine;
beforeAll(() => {
  grocer = inlineEngine([
    '# Synthetic Grocer Third Quarter 2026 Trading Statement',
    '',
    'Synthetic Grocer today reported results for the third quarter ended September 30, 2026.',
    '',
    '(£ in millions)',
    '',
    '| | Three months ended September 30, 2026 | Three months ended September 30, 2025 |',
    '|---|---:|---:|',
    '| Revenue | 3,412.6 | 3,218.4 |',
    '| Like-for-like sales excluding fuel (%) | 4.1 | 3.2 |',
    '| Like-for-like sales including fuel (%) | 2.7 | 1.9 |',
  ]);
  engine = inlineEngine([
    '# Synthetic Card Bank Reports Fourth Quarter 2024 Results',
    '',
    'Synthetic Card Bank today reported results for the fourth quarter ended December 31, 2024.',
    '',
    '($ in millions, except per share data)',
    '',
    '| | Three months ended December 31, 2024 | Three months ended September 30, 2024 |',
    '|---|---:|---:|',
    '| Revenue | 2,254 | 2,204 |',
    '| Non-interest expense | 912 | 889 |',
    '| Capital expenditures | 164 | 140 |',
    '| Asia/Pacific | 521 | 498 |',
    '| Dividends declared per share | 0.30 | 0.25 |',
    '| Funds from operations per share | 1.50 | 1.45 |',
    '| Net charge-off rate (%) | 5.61 | 5.94 |',
  ]);
});

let n = 0;
const ask = (q: string): Answer => engine.ask(q, `shorthand-${n++}`);

describe('shorthand for a line the release prints', () => {
  it.each([
    ['NCO rate in Q4 2024', 'Net charge-off rate (%) was 5.61% in Q4 2024'],
    ['NCO rate change qoq in bps', 'down 0.33 percentage points quarter over quarter'],
    ['capex Q4 2024', 'Capital expenditures were $164.0 million in Q4 2024'],
    ['div per share Q4 2024', 'Dividends declared per share was $0.30 in Q4 2024'],
    ['APAC Q4 2024', 'Asia/Pacific was $521.0 million in Q4 2024'],
    ['sales in Q4 2024', 'Revenue was $2.25 billion in Q4 2024'],
  ])('%s', (q, said) => {
    const a = ask(q);
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain(said);
  });
});

describe('"sales" for a bare "Revenue"', () => {
  it('is not bound where another line of the release says "sales" (a Revenue excluding fuel beside like-for-like sales)', () => {
    const a = grocer.ask('sales in Q3 2026', 'grocer-1');
    expect(a.text).not.toContain('3,412.6');
  });
});

describe('a formula the asker names and spells out', () => {
  it('"PPNR (A less B)": the difference, never a decline for "PPNR"', () => {
    const a = ask('PPNR for the quarter (revenue less non-interest expense)?');
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain('Revenue minus non-interest expense is $1.34 billion in Q4 2024');
  });

  it('"payout ratio for the qtr, A over B": the ratio', () => {
    const a = ask('payout ratio for the qtr, dividends declared per share over funds from operations per share');
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain('(20.0%)');
  });

  it('PPNR alone, with no line of that name, declines naming it', () => {
    const a = ask('PPNR Q4 2024');
    expect(a.status).toBe('unknown');
    expect(a.text).toContain('"PPNR"');
  });
});
