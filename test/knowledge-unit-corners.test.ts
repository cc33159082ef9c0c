// A table's corner cell may state its unit ("£m", "€ millions", "in ₹ crore", "US$'000"), with its
// exceptions ("(in millions, except per share data)"): the figures are read at that currency and scale,
// and answered so. A corner that states no scale leaves the table unread, and the release says where.
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../src/bot.js';
import { writeTmp } from './knowledge-helpers.js';

const release = (corner: string) => `# Widgetco plc Reports First Quarter 2024 Results

**LONDON, April 25, 2024** — Widgetco plc (LSE: WDG) today reported results for the first quarter ended March 31, 2024.

## Income statement

| ${corner} | Q1 2024 | Q1 2023 |
|---|---|---|
| Revenue | 1,250.5 | 1,100.0 |
| Operating profit | 300.2 | 250.1 |
`;

let n = 0;
const engineWith = (corner: string) => loadEngine({ releases: [writeTmp(`corner-${n++}.md`, release(corner))] });

describe('a unit stated in the corner cell', () => {
  it.each([
    ['£m', 'Revenue was £1,250.5 million in Q1 2024.', 'GBP in millions'],
    ['€ millions', 'Revenue was €1,250.5 million in Q1 2024.', 'EUR in millions'],
    ['EUR m', 'Revenue was €1,250.5 million in Q1 2024.', 'EUR in millions'],
    ['in ₹ crore', 'Revenue was ₹1,250.5 crore in Q1 2024.', 'INR in crores'],
    ['in ₹ lakh', 'Revenue was ₹1,250.5 lakh in Q1 2024.', 'INR in lakhs'],
    ["US$'000", 'Revenue was $1.25 million in Q1 2024.', 'USD in thousands'],
    ["RMB'000", 'Revenue was RMB1.25 million in Q1 2024.', 'RMB in thousands'],
    // A scale and no currency, in a release that names none: the figure in no currency, never dollars guessed.
    ['(in thousands)', 'Revenue was 1.25 million in Q1 2024.', 'thousands (no currency named)'],
    ['(in millions, except per share data)', 'Revenue was 1,250.5 million in Q1 2024.', 'millions (no currency named)'],
    ['US$ millions, except users', 'Revenue was $1.25 billion in Q1 2024.', 'USD in millions'],
    // A scale word in capitals is the same scale ("In Thousands", "MILLIONS", "Billions").
    ['(In Thousands)', 'Revenue was 1.25 million in Q1 2024.', 'thousands (no currency named)'],
    ['(US$ IN MILLIONS)', 'Revenue was $1.25 billion in Q1 2024.', 'USD in millions'],
    ['US$ Billions', 'Revenue was $1,250.5 billion in Q1 2024.', 'USD in billions'],
    // The scale of a currency in words, as a note standing alone says it (hl34's segment table went unread).
    ['(In thousands of U.S. dollars)', 'Revenue was $1.25 million in Q1 2024.', 'USD in thousands'],
    ['(Millions of euros)', 'Revenue was €1,250.5 million in Q1 2024.', 'EUR in millions'],
  ])('%j: the figure at its currency and scale', (corner, text, column) => {
    const a = engineWith(corner).ask('What was revenue in Q1 2024?', 'corner');
    expect(a.text.split('\n')[0]).toBe(text);
    const cells = [{ period: 'Q1 2024', unit: column.replace(' in ', ' '), printed: '1,250.5' }];
    expect(a.citations).toEqual([{ document: expect.stringContaining('corner-'), line: 9, quote: '| Revenue | 1,250.5 | 1,100.0 |', row: 'Revenue', cells }]);
  });

  it.each(['Segment', '($)', '( )'])('%j states no scale: the table is not read, and the error names its line', (corner) => {
    expect(() => engineWith(corner)).toThrow(/:7: no figures found.*no unit note states the scale of its amounts/);
  });
});
