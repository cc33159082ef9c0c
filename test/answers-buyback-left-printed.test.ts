// What is left of a buyback whose paragraph gives the plan's size, the amount bought so far and the amount
// remaining, wrapped over lines: the amount printed as left is given, and a computed one takes two different
// figures (the size less the amount spent), never the plan's size less itself (it answered "nil left").
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const HEAD = ['<html><body><h1>Quill Stores plc</h1>', '<h2>Third quarter trading statement for the 13 weeks ended 26 September 2026</h2>',
  '<p>Quill Stores plc today reports its results for the third quarter (the 13 weeks ended 26 September 2026).</p>',
  '<table><tr><th>&euro; million</th><th>Q3 2026</th><th>Q3 2025</th></tr><tr><td>Revenue</td><td>230.0</td><td>200.0</td></tr><tr><td>Share buyback</td><td>(10.4)</td><td>(8.0)</td></tr></table>',
  '<h3>Capital returns</h3>',
  '<p>Under the &euro;80 million share buyback programme launched in March 2026, the Company has repurchased 5.1 million'];
const ask = (tail: string[], q: string) => inlineEngine([...HEAD, ...tail, '</body></html>'], 'synthetic.html').ask(q, 'left-printed').text;

describe('a buyback paragraph with size, amount used and amount left', () => {
  it('the amount printed as left is given, with its sentence', () => {
    const a = ask(['shares for &euro;31.2 million to 26 September 2026, of which &euro;10.4 million in the third quarter. &euro;48.8 million', 'remains and the programme should finish next year.</p>'], 'how much is left on the buyback?');
    expect(a).toContain('€48.8 million');
    expect(a).not.toMatch(/\bnil\b/);
  });

  it('with no amount left printed, the size less the amount spent: two different figures', () => {
    const a = ask(['shares for &euro;31.2 million to 26 September 2026.</p>'], 'how much of the buyback remains?');
    expect(a).toContain('€80 million − €31.2 million');
    expect(a).toContain('€48.8 million');
  });
});
