// A table line named by a count noun alone ("Branches", "Stores") in a table of amounts: the label cannot tell
// the amount earned through them from a number of them. Where the line adds into a total of the table it is an
// amount; where it adds into none it is left out by name; never answered as a count ("how many branches?").
import { describe, expect, it } from 'vitest';
import { inlineEngine, inlineRelease } from './support/inline.js';

const byChannel = [
  '# Harbourline Bancorp Reports Third Quarter 2025 Results',
  '',
  'Harbourline Bancorp today reported results for the third quarter ended September 30, 2025.',
  '',
  '## Revenue by channel',
  '',
  '(in thousands of US dollars)',
  '',
  '| Channel | Q3 2025 | Q3 2024 |',
  '|---|---:|---:|',
  '| Branches | 412,900 | 388,100 |',
  '| Digital | 96,400 | 71,200 |',
  '| Total revenue | 509,300 | 459,300 |',
  '',
  '## Operating statistics',
  '',
  '| | Q3 2025 | Q3 2024 |',
  '|---|---:|---:|',
  '| Employees | 6,310 | 6,020 |',
  '| Branches | 212 | 219 |',
];

// Another issuer, another noun, a text table: "Stores" sales add into net sales; "Members" adds into nothing.
const bySegment = [
  'Tallowmere Retail Group announces results for the fourth quarter ended December 31, 2025',
  '',
  'Tallowmere Retail Group today announced results for the fourth quarter of 2025.',
  '',
  'Net sales by format',
  '',
  '(in millions of US dollars)',
  '',
  '\tThree months ended December 31, 2025\tThree months ended December 31, 2024',
  'Stores\t1,204.6\t1,150.2',
  'Online\t310.4\t268.8',
  'Total net sales\t1,515.0\t1,419.0',
  'Members\t48.2\t44.9',
];

describe('a count noun alone in a table of amounts', () => {
  it('is an amount where it adds into the total, and no count is given for it', () => {
    const r = inlineRelease(byChannel);
    const money = r.facts.filter((f) => f.label.startsWith('Branches') && f.unit.kind === 'money');
    expect(money.map((f) => f.value.toNumber())).toEqual([412900, 388100]);
    const engine = inlineEngine(byChannel);
    const text = engine.ask('branches revenue in Q3 2025', 'cna-1').text;
    expect(text).toContain('$412.9 million');
  });

  it('a count of the same noun is read from the table that counts them', () => {
    const a = inlineEngine(byChannel).ask('how many branches in Q3 2025?', 'cna-2');
    expect(a.text).toContain('212');
    expect(a.text).not.toContain('412,900');
  });

  it('another issuer: "Stores" sales are an amount, "Members" beside no total is left out by name', () => {
    const r = inlineRelease(bySegment);
    const stores = r.facts.filter((f) => f.label === 'Stores');
    expect(stores.length).toBeGreaterThan(0);
    for (const f of stores) expect(f.unit).toMatchObject({ kind: 'money', scale: 1e6 });
    expect(r.facts.some((f) => f.label === 'Members')).toBe(false);
    const members = r.tables.flatMap((t) => t.lines).find((l) => l.label === 'Members');
    expect(members?.exclusion).toMatch(/count from an amount/);
    const engine = inlineEngine(bySegment);
    const a = engine.ask('how many stores in Q4 2025?', 'cna-3');
    expect(a.status).not.toBe('answer');
    expect(a.text).not.toContain('1,204');
  });

  it('a count noun in a table with no scale of amounts stays a count', () => {
    const r = inlineRelease(byChannel);
    const employees = r.facts.find((f) => f.label === 'Employees');
    expect(employees?.unit).toMatchObject({ kind: 'count' });
  });

  it('a count noun in a table of operating figures (lines stating other units) under an amounts note is a count', () => {
    const kpis = [
      '# Fernhollow Outfitters reports second quarter 2026 results',
      '',
      'Fernhollow Outfitters today reported results for the second quarter ended June 30, 2026.',
      '',
      '## Operating figures',
      '',
      '(CAD millions, unless otherwise stated)',
      '',
      '| | Q2 2026 | Q2 2025 |',
      '|---|---:|---:|',
      '| Net sales | 318.4 | 301.2 |',
      '| Comparable sales growth (%) | 3.1 | 2.4 |',
      '| Stores | 143 | 139 |',
    ];
    const stores = inlineRelease(kpis).facts.find((f) => f.label === 'Stores');
    expect(stores?.unit).toMatchObject({ kind: 'count', scale: 1 });
    expect(inlineEngine(kpis).ask('how many stores in Q2 2026?', 'cna-4').text).toContain('143');
  });
});
