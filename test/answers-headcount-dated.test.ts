// A head count whose label carries its date or unit ("Employees at 31 March (number)") is what "headcount" asks for
// (hunt34 vld-03 had declined "headcount" naming the line it meant); a count of something else is not.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const release = (label: string) =>
  inlineEngine([
    '# Synthetic Works Reports First Quarter 2025 Results',
    '',
    'Synthetic Works today reported results for the first quarter ended March 31, 2025.',
    '',
    '| € million | Q1 2025 | Q1 2024 |',
    '|---|---|---|',
    '| Revenue | 1,842 | 1,761 |',
    `| ${label} | 14,870 | 14,215 |`,
  ]);

describe('a dated head count', () => {
  for (const label of ['Employees at 31 March (number)', 'Employees as of March 31', 'Headcount (number)']) {
    it(`"headcount" answers "${label}"`, () => {
      const a = release(label).ask('headcount at end of March', `hc-${label}`);
      expect(a.status).toBe('answer');
      expect(a.text).toContain('14,870');
    });
  }
  it('a count of stores is no headcount', () => {
    expect(release('Stores at 31 March (number)').ask('headcount', 'hc-stores').status).not.toBe('answer');
  });
});
