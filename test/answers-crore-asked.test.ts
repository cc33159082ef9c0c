// A scale word as Indian releases print amounts ("by how many crore did net profit rise", "in lakh") is how a figure is
// shown, as "million" is, never a word of a line's name: it was declined as unknown ("I don't know 'crore'", hl36
// meridian m04). The issuer and figures below are made up.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const INDIAN = [
  'SYNTHETIC TULSI FOODS LIMITED',
  '',
  'PRESS RELEASE - Q2 FY27 RESULTS',
  '',
  'STATEMENT OF CONSOLIDATED UNAUDITED FINANCIAL RESULTS',
  '(Rs in crore)',
  '',
  '                                          Quarter ended            Year ended',
  '                                     30.09.2026  30.06.2026        31.03.2026',
  '                                      Unaudited   Unaudited           Audited',
  '------------------------------------------------------------------------------',
  '  Revenue from operations              1,418.62    1,105.37          5,642.18',
  '  Other income                            21.40       17.85             66.33',
  'Total income                           1,440.02    1,123.22          5,708.51',
  'Net profit for the period                156.52      148.68            592.66',
];

describe('"crore" in a question is a scale word, no name', () => {
  const engine = inlineEngine(INDIAN, 'synthetic-tulsi-q2fy27.txt');
  it.each([
    ['by how many crore did net profit for the period rise vs Q1 FY27?', '7.84 crore'],
    ['net profit for the period in crore?', '156.52 crore'],
    ['revenue from operations Q1 FY27, in crore', '1,105.37 crore'],
    ['other income in lakh crore terms, Q1 FY27', '17.85 crore'],
  ])('%s', (q, want) => {
    const a = engine.ask(q, q);
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain(want);
  });
});
