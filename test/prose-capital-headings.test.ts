// A plain-text release sets a heading in capitals right over its paragraph with no blank line between
// ("CASH AND BALANCE SHEET" / "Free cash flow was £94.2m ..."): the heading was read as the first words of the
// sentence, so the answer named "CASH AND BALANCE SHEET Free cash flow" and dated it by the release date. A line
// in capitals over a line that starts a sentence is a heading of its own. Synthetic release.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const release = [
  'SYNTHETIC MARROWBY STORES PLC',
  'INTERIM RESULTS FOR THE 26 WEEKS TO 27 SEPTEMBER 2026',
  '',
  '12 November 2026',
  '',
  'Synthetic Marrowby Stores plc announces its interim results for the 26 weeks to',
  '27 September 2026 (H1 FY27). All figures are in pounds sterling.',
  '',
  'CASH AND BALANCE SHEET',
  'Free cash flow was £94.2m (H1 FY26: £71.8m). Net debt excluding lease',
  'liabilities fell to £412.5m from £468.0m at 29 March 2026.',
  '',
  'TRADING UPDATE',
  'Group revenue rose 6.0% to £2,184.6m.',
];

describe('a heading in capitals right over its paragraph', () => {
  it('is no part of the first sentence: the line is named as printed and dated by the half', () => {
    const a = inlineEngine(release, 'synthetic-marrowby.txt').ask('free cash flow', 'a');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('94.2');
    expect(a.text).not.toContain('CASH AND BALANCE SHEET');
    expect(a.text).not.toContain('November 12');
  });
  it('another heading of the kind: the sentence below it is read, without the heading', () => {
    const a = inlineEngine(release, 'synthetic-marrowby.txt').ask('group revenue', 'b');
    expect(a.text).toContain('2,184.6');
    expect(a.text).not.toContain('TRADING UPDATE');
  });
});
