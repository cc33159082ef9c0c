// A table whose title alone states a minor unit ("**Per-share information (SA cents)**", "Per share (pence)") over
// lines that state none: the lines had no unit note, so their figures were read in the release's currency and a
// headline earnings per share of 1,163 SA cents was answered "R1,163", 100 times too high (hl55 h55-105). The title's
// minor unit is every such line's, as a corner cell's is. The releases are synthetic.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

/** A synthetic half-year release whose per-share table is titled `title`, its amounts under `note`. */
const release = (name: string, note: string, title: string, sign: string) => [
  `# Synthetic ${name} Limited`, '## Interim results for the six months ended 31 December 2026 (H1 F2027)', '',
  `> All figures in ${note} unless otherwise stated. H1 F2027 refers to the six months ended 31 December 2026; H1 F2026 to the six months ended 31 December 2025.`, '',
  `**Income statement (${sign} million)**`, '',
  '| | H1 F2027 | H1 F2026 |', '|---|---:|---:|',
  '| Revenue | 21,531.2 | 17,971.1 |', '',
  `**${title}**`, '',
  '| | H1 F2027 | H1 F2026 |', '|---|---:|---:|',
  '| Basic earnings per share | 1,169 | 740 |',
  '| Headline earnings per share | 1,163 | 741 |',
  '| Dividend per share | 420 | 250 |',
  '| Weighted average shares in issue (million) | 462.3 | 461.8 |',
];

const CASES: [string, string, string, string, RegExp][] = [
  // name, standing note, per-share title, currency sign, what an answer must never say
  ['Karee', 'South African rand (R)', 'Per-share information (SA cents)', 'R', /R1,163|R11\.63\b(?! )/],
  ['Penhale', 'pounds sterling (£)', 'Per share data (pence)', '£', /£1,163/],
  ['Kalgoorlie', 'Australian dollars (A$)', 'Per share (cents)', 'A$', /A\$1,163/],
];

let n = 0;
describe("a table title's minor unit is its lines' unit", () => {
  it.each(CASES)('%s: %s', (name, note, title, sign, never) => {
    const engine = inlineEngine(release(name, note, title, sign), `synthetic-${name.toLowerCase()}-h1-f2027.md`);
    const a = engine.ask('What was headline earnings per share in H1 F2027?', `title-minor-${n++}`);
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toMatch(/1,163 ?(?:SA cents|cents|p)\b/);
    expect(a.text).not.toMatch(never);
    const shares = engine.ask('weighted average shares in issue in H1 F2027?', `title-minor-${n++}`);
    expect(shares.text, shares.text).toMatch(/462\.3\b/);
    expect(shares.text).not.toMatch(/462\.3 ?(?:SA cents|cents|p)\b/);
  });

  it('leaves a title stating a scale to the unit note: amounts, never cents', () => {
    const engine = inlineEngine(release('Vaal', 'South African rand (R)', 'Per-share information (SA cents)', 'R'), 'synthetic-vaal-h1-f2027.md');
    const a = engine.ask('revenue in H1 F2027?', `title-minor-${n++}`);
    expect(a.text).toContain('R21,531.2 million');
  });
});
