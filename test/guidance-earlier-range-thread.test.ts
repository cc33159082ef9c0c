// Guidance threads lost the range they referred to (hunt33): after "previous?", "midpoint of previous?" gave the
// current range's midpoint and "raise at midpoint?" the current midpoint; a quarter's "previous?" quoted the year's
// earlier range (a quarter and the year it closes end on one day); a revision table's earlier column was read as no
// range's. The earlier range is now the figure operated on, the move is midpoint to midpoint, and a period with no
// earlier range of its own is declined. Synthetic releases.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';
import { quillmoor } from './support/quillmoor.js';

const prose = quillmoor(
  'For the fourth quarter of 2026, the company expects:',
  '- Revenue of $330.0 million to $334.0 million',
  '',
  'For the full year 2026, the company now expects revenue of $1,250.0 million to $1,256.0 million, raised from $1,240.0 million to $1,246.0 million.',
);
const table = quillmoor(
  '| | Q4 2026 | Full year 2026 (previous) | Full year 2026 (updated) |',
  '|---|---:|---:|---:|',
  '| Revenue ($ millions) | 330.0 – 334.0 | 1,240.0 – 1,246.0 | 1,250.0 – 1,256.0 |',
);

describe.each([
  ['prose', prose],
  ['a revision table', table],
])('guidance thread on %s', (_name, release) => {
  it('"midpoint of previous?" is the earlier range\'s midpoint, never the current one\'s', () => {
    for (const q of ['midpoint of previous?', 'previous midpoint?', "what's the midpoint of the prior range?"]) {
      const e = inlineEngine(release);
      e.ask('FY26 revenue guidance', 't');
      e.ask('previous?', 't');
      const a = e.ask(q, 't');
      expect(a.status, q).toBe('answer');
      expect(a.text, q).toContain('$1,243.0 million');
      expect(a.text, q).not.toContain('$1,253.0 million');
    }
  });

  it('"raise at midpoint?" is the change between the two midpoints', () => {
    for (const q of ['raise at midpoint?', 'midpoint change?', 'how big was the raise at the midpoint?']) {
      const e = inlineEngine(release);
      e.ask('FY26 revenue guidance', 't');
      e.ask('previous?', 't');
      expect(e.ask(q, 't').text, q).toMatch(/\$10\.0 million/);
    }
  });

  it('the quarter\'s "previous?" is declined, never the year\'s earlier range', () => {
    const e = inlineEngine(release);
    expect(e.ask('Q4 revenue guidance', 't').text).toContain('$330.0 million');
    const a = e.ask('previous?', 't');
    expect(a.status).not.toBe('answer');
    expect(a.text).not.toContain('1,240');
    expect(inlineEngine(release).ask('what was the prior Q4 revenue guide?', 'p').text).not.toContain('1,240');
  });
});

describe('a move word is said of its own range', () => {
  // (h33-008: "reiterated ... loan growth of 7% to 9%, and raised its NIM guidance": loan growth was said raised.)
  const two = quillmoor('Management reiterated its 2026 guidance of capital expenditures of $90 million to $100 million, and raised its revenue guidance to $1,250 million to $1,260 million (previously $1,240 million to $1,250 million).');
  it('the range held is said held in the release\'s word, the raised one raised', () => {
    const e = inlineEngine(two);
    const held = e.ask('was capex guidance raised?', 'a').text;
    expect(held).not.toMatch(/was raised/);
    expect(held).toContain('reiterated');
    expect(e.ask('was revenue guidance raised?', 'b').text).toMatch(/raised/);
  });
});
