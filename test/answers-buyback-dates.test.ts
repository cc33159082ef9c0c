// A buyback figure read from prose is dated only by its own sentence: the period named nearest the figure.
// A plan "announced in May" was answered "£200 million (as of 31 December …)": the quarter's end, which
// prose with no period of its own is filed under, shown as if the release had said it.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const release = (currency: string, sentence: string) => [
  '# Synthetic Quay Stores Reports Third Quarter 2026 Results', '', 'Synthetic Quay Stores today reported results for the third quarter ended September 30, 2026.', '',
  `| (${currency} in millions) | Q3 2025 | Q3 2026 |`, '|---|---|---|', '| Revenue | 200.0 | 230.0 |', '', sentence, '',
];
let n = 0;
const ask = (currency: string, sentence: string, q: string) => inlineEngine(release(currency, sentence)).ask(q, `bb-dates-${n++}`).text;

describe('buyback figures from prose keep the date their sentence gives', () => {
  it('a programme announced in a month is not "as of" the quarter end', () => {
    const a = ask('£', 'In May we announced a share buyback programme of £200m, of which £45m had been completed by the end of the quarter.', 'how big is the buyback?');
    expect(a).toContain('£200 million');
    expect(a).not.toContain('September 30');
  });

  it('in other words: an authorisation approved in March, part used by the quarter end', () => {
    const a = ask('$', 'In March the Board approved a share repurchase program of up to $150 million; the Company had used $20.0 million of it by the end of the quarter.', 'how big is the buyback?');
    expect(a).toContain('$150 million');
    expect(a).not.toContain('September 30');
  });

  it('a figure its sentence dates at the quarter end keeps that date', () => {
    const a = ask('$', 'The Board approved a share repurchase program of up to $40 million. As of September 30, 2026, the Company had repurchased 0.8 million shares for a total amount of $9.5 million under the program.', 'how much has been spent on the buyback so far?');
    expect(a).toContain('$9.5 million');
    expect(a).toContain('as of September 30, 2026');
  });
});
