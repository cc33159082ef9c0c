// A line asked with no period named that the release gives for other periods than its own quarter: a ratio
// measured at mid-year and at the year's start (not at the quarter's end), a line of a nine-months table.
// Its latest figure is the answer, with its date; asked for the quarter's end, it still declines; so does a
// latest figure a year or more before the quarter ends, and a question that points to another measurement.
// Synthetic issuer, made-up figures.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const engine = () =>
  inlineEngine([
    '# Tarnwick Mutual reports third quarter 2026 results',
    '',
    'Tarnwick Mutual today reported results for the third quarter ended 30 September 2026.',
    '',
    'The capital adequacy ratio was 17.8% at 30 June 2026 (31 December 2025: 17.1%); it is measured twice a year.',
    '',
    '## Nine months',
    '',
    '| (£ millions) | 9M 2026 | 9M 2025 |',
    '|---|---:|---:|',
    '| Order intake | 1,412 | 1,288 |',
    '| Operating profit | 221 | 204 |',
    '',
    '## Third quarter',
    '',
    '| (£ millions) | Q3 2026 | Q3 2025 |',
    '|---|---:|---:|',
    '| Operating profit | 80 | 71 |',
  ]);

describe('a line given for other periods than the quarter, asked with no period', () => {
  it('a ratio measured at mid-year is answered with its latest figure and date', () => {
    const a = engine().ask('capital adequacy ratio?', 'latest-1');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('17.8%');
    expect(a.text).toMatch(/June 30, 2026|30 June 2026/);
  });
  it('a line of a nine-months table is answered for the nine months, saying so', () => {
    const a = engine().ask('order intake?', 'latest-2');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('1,412');
    expect(a.text).toMatch(/9 months|nine months/i);
  });
  it('the quarter\'s own figure still answers a line the quarter gives', () => {
    expect(engine().ask('operating profit?', 'latest-3').text).toContain('£80');
  });
  it('asked at the quarter\'s end, it declines', () => {
    const a = engine().ask('capital adequacy ratio at 30 September 2026?', 'latest-4');
    expect(a.status).not.toBe('answer');
    expect(a.text).not.toMatch(/17\.8% (?:at|as of|on)/);
  });
});

describe('the latest figure only where it is recent and the one meant', () => {
  const measured = (sentence: string) =>
    inlineEngine(['# Tarnwick Mutual reports third quarter 2026 results', '', 'Tarnwick Mutual today reported results for the third quarter ended 30 September 2026.', '', sentence, '', '| (£ millions) | Q3 2026 | Q3 2025 |', '|---|---:|---:|', '| Operating profit | 80 | 71 |']);
  it('measured more than a year before the quarter ends: declined, naming the dates it gives', () => {
    const a = measured('The capital adequacy ratio was 17.8% at 30 June 2025 (31 December 2024: 17.1%); it is measured twice a year.').ask('capital adequacy ratio?', 'old');
    expect(a.status).toBe('unknown');
    expect(a.text).toBe("The release doesn't give Capital adequacy ratio for September 30, 2026 (it gives June 30, 2025 and December 31, 2024).");
  });
  it('measured exactly a year before: declined too (the year before, not within it)', () => {
    const a = measured('The capital adequacy ratio was 17.8% at 30 September 2025 (30 June 2025: 17.1%); it is measured twice a year.').ask('capital adequacy ratio?', 'year');
    expect(a.status).toBe('unknown');
  });
  it('a question that points to another measurement than the latest ("the previous"): never the latest given as it', () => {
    const a = measured('The capital adequacy ratio was 17.8% at 30 June 2026 (31 December 2025: 17.1%); it is measured twice a year.').ask('capital adequacy ratio at the previous measurement?', 'prior');
    expect(a.status).toBe('unknown');
    expect(a.text).not.toContain('17.8%');
  });
});
