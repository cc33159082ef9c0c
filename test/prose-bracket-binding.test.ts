// A bracketed earlier figure ("(Q1 2025: $195.0 million)", "(prior year: ...)", "(2025: ...)", "(pcp: ...)") is the
// earlier figure of the one figure it follows, of that figure's kind, where no other figure of that kind precedes it
// in its clause: after a list ("net income ..., or ... per diluted share, and revenue of $Z (Q1 2025: $W)") it may be
// the head's or the last's, after a per-share figure it is never the amount's, and it is never answered as either.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const QUARTER = [
  '# Synthetic Quillon Tools plc -- Q1 2026 results', '',
  'Synthetic Quillon Tools plc today announced results for the first quarter ended March 31, 2026.', '',
  '- Net income of $31.2 million, or $0.62 per diluted share, and revenue of $214.9 million (Q1 2025: $195.0 million).',
  '- Operating profit of $40.1 million, or $0.80 per share (Q1 2025: $30.0 million).',
  '- Adjusted EBITDA of $55.0 million, or $1.10 per diluted share (Q1 2025: $0.95).',
  '- Gross profit of $94.8 million, up 11.8% (prior year: $84.8 million).',
  '- Free cash flow was $18.0 million (2025: 12.0).',
  '- Capital expenditure was $9.0 million (Q1 2025: $12.0 million).',
];
const HALF = [
  'SYNTHETIC WARATAH PORTS LIMITED', '',
  'Waratah Ports today reported its results for the half-year ended 31 December 2025.', '',
  '- Revenue of A$812.3 million (pcp: A$725.3 million).',
  '- Net profit after tax of A$88.0 million and EBITDA of A$150.0 million (pcp: A$130.0 million).',
];
let n = 0;
const ask = (lines: string[], q: string, name = 'synthetic.md') => inlineEngine(lines, name).ask(q, `br-${n++}`);

describe('a bracketed earlier figure is of the one figure it follows, of its kind', () => {
  it.each([
    ['revenue Q1 2025', QUARTER, '195.0'],
    ['net income Q1 2025', QUARTER, '195.0'],
    ['operating profit Q1 2025', QUARTER, '30.0'],
    ['adjusted EBITDA Q1 2025', QUARTER, '0.95'],
    ['gross profit Q1 2025', QUARTER, '84.8'],
    ['free cash flow Q1 2025', QUARTER, '12.0'],
  ])('%#: %s is not answered with a bracket that is not its own', (q, lines, figure) => {
    const a = ask(lines, q);
    expect(a.status).not.toBe('answer');
    expect(a.text).not.toContain(figure);
  });
  it.each([
    ['capital expenditure Q1 2025', QUARTER, 'synthetic.md', '$12.0 million in Q1 2025'],
    ['adjusted EBITDA per diluted share Q1 2025', QUARTER, 'synthetic.md', '$0.95 in Q1 2025'],
    ['revenue pcp', HALF, 'synthetic.txt', 'A$725.3 million in the 6 months ended December 31, 2024'],
  ])('%#: %s is the bracket right after its figure', (q, lines, name, said) => {
    const a = ask(lines, q, name);
    expect(a.status).toBe('answer');
    expect(a.text).toContain(said);
  });
  it('"(pcp: ...)" after a list of two amounts is neither\'s', () => {
    const a = ask(HALF, 'EBITDA pcp', 'synthetic.txt');
    expect(a.text).not.toContain('130.0');
  });
});

describe("a bracketed comparison's period dates the figure inside it, never the one before it", () => {
  // (The interim dividend of ₹4.25 was dated Q2 FY26 by the bracket after it, so "Q2 FY26 dividend" gave ₹4.25.)
  const INTERIM = [
    '# Synthetic Kaveri Mills Limited - Q2 FY27 results', '',
    'Kaveri Mills reports results for the quarter and half year ended 30 September 2026 (Q2 FY27).', '',
    '- Revenue from operations of ₹1,204.6 crore, up 9.1% YoY.', '',
    'The Board declared an interim dividend of ₹4.25 per equity share (Q2 FY26 interim: ₹3.75) for FY27.',
  ];
  it("the earlier interim is the bracket's figure", () => {
    const a = ask(INTERIM, 'Q2 FY26 dividend');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('3.75');
    expect(a.text).not.toContain('4.25');
  });
  it("the dividend declared is not said to be of the bracket's period", () => {
    const a = ask(INTERIM, 'whats the dividend');
    expect(a.text).toContain('4.25');
    expect(a.text).not.toMatch(/Q2 2026/);
  });
});
