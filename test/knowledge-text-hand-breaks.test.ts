// A plain-text line ended by hand well short of the prose's width, the next line opening a sentence (a headline's
// deck: "Third quarter net sales up 6.1%; adjusted EPS of $1.42" over "Updates full-year 2026 guidance"), is a
// statement of its own. Joined, the quarter's figure was read with the next line's words as full-year guidance,
// and "FY26 adjusted EPS guidance" answered with the quarter's EPS. Wrapped prose stays one sentence.
import { describe, expect, it } from 'vitest';
import { inlineEngine, inlineRelease } from './support/inline.js';

const LINES = [
  'HARBOUR LANE FOODS, INC. REPORTS THIRD QUARTER FISCAL 2026 RESULTS',
  '',
  'Third quarter net sales up 6.1%; adjusted EPS of $1.42',
  'Updates full-year 2026 guidance',
  '',
  'BOSTON, Mass., November 4, 2026 -- Harbour Lane Foods, Inc. (NYSE: HLF) today announced results for the',
  'thirteen weeks ended October 3, 2026 (the "third quarter of fiscal 2026"). Net sales were $845.0 million,',
  'up 6.1%, and adjusted earnings per share were $1.42, compared with $1.30 in the third quarter of fiscal 2025.',
  '',
  'Full-Year 2026 Guidance',
  'For fiscal 2026, the Company now expects adjusted earnings per share of $5.40 to $5.60 (previously $5.20 to',
  '$5.50) and net sales growth of 4% to 5%.',
];

describe('a line broken by hand in plain text', () => {
  it('is no part of the next line: the quarter\'s EPS is no guidance', () => {
    const r = inlineRelease(LINES, 'harbour.txt');
    const guided = r.facts.filter((f) => f.role === 'low' || f.role === 'high').map((f) => f.value.toString());
    expect(guided).not.toContain('1.42');
    expect(guided).toEqual(expect.arrayContaining(['5.4', '5.6', '4', '5']));
  });
  it('answers the full-year EPS guidance from the guidance, wrapped over two lines', () => {
    const a = inlineEngine(LINES, 'harbour.txt').ask('FY26 adjusted EPS guidance', 'hand-break-eps');
    expect(a.text).toMatch(/\$5\.40.*\$5\.60/);
    expect(a.text).not.toContain('1.42');
  });
});
