// An outlook sentence wrapped over lines, "…in the range of £192m to £198m (previously £188m to" / "£196m).",
// cited only the lines of its start and its low end: the earlier range's "£196m" stood uncited (hl43-034). And
// "how much did the midpoint of the adj OP guidance move" was answered with the ranges, not the move (hl43-035).
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const release = [
  '<html><head><title>Synthetic Brackwater Group plc - Interim results for the six months ended 30 June 2026</title></head><body>',
  '<h1>Synthetic Brackwater Group plc<br>Interim results for the six months ended 30 June 2026</h1>',
  '<table>',
  '<tr><th>&#163;m</th><th>H1 2026</th><th>H1 2025</th></tr>',
  '<tr><td>Revenue</td><td>820.4</td><td>771.9</td></tr>',
  '<tr><td>Adjusted operating profit</td><td>92.1</td><td>84.3</td></tr>',
  '</table>',
  '<h2>Outlook</h2>',
  '<p>Given the strength of the first half and our order book, the Board now expects adjusted operating profit',
  'for the year ending 31 December 2026 to be in the range of &#163;192m to &#163;198m (previously &#163;188m to',
  '&#163;196m). We continue to expect organic revenue growth of 4% to 6%.</p>',
  '</body></html>',
];
const lineOf = (text: string) => release.findIndex((l) => l.includes(text)) + 1;

describe('an earlier range wrapped over two lines: each end cited on its own line, its move answered', () => {
  const e = inlineEngine(release, 'synthetic.html');
  it('cites the line the earlier range ends on', () => {
    const a = e.ask('FY26 adj op profit guide - new range and old range', 'a');
    expect(a.text).toContain('£188 million–£196 million');
    expect(a.citations.map((c) => c.line)).toContain(lineOf('&#163;196m).'));
    expect(a.citations.map((c) => c.line)).toContain(lineOf('(previously &#163;188m'));
  });
  for (const q of ['how much did the midpoint of the adj OP guidance move', 'by how much did the guidance midpoint change?', 'how far has the midpoint of the adjusted operating profit outlook shifted?']) {
    it(`"${q}": the move of the midpoint, £3 million, its inputs cited`, () => {
      const a = e.ask(q, q);
      expect(a.text).toMatch(/raised: that is £3 million/);
      expect(a.citations.map((c) => c.line)).toContain(lineOf('&#163;196m).'));
    });
  }
});
