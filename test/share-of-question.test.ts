// "What share of net income ..." asks a proportion, not a per-share figure: "share" there is no word of a line's
// name, so it never picks "Diluted net income per share" over the net income the question names.
import { beforeAll, describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const release = [
  '# Synthetic Larchmont Software Reports First Quarter 2024 Results',
  '',
  'Synthetic Larchmont Software today reported results for the first quarter ended March 31, 2024.',
  '',
  '| (US$ in thousands, except per share data) | 1Q24 | 1Q23 |',
  '|---|---:|---:|',
  '| Total revenues | 125,000 | 110,000 |',
  '| Net income | 21,000 | 19,000 |',
  '| Net income per share | 0.42 | 0.38 |',
  '| Operating cash flow | 30,000 | 25,000 |',
  '| Operating cash flow per share | 0.61 | 0.50 |',
];

describe('a share of a figure is no per-share line', () => {
  let engine: ReturnType<typeof inlineEngine>;
  beforeAll(() => {
    engine = inlineEngine(release);
  });
  it.each([
    ['what share of net income in 1Q24?', /0\.42/],
    ['what share of total revenues did net income make up in 1Q24?', /0\.42/],
    ['what share of operating cash flow in 1Q24', /0\.61/],
    ['what proportion of operating cash flow in 1Q24?', /0\.61/],
  ])('%s', (q, perShare) => {
    const text = engine.ask(q, `share-of-${q}`).text;
    expect(text).not.toMatch(perShare);
  });
  it('still answers a per-share question', () => {
    expect(engine.ask('net income per share in 1Q24?', 'share-of-eps').text).toMatch(/0\.42/);
    expect(engine.ask('operating cash flow per share in 1Q24?', 'share-of-cfps').text).toMatch(/0\.61/);
  });
});
