// A half-year release of a June-year issuer reporting in rand: its own period is the six months it dates,
// never a quarter of them ("Gold production up 4%" was given for "Q4 2025"), and its rand figures ("R19,096
// million", a "(Rm)" note) are rand, never US dollars; a row in "SA cents" is cents, never currency units.
import { beforeAll, describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const RAND = [
  '# Synthetic Highveld Platinum interim results for the six months ended 31 December 2025',
  '',
  'Synthetic Highveld Platinum\'s financial year ends on 30 June. Figures are in South African rand millions (Rm) unless otherwise stated.',
  '',
  '- Platinum production up 6% to 210,400oz',
  '- Revenue up 18% to R8,250 million',
  '- Net cash of R1,140 million at 31 December 2025',
  '',
  '| Rm | Six months ended 31 December 2025 | Six months ended 31 December 2024 |',
  '|---|---|---|',
  '| Revenue | 8,250 | 6,992 |',
  '| Operating profit | 1,310 | 905 |',
  '| Headline earnings per share (SA cents) | 412 | 251 |',
];

describe('a rand half-year release', () => {
  let engine: ReturnType<typeof inlineEngine>;
  beforeAll(() => {
    engine = inlineEngine(RAND);
  });
  let n = 0;
  const ask = (q: string) => engine.ask(q, `rand-${n++}`);
  it.each(['revenue', 'revenue for the six months ended 31 December 2025', 'operating profit'])('%s is in rand, never dollars', (q) => {
    const a = ask(q);
    expect(a.status).toBe('answer');
    expect(a.text).not.toContain('$');
    expect(a.text).toMatch(/R\s?[\d,]+/);
    expect(a.text).toContain('6 months ended December 31, 2025');
  });
  it('net cash is R1,140 million', () => expect(ask('net cash').text).toContain('R1,140 million'));
  it('a per-share figure in SA cents is cents', () => {
    const a = ask('headline earnings per share');
    expect(a.text).toContain('412 cents');
    expect(a.text).not.toMatch(/[R$]\s?412/);
  });
  it.each(['platinum production in Q4 2025', 'revenue in Q4 2025', 'revenue in the fourth quarter of 2025'])('%s: the half is no quarter', (q) => {
    // (Its prose alone: no dated column says the release is of halves.)
    const a = inlineEngine(RAND.slice(0, 8)).ask(q, 'rand-prose');
    expect(a.text).not.toContain('6%');
    expect(a.text).not.toContain('8,250');
  });
  it('its prose figures are of the half it dates', () => {
    const a = inlineEngine(RAND.slice(0, 8)).ask('revenue', 'rand-prose-half');
    expect(a.text).toContain('R8,250 million in the 6 months ended December 31, 2025');
  });
});
