// A balance asked at a day the release prints it for ("deposits at June 30, 2026" of a Q3 release) is that day's
// figure, from the column or sentence dated so: never the quarter before's flow, the current balance, or a decline.
// A change measured from a day ("up $412.0 million from March 31, 2025") makes its subject a balance at the
// period's end, not a flow of the quarter. Synthetic, inline: a second-quarter release.
import { describe, expect, it } from 'vitest';
import { inlineEngine, inlineRelease } from './support/inline.js';

const TABLE = [
  '',
  '| *(Dollars in thousands)* | Jun 30, 2025 | Mar 31, 2025 | Jun 30, 2024 |',
  '|---|---:|---:|---:|',
  '| Customer deposits | 18,204,311 | 17,792,305 | 17,015,882 |',
  '| Total assets | 23,118,406 | 22,690,114 | 21,904,551 |',
];
const head = (highlight: string) => [
  '# Synthetic Savings Bank Reports Second Quarter 2025 Results',
  '',
  'Synthetic Savings Bank today reported results for the second quarter ended June 30, 2025.',
  '',
  '- Net income of $61.2 million, up 4.1% from the first quarter of 2025',
  `- ${highlight}`,
  ...TABLE,
];

describe('a balance at a day', () => {
  it('a change measured from a day dates its subject at the period end', () => {
    for (const said of ['Customer deposits of $18.2 billion, up $412.0 million from March 31, 2025', 'Customer deposits of $18.2 billion, up 2.3% from March 31, 2025']) {
      const facts = inlineRelease(head(said)).facts.filter((f) => f.metric === 'customer_deposits' && f.role === 'value' && f.citation.line === 6);
      expect(facts.map((f) => f.period)).toEqual([{ kind: 'instant', date: '2025-06-30' }]);
    }
  });

  it('asked at an earlier day, answers the figure printed for that day', () => {
    const engine = inlineEngine(head('Customer deposits of $18.2 billion, up $412.0 million from March 31, 2025'));
    for (const q of ['customer deposits at March 31, 2025', 'what were customer deposits as of 3/31/2025?']) {
      const a = engine.ask(q, q);
      expect(a.status).toBe('answer');
      expect(a.text).toContain('$17.8 billion');
      expect(a.text).toContain('March 31, 2025');
    }
  });

  it('a line the release also reads for its quarter, asked at a day it prints, is that day\'s', () => {
    const engine = inlineEngine(head('Customer deposits were $18.2 billion for the second quarter of 2025'));
    const a = engine.ask('customer deposits at March 31, 2025', 'day-3');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('$17.8 billion');
    expect(a.text).not.toContain('Q1 2025');
  });

  it('a change from a quarter ("up 4.1% from the first quarter") leaves its subject a flow of the quarter', () => {
    const release = inlineRelease(head('Customer deposits of $18.2 billion'));
    const income = release.facts.find((f) => f.metric === 'net_income' && f.role === 'value');
    expect(income?.period.kind).toBe('duration');
  });
});
