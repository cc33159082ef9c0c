// "Half on half" (HoH, h/h) of a half-year release is against the half before it (H2 of the prior fiscal year), never
// the year-ago half: "How did gold production change half on half?" was answered with the headline's +3.6% year on
// year (hl55 h55-114; right: +1.7% against the previous half). The release is synthetic.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const release = () =>
  inlineEngine([
    '# Synthetic Marula Platinum Limited',
    '## Interim results for the six months ended 31 December 2026 (H1 F2027)', '',
    '> All figures in South African rand (R) unless otherwise stated. H1 F2027 refers to the six months ended 31 December 2026; H1 F2026 to the six months ended 31 December 2025; H2 F2026 to the six months ended 30 June 2026.', '',
    '* **Revenue** up 20.0% year on year to **R12,000.0 million**', '',
    '**Income statement (R million)**', '',
    '| | H1 F2027 | H1 F2026 | H2 F2026 |', '|---|---:|---:|---:|',
    '| Revenue | 12,000.0 | 10,000.0 | 11,500.0 |',
    '| Operating profit | 3,000.0 | 2,000.0 | 2,400.0 |',
  ]);

let n = 0;
describe('half on half: against the previous half', () => {
  it.each([
    ['How did revenue change half on half?', /\bup 4\.3%/],
    ['revenue HoH growth', /\bup 4\.3%/],
    ['operating profit h/h change', /\bup 25\.0%/],
    ['operating profit half-over-half?', /\bup 25\.0%/],
  ])('%s', (q, moved) => {
    const a = release().ask(q, `hoh-${n++}`);
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toMatch(moved);
    expect(a.text).toContain('June 30, 2026');
    expect(a.text).not.toMatch(/year over year|20\.0%|50\.0%/);
  });
});
