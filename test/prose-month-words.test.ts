// A number after a word that only begins like a month ("margin", "market", "decreased", "junior") is no date's day:
// "adjusted EBITA margin 12.8–13.2 %" had its low end dropped as a date (the range stored as 13.2–13.2, under a
// metric named "margin 12.8"). A month's name or abbreviation before or after a day still is a date.
// The issuer and figures are made up.
import { describe, expect, it } from 'vitest';
import { notAFigure, tokens } from '../src/knowledge/prose/mentions.js';
import { inlineRelease } from './support/inline.js';

const why = (sentence: string, figure: string) => notAFigure(sentence, tokens(sentence).find((t) => t.text.startsWith(figure))!);

describe('month words', () => {
  it('a number after a word that begins like a month is a figure', () => {
    expect(why('operating margin 9.5–10.5 %', '9.5')).toBeNull();
    expect(why('the number of stores decreased 12 stores', '12')).toBeNull();
  });

  it('a day after or before a month is still a date', () => {
    expect(why('paid on March 3 to holders', '3')).toBe('a date');
    expect(why('paid on Sept. 14 to holders', '14')).toBe('a date');
    expect(why('paid on 14 Dec to holders', '14')).toBe('a date');
  });

  it('a bare range after a margin is guided whole', () => {
    const r = inlineRelease([
      '# Kornfeld Systeme AG: third quarter 2026',
      '',
      'Third quarter 2026 (three months ended September 30, 2026).',
      '',
      '| €m | Q3 2026 | Q3 2025 |',
      '|---|---|---|',
      '| Revenue | 410.2 | 388.0 |',
      '',
      'Outlook 2026 raised: adjusted operating margin 9,5–10,5 % (previously 9,0–10,0 %).',
    ]);
    const guided = r.facts.filter((f) => /margin/.test(f.metric) && (f.role === 'low' || f.role === 'high'));
    expect(guided.map((f) => [f.metric, f.role, f.value.toString()])).toEqual([
      ['adjusted_operating_margin', 'low', '9.5'],
      ['adjusted_operating_margin', 'high', '10.5'],
    ]);
  });
});
