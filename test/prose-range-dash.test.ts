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

  it.each([
    ['a change of -3.2% year over year', ['-3.2%']],
    ['margin of (-5.0%)', ['-5%']],
  ])('after no figure, is a minus: %s', (s, want) => expect(values(s)).toEqual(want));
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
