// A follow-up saying only a basis ("on a cash basis?", "in constant currency terms") qualifies the thread's line: its
// line on that basis, or a decline naming the basis. After a turn declined for its period it had jumped to a line
// merely sharing the word: "on a cash basis?" after same-store NOI growth answered "Cash and cash equivalents were
// $104.3 million" (hl55 h55-087). The release is synthetic.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const release = () =>
  inlineEngine([
    '# Synthetic Pelican Industrial Trust Reports Third Quarter 2026 Results', '',
    'Synthetic Pelican Industrial Trust today reported results for the third quarter ended September 30, 2026.', '',
    '| ($ in thousands) | Q3 2026 | Q3 2025 |', '|---|---|---|',
    '| Total revenues | 153,400 | 140,100 |',
    '| Same-property NOI | 99,408 | 94,826 |',
    '| Same-property cash NOI | 95,120 | 90,332 |', '',
    '| ($ in thousands) | September 30, 2026 | December 31, 2025 |', '|---|---|---|',
    '| Cash and cash equivalents | 104,300 | 98,200 |', '',
    '## 2026 Guidance', '',
    '| | Updated | Prior |', '|---|---|---|',
    '| Same-property NOI growth | 4.25% – 4.75% | 3.75% – 4.75% |',
  ]);

let n = 0;
const thread = (first: string, then: string) => {
  const e = release();
  const c = `basis-${n++}`;
  e.ask(first, c);
  return e.ask(then, c);
};

describe('a basis said alone qualifies the thread\'s line', () => {
  it.each([
    ['same-property NOI in Q3 2026', 'on a cash basis?'],
    ['Same property NOI growth in the quarter', 'on a cash basis?'],
    ['Same property NOI growth in the quarter', 'and in cash terms'],
  ])('%s → %s: the cash line of the thread, never cash and cash equivalents', (first, then) => {
    const a = thread(first, then);
    expect(a.text).toContain('Same-property cash NOI');
    expect(a.text).toContain('$95.1 million');
    expect(a.text).not.toMatch(/Cash and cash equivalents|\$104\.3/);
  });

  it('a line with no such basis: declined naming it, never a line sharing the word', () => {
    const a = thread('total revenues in Q3 2026', 'on a cash basis?');
    expect(a.status).not.toBe('answer');
    expect(a.text).toContain('cash');
    expect(a.text).not.toMatch(/\$104\.3|\$95\.1/);
  });
});
