// A balance table set on its side, its rows the dates ("As of Jun 30, 2025", "As at 31 December 2024") under a head row
// of line names ("Total assets", "Net assets"): each column is a line named as its header prints it, never "As of total
// assets" nor "assets" with the words its headers share cut off. Synthetic issuer, made-up figures.
import { describe, expect, it } from 'vitest';
import { periodKey } from '../src/knowledge/period.js';
import { inlineEngine, inlineRelease } from './support/inline.js';

const release = (first: string, second: string) => [
  '# Synthetic Tamarind Foods reports results for the six months ended June 30, 2025',
  '',
  'Synthetic Tamarind Foods reported results for the six months ended June 30, 2025.',
  '',
  '(Millions of yen)',
  '',
  '| | Total assets | Total net assets |',
  '|---|---|---|',
  `| ${first} | 412,300 | 230,150 |`,
  `| ${second} | 398,040 | 224,610 |`,
  '',
];

describe.each([
  ['As of Jun 30, 2025', 'As of Dec 31, 2024'],
  ['As at 30 June 2025', 'As at 31 December 2024'],
])('rows "%s" / "%s"', (first, second) => {
  it('names each line as its header prints it, at each row\'s date', () => {
    const r = inlineRelease(release(first, second), 'tamarind.md');
    const at = (metric: string, date: string) => r.facts.find((f) => f.metric === metric && periodKey(f.period) === date)?.value.toString();
    expect(r.facts.filter((f) => f.source === 'table').map((f) => f.label)).not.toContainEqual(expect.stringMatching(/^as (?:of|at)\b|\bas (?:of|at)$/i));
    expect(at('total_assets', '2025-06-30')).toBe('412300');
    expect(at('total_net_assets', '2024-12-31')).toBe('224610');
  });

  it('answers "total assets" at the date asked, cited to its row', () => {
    const a = inlineEngine(release(first, second), 'tamarind.md').ask('Total assets at December 31, 2024?', `as-of-${first}`);
    expect(a.text).toMatch(/398,040/);
    expect(a.citations.map((c) => c.line)).toEqual([10]);
  });
});
