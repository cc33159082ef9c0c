// A half-year release whose columns only name their half ("H1 2026", "First half 2026", "HY26") and whose prose dates
// it by its weeks to a day near the month's end ("the 26 weeks ended 28 June 2026", a 52/53-week calendar) is of that
// half: its columns and the prose's "H1 2025" are dated as the release dates them. A table it still cannot date
// ("H1 FY26" with no name dated) is skipped by its line, and the rest of the release, dated by the span it says it
// reports results for, is read: one table never fails the file (hl53 harrowgate). A synthetic issuer, made-up figures.
import { describe, expect, it } from 'vitest';
import { inlineEngine, inlineRelease } from './support/inline.js';

const release = (opening: string, cols: [string, string]) => [
  '# Synthetic Larkspur Bakeries plc', '',
  `Larkspur Bakeries plc today announces its interim results for the ${opening}.`, '',
  'Operating profit rose to £61.0m (H1 2025: £55.2m).', '',
  `| £m | ${cols[0]} | ${cols[1]} |`, '|:---|---:|---:|', '| Revenue | 512.4 | 480.1 |', '| Operating profit | 61.0 | 55.2 |', '',
  'Net cash was £120.5 million at the period end.',
];
let n = 0;

describe('a half named by the calendar is dated by the weeks the release states', () => {
  it.each([
    ['26 weeks ended 28 June 2026 (comparatives: the 26 weeks ended 29 June 2025)', ['H1 2026', 'H1 2025'], 'June 28, 2026', 'June 29, 2025'],
    ['26 weeks to 27 June 2026', ['First half 2026', 'First half 2025'], 'June 27, 2026', 'June 30, 2025'],
    ['twenty-six weeks ended 27 June 2026', ['HY26', 'HY25'], 'June 27, 2026', 'June 30, 2025'],
    ['six months to 30 June 2026', ['HY 2026', 'HY 2025'], 'June 30, 2026', 'June 30, 2025'],
  ] as const)('%s, columns %j', (opening, cols, end, before) => {
    const e = inlineEngine(release(opening, [...cols]), 'larkspur.md');
    const a = e.ask('revenue growth', `hw-${n++}`);
    expect(a.status).toBe('answer');
    expect(a.text).toContain(`£512.4 million in the 6 months ended ${end}`);
    expect(a.text).toContain(`from £480.1 million in the 6 months ended ${before}`);
    const prior = e.ask('operating profit in the prior-year half', `hw-${n++}`);
    expect(prior.text).toContain('£55.2 million');
  });

  it('the prose\'s "H1 2025" is the half its column dates, not the calendar\'s to June 30', () => {
    const r = inlineRelease(release('26 weeks ended 28 June 2026 (comparatives: the 26 weeks ended 29 June 2025)', ['H1 2026', 'H1 2025']), 'larkspur.md');
    const prior = r.facts.filter((f) => f.metric === 'operating_profit' && f.value.toString() === '55.2');
    expect(prior.map((f) => f.source).sort()).toEqual(['narrative', 'table']);
    for (const f of prior) expect(f.period).toMatchObject({ kind: 'duration', months: 6, end: '2025-06-29' });
  });

  it('a table named by fiscal names nothing dates is skipped by its line; the release loads, dated by its results', () => {
    const r = inlineRelease(release('26 weeks ended 28 June 2026', ['H1 FY26', 'H1 FY25']), 'larkspur.md');
    expect(r.skipped.map((s) => s.line)).toEqual([9]);
    const a = inlineEngine(release('26 weeks ended 28 June 2026', ['H1 FY26', 'H1 FY25']), 'larkspur.md').ask('net cash', 'hw-cash');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('£120.5 million');
    expect(a.text).toContain('June 28, 2026');
  });

  it('a release that says no span it reports results for stays refused', () => {
    const lines = release('26 weeks ended 28 June 2026', ['H1 FY26', 'H1 FY25']).map((l) => l.replace('announces its interim results for the', 'notes that the'));
    expect(() => inlineRelease(lines, 'larkspur.md')).toThrow(/cannot tell which quarter the release reports/);
  });
});
