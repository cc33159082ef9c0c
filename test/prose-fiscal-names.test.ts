// A release that names its quarters only by fiscal names ("Q2 FY27" of an April–March year) and states changes
// against two bases in one sentence: each rate keeps its own basis, dated as the release dates its quarter
// (read from a calendar year's months, "Q2 FY27" ends in June 2027, and a year before that is the prior
// quarter); the table under "Profit and loss (Rs in crore)" gives each base, in the sign the prose prints. And digits grouped in lakhs ("2,45,610") are one number, never the figure before the first comma.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

let bank: Engine;
beforeAll(() => {
  bank = inlineEngine([
    '# Tamarind Cooperative Bank: Results for the Quarter Ended September 30, 2026 (Q2 FY27)',
    '',
    "MUMBAI, October 20, 2026 -- Tamarind Cooperative Bank (NSE: TAMB) reported results for the quarter ended September 30, 2026 (Q2 FY27). The Bank's financial year runs from April 1 to March 31.",
    '',
    '## Highlights - Q2 FY27 vs Q2 FY26',
    '',
    '- Net profit was Rs 812.30 crore, up 12.5% YoY and 4.2% QoQ.',
    '- Advances grew 11.0% YoY to Rs 2,45,610 crore.',
    '',
    '## Profit and loss (Rs in crore)',
    '',
    '| | Q2 FY27 | Q2 FY26 | Q1 FY27 |',
    '|---|---|---|---|',
    '| Net interest income | 2,010.40 | 1,800.10 | 1,950.20 |',
    '| Net profit | 812.30 | 722.04 | 779.56 |',
  ], 'tamb-q2fy27.md');
});

const first = (q: string) => bank.ask(q, `fiscal-names-${q}`).text.split('\n')[0];

describe('stated changes under a heading that names the quarter by its fiscal name', () => {
  it('each rate answers its own basis', () => {
    expect(first('net profit qoq')).toBe('Net profit was Rs 812.30 crore in fiscal Q2 2027, up 4.2% quarter over quarter as the release states it (line 7), from Rs 779.56 crore in fiscal Q1 2027 (an increase of Rs 32.74 crore).');
    expect(first('net profit yoy')).toBe('Net profit was Rs 812.30 crore in fiscal Q2 2027, up 12.5% year over year as the release states it (line 7), from Rs 722.04 crore in fiscal Q2 2026 (an increase of Rs 90.26 crore).');
  });
});

describe('digits grouped in lakhs and crores', () => {
  it('are read as one number', () => {
    expect(first('advances')).toBe('Advances were Rs 245,610 crore in fiscal Q2 2027.');
  });
});
