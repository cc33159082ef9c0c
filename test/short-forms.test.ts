// Short forms an analyst types for lines a release spells out (naming/short-forms.ts), asked of a synthetic
// release inline: the short form printed beside a label, a label's initials, the side of a two-sided label,
// the kind of charge a bare expense row is, a rate without "rate", and the release's own currency named in
// words. Each answered with the line's own figure; an initialism the general lexicon gives another line,
// or two lines sharing one, never answered with a guess.
import { beforeAll, describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const LINES = [
  '# Synthetic Seguros S.A. Reports Third Quarter 2026 Results',
  '',
  'Synthetic Seguros S.A. today reported results for the third quarter ended September 30, 2026.',
  '',
  '## Condensed Statement of Income',
  '',
  '(R$ in millions)',
  '',
  '| | Q3 2026 | Q3 2025 |',
  '|---|---:|---:|',
  '| Net operating revenue | 1,284.5 | 1,102.6 |',
  '| Net investment income | 58.2 | 49.9 |',
  '| Net interest income | 31.7 | 30.2 |',
  '| Research and development | 71.5 | 63.2 |',
  '| Sales and marketing | 20.0 | 18.0 |',
  '| Restructuring and other charges | 17.8 | 14.6 |',
  '| Total operating expenses | 109.3 | 95.8 |',
  '| Operating income (EBIT) | 210.4 | 191.2 |',
  '| Net income (loss) | (15.8) | 12.4 |',
  '| Net income margin (%) | 1.2 | 1.1 |',
  '| Capital expenditures (capex) | 44.1 | 40.3 |',
  '| Free cash flow | 96.3 | 88.0 |',
  '| Dollar-based net retention rate (%) | 114 | 111 |',
];

describe('short forms of the release\'s own labels', () => {
  let engine!: ReturnType<typeof inlineEngine>;
  beforeAll(() => {
    engine = inlineEngine(LINES);
  });
  const ask = (q: string) => engine.ask(q, `short-${q}`);
  it.each([
    ['EBIT q3 2026', '210.4'],
    ['capex this quarter', '44.1'],
    ['FCF Q3 2026', '96.3'],
    ['R&D expense this quarter', '71.5'],
    ['restructuring charges q3 2025', '14.6'],
    ['net loss Q3 2026', '15.8'],
    ['dollar based net retention', '114'],
    ['net rev q3 2026', '1,284.5'],
    ['net income in reais', '15.8'],
  ])('%s → %s', (q, figure) => {
    const a = ask(q);
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain(figure);
  });
  it('an initialism two lines share (NII) is asked about, not guessed', () => {
    const a = ask('NII Q3 2026');
    expect(a.status).not.toBe('answer');
    expect(a.text).toContain('58.2');
    expect(a.text).toContain('31.7');
  });
  it('an initialism the general lexicon gives another line (NIM) is not the net income margin', () => {
    const a = ask('NIM for the quarter');
    expect(a.status).not.toBe('answer');
    expect(a.text).not.toContain('1.2');
  });
  it('another currency named in words declines', () => {
    const a = ask('net income in euros');
    expect(a.status).not.toBe('answer');
    expect(a.text).not.toContain('15.8');
  });
});

describe("analysts' industry shorthand, bound only where the release prints the line (catalog.ts)", () => {
  let engine!: ReturnType<typeof inlineEngine>;
  beforeAll(() => {
    engine = inlineEngine([
      '# Synthetic Mutual Reports Third Quarter 2026 Results',
      '',
      'Synthetic Mutual today reported results for the third quarter ended September 30, 2026.',
      '',
      '- Net premiums earned were $412.4 million, up 6.0%.',
      '- The Company ended the quarter with 3,120 associates.',
    ]);
  });
  const ask = (q: string) => engine.ask(q, `industry-${q}`);
  it('NEP is net premiums earned, a head count is the associates', () => {
    expect(ask('NEP q3 2026').text).toContain('412.4');
    expect(ask('headcount?').text).toContain('3,120');
  });
  it('shorthand for a line the release does not print declines', () => {
    const a = ask('GWP q3 2026');
    expect(a.status).not.toBe('answer');
    expect(a.text).not.toContain('412.4');
  });
});
