// A guidance table in HTML whose period headers span the cells under them ("Q1 2027" over a "$" cell and
// "88.5 – 90.5 million" in a cell of two columns), as Workiva sets one, under an outlook heading (hl52 Tarnwick).
// Its headers name periods, not guidance, so it was read as no guidance grid; the figure reader then found no
// figure column and each row became a sentence of two ranges: "I read no guided range". The issuer and
// figures are made up.
import { describe, expect, it } from 'vitest';
import { inlineEngine, inlineRelease } from './support/inline.js';

const RELEASE = [
  '<html><body>',
  '<p><b>Quillon Software Reports Fourth Quarter 2026 Results</b></p>',
  '<p>SEATTLE, February 10, 2027 -- Quillon Software, Inc. today reported results for the fourth quarter ended December 31, 2026.</p>',
  '<table>',
  '<tr><td></td><td colspan="2">Three Months Ended December 31,</td></tr>',
  '<tr><td></td><td>2026</td><td>2025</td></tr>',
  '<tr><td>Revenue</td><td>84.1</td><td>76.3</td></tr>',
  '<tr><td>Operating income</td><td>9.2</td><td>6.8</td></tr>',
  '</table>',
  '<p><b>Business Outlook</b></p>',
  '<p>Quillon is providing the following guidance for the first quarter and full year 2027.</p>',
  '<table>',
  '<tr><td></td><td colspan="3"><b>Q1 2027</b></td><td colspan="3"><b>Full Year 2027</b></td></tr>',
  '<tr><td>Revenue</td><td>$</td><td colspan="2">88.5 &#8211; 90.5 million</td><td>$</td><td colspan="2">372.0 &#8211; 378.0 million</td></tr>',
  '<tr><td>Operating income</td><td></td><td colspan="2">n/a</td><td>$</td><td colspan="2">41.0 &#8211; 44.0 million</td></tr>',
  '</table>',
  '</body></html>',
];

describe('a guidance table whose period headers span their cells', () => {
  it('is read as guidance, each period its own range, cited to its row', () => {
    const engine = inlineEngine(RELEASE, 'quillon-q4-2026.html');
    const q1 = engine.ask('Q1 revenue guidance?', 'a');
    expect(q1.status).toBe('answer');
    expect(q1.text).toContain('between $88.5 million and $90.5 million');
    expect(q1.citations[0]?.line).toBe(14);
    const year = engine.ask('full year 2027 operating income outlook', 'b');
    expect(year.text).toContain('between $41.0 million and $44.0 million');
    expect(year.text).not.toContain('88.5');
  });

  it('takes none of its ranges for a figure of a period reported', () => {
    const release = inlineRelease(RELEASE, 'quillon-q4-2026.html');
    expect(release.facts.filter((f) => f.role === 'value' && f.value.toNumber() === 88.5)).toEqual([]);
  });
});
