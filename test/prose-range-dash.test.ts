// A dash right after a figure joins a range ("4%-6%", "$320-$345 million"): the figure after it is no negative,
// and a range's low end printed without the scale its high end carries is of that scale. "Net sales growth of
// 4%-6%" was guided as 4%, and "raised from $320-$345 million" read as a cut from $345 million.
import { describe, expect, it } from 'vitest';
import { tokens } from '../src/knowledge/prose/mentions.js';
import { quillmoor } from './support/quillmoor.js';
import { inlineEngine } from './support/inline.js';

const values = (s: string) => tokens(s).map((t) => `${t.value.toString()}${t.percent ? '%' : ''}`);

describe('a dash between figures', () => {
  it.each([
    ['net sales growth of 4%-6%', ['4%', '6%']],
    ['from $320-$345 million', ['320', '345']],
    ['between 2.5%–3.0%', ['2.5%', '3%']],
  ])('joins a range: %s', (s, want) => expect(values(s)).toEqual(want));

  // A percent sign printed once, after the high end: the low end is a percentage too (it had been a bare
  // number, so the range was cut at the dash and its low end taken into the figure's name).
  it.each([
    ['organic sales growth of 4–6% (previously 3–5%)', ['4%', '6%', '3%', '5%']],
    ['a margin of 12 - 13 percent', ['12%', '13%']],
    ['volume growth of 2 to 4%', ['2%', '4%']],
    ['like-for-like sales of -2–1%', ['-2%', '1%']],
  ])('a bare low end before a percentage is one: %s', (s, want) => expect(values(s)).toEqual(want));

  it.each([
    ['sales in 2026 – 6% higher than planned', ['2026', '6%']],
    ['paid on June 30 - 5% of the shares', ['30', '5%']],
    ['a fall from 9 to 4% of sales', ['9', '4%']],
  ])('a year, a day or a larger number before a dash is no low end: %s', (s, want) => expect(values(s)).toEqual(want));

  it.each([
    ['a change of -3.2% year over year', ['-3.2%']],
    ['margin of (-5.0%)', ['-5%']],
  ])('after no figure, is a minus: %s', (s, want) => expect(values(s)).toEqual(want));
});

describe('guidance with one percent sign for the range', () => {
  it.each([
    ['The company now expects organic sales growth of 4–6% for 2026 (previously 3–5%).', 'organic sales growth guidance for 2026', 'between 4% and 6%'],
    ['Full-year 2026 revenue growth is now expected to be 7 to 9 percent.', 'revenue growth guidance for 2026', 'between 7% and 9%'],
    ['For 2026 we expect revenue growth of 5-8%.', 'revenue growth guidance for 2026', 'between 5% and 8%'],
  ])('reads both ends: %s', (sentence, question, want) => {
    expect(inlineEngine(quillmoor(sentence)).ask(question, 'a').text).toContain(want);
  });
});

describe('guidance written with hyphen ranges', () => {
  const engine = inlineEngine(quillmoor('The company now expects full-year 2026 adjusted EBITDA of $330-$350 million, raised from $320-$345 million, and reaffirms revenue growth of 4%-6%.'));

  it('a percentage range is both its ends', () => {
    expect(engine.ask('revenue growth guidance for 2026', 'a').text).toContain('between 4% and 6%');
  });

  it('the earlier range is read whole, and the raise measured midpoint to midpoint', () => {
    expect(engine.ask('how much did they raise the EBITDA guide at the midpoint?', 'b').text).toContain('$7.5 million (2.3%) above the earlier forecast');
  });
});
