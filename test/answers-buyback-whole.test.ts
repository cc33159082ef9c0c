// What a plan has bought in all ("cumulative buybacks", "how much has been bought back") where the figures read
// from its sentences are parts of it (a quarter's purchases, the plan's size) and the sentence prints the whole
// in words no figure was read from: the sentence is quoted, never the part given as the whole.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const release = (sentences: string[]) =>
  inlineEngine(['# Synthetic Repurchase Co Reports First Quarter 2026 Results', '', 'Synthetic Repurchase Co today reported results for the first quarter ended March 31, 2026.', '', '## Share repurchases', '', sentences.join(' ')]);

const quarterAndTotal = release(['Under the $500 million repurchase program authorized in February 2025, the Company bought back 2.9 million shares for $71.6 million in the first quarter.', 'Cumulative repurchases under the program total $318.4 million, leaving $181.6 million available.']);
const sizeAndToDate = release(['Under the CHF 300 million share buyback programme launched in March 2026, the Company has repurchased shares worth CHF 126.4 million to date.']);

let n = 0;
const ask = (e: ReturnType<typeof release>, q: string) => e.ask(q, `buyback-whole-${n++}`);

describe('what was bought in all', () => {
  it.each(['cumulative buybacks', 'total repurchases to date', 'how much has been bought back under the program'])('%s: the whole, in its sentence, never the quarter alone', (q) => {
    const a = ask(quarterAndTotal, q);
    expect(a.status).toBe('answer');
    expect(a.text).toContain('$318.4 million');
    expect(a.text).not.toMatch(/^Amount[^\n]*: \$71\.6 million/m);
  });

  it.each(['how much has been bought back under the buyback', 'share buyback amount', 'buybacks so far'])('%s: the amount repurchased, never the programme size alone', (q) => {
    const a = ask(sizeAndToDate, q);
    expect(a.text).toContain('CHF 126.4 million');
    expect(a.text).not.toMatch(/^[^\n“]*: CHF 300 million$/m);
  });

  it("a quarter's purchases asked alone, and the count bought, are still the figures read", () => {
    expect(ask(quarterAndTotal, 'how many shares were repurchased').text).toContain('2.9 million shares');
    expect(ask(quarterAndTotal, 'how much did they repurchase in Q1?').text).toContain('$71.6 million');
  });
});
