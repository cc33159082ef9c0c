// A range whose low end is printed without the scale its high end carries ("$1,650 to $1,700 million") is a
// range at that scale: its low end had been read as $1,650, and the guided midpoint said as "$1,675". A low end
// printed larger than the high end ("$500,000 to $1 million") stays as printed. Synthetic releases.
import { describe, expect, it } from 'vitest';
import type { Release } from '../src/knowledge/release.js';
import { inlineEngine, inlineRelease } from './support/inline.js';

const release = (sentence: string, heading = '## Outlook') => [
  '# Synthetic Tillworth Corp. Reports Second Quarter 2026 Results',
  '',
  'Synthetic Tillworth Corp. today announced results for its second quarter ended June 30, 2026.',
  '',
  '- Net sales were $412.6 million, up 9% from $378.5 million a year earlier.',
  '',
  heading,
  '',
  sentence,
];
const ends = (r: Release, metric: string) =>
  ['low', 'high'].map((role) => {
    const f = r.facts.find((x) => x.metric === metric && x.role === role);
    return f && f.unit.kind === 'money' ? f.value.times(f.unit.scale).toString() : undefined;
  });

describe('a range with its scale word after the high end only', () => {
  it('guidance: both ends in millions, and the midpoint in millions', () => {
    const lines = release('For fiscal 2026, the Company now expects net sales of $1,650 to $1,700 million and adjusted EBITDA of $310 - $325 million.');
    const r = inlineRelease(lines);
    expect(ends(r, 'net_sales')).toEqual(['1650000000', '1700000000']);
    expect(ends(r, 'adjusted_ebitda')).toEqual(['310000000', '325000000']);
    expect(inlineEngine(lines).ask('FY26 net sales guidance midpoint?', 'mid').text).toMatch(/midpoint is \$1,675 million/);
  });
  it('a range in a sentence of results ("between $12 and $15 million")', () => {
    const r = inlineRelease(release('The Company recorded restructuring charges of between $12 and $15 million in the second quarter.', '## Other items'));
    expect(ends(r, 'restructuring_charges')).toEqual(['12000000', '15000000']);
  });
  it('a low end printed larger than the high end keeps its own scale', () => {
    const r = inlineRelease(release('For fiscal 2026, the Company expects other income of $500,000 to $1 million.'));
    expect(ends(r, 'other_income')).toEqual(['500000', '1000000']);
  });
});

describe('a range with its currency sign before the low end only', () => {
  it('guidance: "$1.30-1.36 billion" is a range in dollars, not $1.30 and a bare 1.36 billion', async () => {
    const lines = release('For fiscal 2027, the Company expects net sales of $1.30-1.36 billion and adjusted EBITDA of A$310–325 million.');
    const r = inlineRelease(lines);
    expect(ends(r, 'net_sales')).toEqual(['1300000000', '1360000000']);
    expect(ends(r, 'adjusted_ebitda')).toEqual(['310000000', '325000000']);
    // No line named by the low end's own figure ("net sales of 1 30"), which the broken range had made.
    expect(r.facts.filter((f) => /_1_30|_310/.test(f.metric))).toEqual([]);
    expect(inlineEngine(lines).ask('FY27 net sales guidance?', 'g').text).toMatch(/\$1\.30 billion.*\$1\.36 billion|\$1,300(\.0)? million.*\$1,360(\.0)? million/);
  });
  it('a count after "and" keeps no currency ("$5.2 million and 3,000 stores")', async () => {
    const { tokens } = await import('../src/knowledge/prose/mentions.js');
    expect(tokens('capital of $5.2 million and 3,000 stores').map((t) => t.currency)).toEqual(['USD', null]);
    expect(tokens('a fee of $5 to 6 stores').map((t) => t.currency)).toEqual(['USD', null]);
  });
});
