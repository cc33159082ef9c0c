// A follow-up naming the reported basis by its other names ("and statutory?", "the statutory figure") after an adjusted
// line: "statutory" was read as a word of the statutory lines of other measures, so it declined offering them
// (hl22 Penrose Vale: "and statutory?" after adjusted basic EPS). The basis word swaps the thread line's qualifier
// and keeps its measure: EPS stays EPS, operating profit stays operating profit; with no counterpart, a decline.
// The release is synthetic.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const release = () =>
  inlineEngine([
    'Synthetic Ashgrove Brands plc: interim results for the 26 weeks ended 28 June 2026', '',
    'Ashgrove Brands plc today announces its interim results for the 26 weeks ended 28 June 2026.', '',
    '| £m | H1 2026 | H1 2025 |', '|---|---|---|',
    '| Revenue | 842.3 | 801.6 |',
    '| Adjusted operating profit | 96.4 | 88.1 |',
    '| Statutory operating profit | 71.2 | 69.5 |',
    '| Adjusted EBITDA | 131.7 | 120.9 |', '',
    '| pence | H1 2026 | H1 2025 |', '|---|---|---|',
    '| Adjusted diluted earnings per share | 21.8 | 19.4 |',
    '| Diluted earnings per share | 15.3 | 14.7 |',
  ], 'synthetic.md');

let n = 0;
const thread = (first: string, then: string) => {
  const e = release();
  const c = `other-names-${n++}`;
  e.ask(first, c);
  return e.ask(then, c);
};

describe('the reported basis by its other names swaps the thread line, keeping its measure', () => {
  it.each([
    ['adjusted diluted EPS for H1 2026?', 'and statutory?'],
    ['adj. diluted EPS in the half', 'what about the statutory figure?'],
    ['adjusted diluted EPS for H1 2026?', 'the statutory one?'],
  ])('%s → %s: diluted EPS, never an operating profit', (first, then) => {
    const a = thread(first, then);
    expect(a.text).toContain('15.3');
    expect(a.text).not.toMatch(/operating profit|21\.8|71\.2/i);
  });

  it('operating profit stays operating profit', () => {
    expect(thread('adjusted operating profit H1 2026', 'and statutory?').text).toContain('£71.2 million');
  });

  it('a line with no statutory counterpart: declined, never another measure', () => {
    const a = thread('adjusted EBITDA H1 2026', 'and statutory?');
    expect(a.status).not.toBe('answer');
    expect(a.text).not.toMatch(/71\.2|15\.3|131\.7/);
  });
});
