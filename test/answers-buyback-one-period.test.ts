// A buyback line printed for several periods (a cash-flow row: this quarter and a year earlier) is shown once
// (handlers/one-period.ts): for the quarter asked, else its latest, with the period said; never two figures
// under one name. Synthetic release.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const release = [
  '# Synthetic Lotus Finance Reports Second Quarter 2026 Results', '',
  'Synthetic Lotus Finance today reported results for the second quarter ended June 30, 2026.', '',
  '| (RMB in thousands) | Q2 2025 | Q2 2026 |', '|---|---|---|',
  '| Total net revenue | 650,000 | 750,000 |',
  '| Repurchase of ordinary shares | (20,000) | (35,000) |',
];
let n = 0;
const ask = (q: string) => inlineEngine(release, 'lotus-cf-2026q2.md').ask(q, `bb-one-period-${n++}`);

describe('a buyback line printed for two quarters', () => {
  it.each([
    ['buyback?', 'Repurchase of ordinary shares: RMB35.0 million (in Q2 2026), an outflow printed in parentheses in the release'],
    ['buyback in Q2 2026?', 'Repurchase of ordinary shares: RMB35.0 million (in Q2 2026), an outflow printed in parentheses in the release'],
    ['buyback in Q2 2025?', 'Repurchase of ordinary shares: RMB20.0 million (in Q2 2025), an outflow printed in parentheses in the release'],
  ])('%s: the quarter asked, else the latest, once and dated', (q, text) => {
    const a = ask(q);
    expect([a.status, a.text]).toEqual(['answer', text]);
    expect(a.citations.map((c) => c.line)).toEqual([8]);
  });
});

// The line printed for two half-years while the question names no period the release prints it for: the later
// half is the one shown, whichever column the release prints first.
const halves = (first: string, second: string, rows: [string, string]) => [
  '# Synthetic Lotus Finance Reports Second Quarter 2026 Results', '',
  'Synthetic Lotus Finance today reported results for the second quarter ended June 30, 2026.', '',
  `| (RMB in thousands) | Six months ended June 30, ${first} | Six months ended June 30, ${second} |`, '|---|---|---|',
  `| Total net revenue | ${rows[0]} |`,
  `| Repurchase of ordinary shares | ${rows[1]} |`,
];

describe('a buyback line printed for periods none of which is asked', () => {
  it.each([
    ['later first', halves('2026', '2025', ['1,450,000 | 1,250,000', '(55,000) | (30,000)'])],
    ['earlier first', halves('2025', '2026', ['1,250,000 | 1,450,000', '(30,000) | (55,000)'])],
  ])('%s: the latest period, dated', (_, lines) => {
    const a = inlineEngine(lines, 'lotus-h1-2026.md').ask('buyback?', `bb-one-period-${n++}`);
    expect([a.status, a.text]).toEqual(['answer', 'Repurchase of ordinary shares: RMB55.0 million (in the 6 months ended June 30, 2026), an outflow printed in parentheses in the release']);
    expect(a.citations.map((c) => c.line)).toEqual([8]);
  });
});

describe('a buyback line printed for one period only', () => {
  it('is shown undated: no period to tell apart', () => {
    const lines = [...release.slice(0, 4), '| (RMB in thousands) | Q2 2026 |', '|---|---|', '| Total net revenue | 750,000 |', '| Repurchase of ordinary shares | (35,000) |'];
    const a = inlineEngine(lines, 'lotus-one-column.md').ask('buyback?', `bb-one-period-${n++}`);
    expect([a.status, a.text]).toEqual(['answer', 'Repurchase of ordinary shares: RMB35.0 million, an outflow printed in parentheses in the release']);
  });
});

// A year asked that no buyback figure is for, and that no figure's sentence names (no plan of that year):
// "buybacks in 2025" was answered with the Q2 2026 figures, since a year was taken for a plan's name unchecked.
describe('a year asked that the buyback figures are not for', () => {
  const prose = [
    '# Synthetic Nimbus Holdings Reports Second Quarter 2026 Results', '',
    'Synthetic Nimbus Holdings today reported results for the second quarter ended June 30, 2026.', '',
    '- Revenue was US$52.1 million, up 12.3% from US$46.4 million in the second quarter of 2025.',
    '- During the second quarter of 2026, the Company repurchased 1.2 million ADSs for US$4.3 million under its share repurchase program.',
  ];
  it.each(['buybacks in 2025', 'buyback last year?', 'how much did they buy back in FY25'])('%s: declined, naming the period it gives', (q) => {
    const a = inlineEngine(prose, 'nimbus-2026q2.md').ask(q, `bb-one-period-${n++}`);
    expect([a.status, a.text]).toEqual(['unknown', "The release doesn't give that for FY2025; it gives it for Q2 2026."]);
  });
  it('the year its sentence names is answered, dated', () => {
    const a = inlineEngine(prose, 'nimbus-2026q2.md').ask('buybacks in 2026', `bb-one-period-${n++}`);
    expect(a.status).toBe('answer');
    expect(a.text).toContain('$4.3 million (in Q2 2026)');
  });
});

// Each line is told apart by its own periods: a figure of another line, bought in a quarter of its own, is kept
// beside the line printed for two quarters, never dropped for not being that line's latest.
describe('a buyback line printed for two quarters beside a sentence of another quarter', () => {
  it('keeps the sentence\'s figures, dated by it', () => {
    const lines = [...release.slice(0, 4),
      '- In the first quarter of 2026, the Company repurchased 1.2 million ADSs for RMB30.1 million under its share repurchase program.', '',
      ...release.slice(4)];
    const a = inlineEngine(lines, 'lotus-q1-sentence.md').ask('buyback?', `bb-one-period-${n++}`);
    expect([a.status, a.text]).toEqual(['answer', [
      'Repurchase of ordinary shares: RMB35.0 million (in Q2 2026), an outflow printed in parentheses in the release',
      'Share repurchase program ADSs: 1.2 million ADSs (in Q1 2026)',
      'Amount of share repurchase program ADSs: RMB30.1 million (in Q1 2026)'].join('\n')]);
    expect(a.citations.map((c) => c.line).sort((x, y) => x - y)).toEqual([5, 10]);
  });
});
