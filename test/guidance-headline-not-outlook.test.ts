// A release's headline that names its outlook among what the company did ("OSTMARK GROWS ORDERS AND RAISES REVENUE
// OUTLOOK FOR 2026", hl52 h52-086/089) was taken for an outlook section's heading: the quarter's results listed
// under it were read as the year's guidance ("FY26 revenue guide" gave the quarter's revenue). A heading with the
// company's verb is a headline; the outlook is read under the outlook's own heading only. Synthetic releases.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const text = [
  'BRENHOLT AG',
  'Quarterly Statement January to September 2026',
  '',
  'BRENHOLT LIFTS MARGIN AND RAISES SALES OUTLOOK FOR 2026',
  '',
  '- Sales up 5.2% to EUR 842.6 million in the third quarter',
  '- Free cash flow of EUR 61.4 million in Q3, up from EUR 48.0 million',
  '',
  'Brenholt AG reported sales of EUR 842.6 million for the third quarter ended 30 September 2026, up 5.2% from',
  'EUR 801.0 million in the third quarter of 2025.',
  '',
  'OUTLOOK',
  '',
  'For fiscal year 2026 the company now expects sales of EUR 3,300 million to EUR 3,400 million.',
];
const markdown = [
  '# Synthetic Harrowgate plc Delivers Record Half and Confirms Full-Year 2026 Guidance',
  '',
  '- Revenue of £512.3 million in the six months ended 30 June 2026, up 4.1%',
  '- Operating cash flow of £88.2 million in the half',
  '',
  'Synthetic Harrowgate plc reported revenue of £512.3 million for the six months ended 30 June 2026.',
  '',
  '## Guidance',
  '',
  'For 2026 the Board expects revenue of £1,050 million to £1,080 million.',
];

describe.each([
  ['a text release in capitals', text, 'sales guidance for 2026', 'EUR 842.6', 'free cash flow outlook 2026', '61.4'],
  ['a markdown title', markdown, 'FY26 revenue guide', '£512.3', 'operating cash flow guidance for 2026', '88.2'],
])('results under a headline naming the outlook (%s)', (_name, lines, question, actual, unguided, unguidedActual) => {
  it("the guidance asked is the outlook section's range, never the quarter's result", () => {
    const a = inlineEngine(lines, _name.includes('text') ? 'synthetic.txt' : 'synthetic.md').ask(question, 'q');
    expect(a.status).toBe('answer');
    expect(a.text).not.toContain(actual);
    expect(a.text).toMatch(/3,300|1,050/);
  });

  it('a line the outlook does not guide is declined, never its result given as guidance', () => {
    const a = inlineEngine(lines, _name.includes('text') ? 'synthetic.txt' : 'synthetic.md').ask(unguided, 'q');
    expect(a.status).not.toBe('answer');
    expect(a.text).not.toContain(unguidedActual);
  });
});

describe("a headline's outlook year", () => {
  it('dates no result listed under it: the quarter\'s sales are never the year\'s', () => {
    const a = inlineEngine(text, 'synthetic.txt').ask('sales for the full year 2026?', 'y');
    expect(a.text).not.toMatch(/842\.6 million in FY2026/);
    expect(a.status).not.toBe('answer');
  });
});
