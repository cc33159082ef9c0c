// Which sentence gives a figure's date (handlers/dates.ts): the figure's own sentence when it names one, else
// the one right after it on its line; never a sentence two on, nor one of another paragraph. Dates printed
// "14 November 2026" and "Dec. 5, 2026" are dates too. A question declined for its figure keeps its reason.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

let engine: Engine;
beforeAll(() => {
  engine = inlineEngine([
    '# Larchfield Tools Reports Third Quarter 2026 Results',
    '',
    'Larchfield Tools today reported results for the third quarter ended September 30, 2026.',
    '',
    'The board declared a quarterly dividend of $0.15 per share, payable on 14 November 2026 to holders of record. The record date is Oct. 31, 2026.',
    '',
    'Net sales were $455.0 million, up 11% from a year earlier. Sales will be reported on Dec. 5, 2026.',
    '',
    'Operating income was $61.2 million. Margins held. The plant reopens on March 2, 2027.',
    '',
    'Gross profit was $150.3 million.',
    '',
    'The audit closes on January 9, 2027.',
  ], 'larchfield-dates-2026q3.md');
});
let n = 0;
const ask = (q: string) => engine.ask(q, `dates-beside-${n++}`);
const NONE = 'The release gives no date beside that figure, so I give none.';

describe('the sentence that dates a figure', () => {
  it('its own sentence, a date printed day first: that sentence only, not the next one', () => {
    const a = ask('dividend per share, and when is it payable?');
    expect(a.text).toBe('Dividend was $0.15 in Q3 2026.\n“The board declared a quarterly dividend of $0.15 per share, payable on 14 November 2026 to holders of record.” (line 5)');
    expect(a.text).not.toContain('Oct. 31');
  });

  it('else the next sentence on its line, an abbreviated month ("Dec. 5, 2026")', () => {
    const a = ask('net sales, when?');
    expect(a.status).toBe('answer');
    expect(a.text).toBe('Net sales were $455.0 million in Q3 2026.\n“Sales will be reported on Dec. 5, 2026.” (line 7)');
    expect(a.citations.map((c) => c.quote)).toEqual(['Net sales were $455.0 million, up 11% from a year earlier.', 'Sales will be reported on Dec. 5, 2026.']);
  });

  it('a date two sentences on, or in the next paragraph, is not the figure\'s', () => {
    expect(ask('operating income, when?').text).toBe(NONE);
    expect(ask('gross profit, when?').text).toBe(NONE);
    expect(ask('gross profit, when?').status).toBe('unknown');
  });

  it('two figures: the dated one quoted once, the sources in the order of their lines', () => {
    const a = ask('gross profit and net sales, when?');
    expect(a.text).toContain('$150.3 million');
    expect(a.text.match(/Dec\. 5, 2026/g)).toHaveLength(1);
    expect(a.citations.map((c) => c.line)).toEqual([7, 7, 11]);
  });

  it('a figure declined keeps its own reason, not "no date"', () => {
    const a = ask('net sales in Q1 2020, when?');
    expect(a.status).toBe('unknown');
    expect(a.text).toBe("The release doesn't give Net sales for Q1 2020 (it gives Q3 2026).");
  });
});

describe('a figure that is not its paragraph\'s first sentence', () => {
  // A dated sentence before the figure's, on its line, is not the figure's date: only the figure's own and the next.
  it('the sentence after it is quoted, never an earlier one of its paragraph', () => {
    const e = inlineEngine([
      '# Larchfield Tools Reports Third Quarter 2026 Results',
      '',
      'Larchfield Tools today reported results for the third quarter ended September 30, 2026.',
      '',
      'On October 20, 2026, the board reviewed the quarter. Net income was $40.0 million, up 5% from a year earlier. The results call is on Nov. 4, 2026.',
    ], 'larchfield-later-2026q3.md');
    const a = e.ask('net income, when?', 'dates-later');
    expect([a.status, a.text]).toEqual(['answer', 'Net income was $40.0 million in Q3 2026.\n“The results call is on Nov. 4, 2026.” (line 5)']);
  });
});
