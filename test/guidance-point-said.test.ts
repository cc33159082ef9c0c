// A point guided ("~20.5 cents", "approximately 36.5%", "around $1,250 million") is one figure, said with the hedge the
// release prints before it: before, it was "between 20.5 cents and 20.5 cents" when set against an actual, and "of 36.5%"
// (more exact than the release) when asked. A range is said as a range. Inline.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../src/intents/engine.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import { inlineEngine } from './support/inline.js';

const lines = (cell: string) => [
  '# Pinecrest Airlines Reports Third Quarter 2026 Results',
  '',
  '| (in millions) | Q3 2026 | Q3 2025 |',
  '|---|---|---|',
  '| Total revenue | $1,210.5 | $1,150.2 |',
  '',
  '## Full Year 2026 Outlook',
  '',
  '| | Current guidance |',
  '|---|---|',
  `| Gross margin | ${cell} |`,
  '| Revenue | $4.52 billion to $4.56 billion |',
];

describe('a point guided', () => {
  it('is said as one figure with the hedge the release prints', () => {
    for (const [cell, said] of [['~36.5%', 'of approximately 36.5%'], ['approximately 36.5%', 'of approximately 36.5%'], ['around 36.5%', 'of around 36.5%'], ['36.5%', 'of 36.5%']]) {
      const a = inlineEngine(lines(cell!)).ask('fiscal 2026 gross margin guidance', 'g');
      expect(a.text, cell).toContain(`Gross margin ${said}.`);
    }
  });

  it('set against an actual not yet reported, is no range "between X and X" (a guidance table\'s "~20.5" cents)', () => {
    const e = createEngine(loadKnowledge(['eval/hl44/docs/serraazul-3q26.md'], () => {}).kb);
    e.ask('CASK ex fuel', 'v');
    const a = e.ask('vs guide?', 'v');
    expect(a.text).not.toMatch(/between 20\.5 cents and 20\.5 cents/);
    expect(a.text).toContain('at approximately 20.5 cents');
  });

  it('a range is still a range', () => {
    expect(inlineEngine(lines('~36.5%')).ask('fiscal 2026 revenue guidance', 'r').text).toContain('between $4.52 billion and $4.56 billion');
  });
});
