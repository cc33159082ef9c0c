// Quarterly reports as Australian and other issuers lay them out (synthetic issuers, made-up figures):
// columns headed by the quarter's last month and year ("Dec 2025 Qtr", "September 2025 quarter"), a
// tab-separated table whose corner cell states the unit ("A$ millions", "NZ$000"), and a row whose unit
// is one letter ("Copper produced (t)", no footnote mark). Each used to leave the table unread.
import { beforeAll, describe, expect, it } from 'vitest';
import { periodKey } from '../src/knowledge/period.js';
import type { Release } from '../src/knowledge/release.js';
import { inlineEngine, inlineRelease } from './support/inline.js';

const fact = (r: Release, metric: string, period: string) => r.facts.find((f) => f.source === 'table' && f.metric === metric && periodKey(f.period) === period && f.role === 'value');

const MINER = [
  '# Wattle Creek Mining Limited (ASX: WCM)',
  '',
  'Wattle Creek Mining reports results for the three months to 31 December 2025.',
  '',
  '### Production',
  '',
  '| Operating metric | Dec 2025 Qtr | Sep 2025 Qtr | Dec 2024 Qtr |',
  '|---|---:|---:|---:|',
  '| Ore processed (kt) | 2,310 | 2,145 | 1,980 |',
  '| Copper produced (t) | 4,120 | 3,905 | 4,480 |',
  '| Gold produced (oz) | 51,200 | 48,730 | 44,015 |',
  '',
  '### Financial results',
  '',
  'A$ millions\tThree months to 31 December 2025\tThree months to 31 December 2024',
  'Revenue\t212.4\t180.0',
  'Net profit after tax\t41.6\t35.2',
];

describe('an Australian quarterly: "Dec 2025 Qtr" columns, a unit in a tab table\'s corner cell, "(t)"', () => {
  let r: ReturnType<typeof inlineRelease>;
  beforeAll(() => {
    r = inlineRelease(MINER, 'wcm.md');
  });

  it('loads every table, the columns as quarters (never as a month)', () => {
    expect(r.skipped).toEqual([]);
    expect(fact(r, 'gold_produced', '2024Q4')?.value.toString()).toBe('44015');
    expect(fact(r, 'gold_produced', '2025Q3')?.value.toString()).toBe('48730');
  });

  it('reads the corner cell as the table\'s currency and scale', () => {
    expect(fact(r, 'revenue', '2025Q4')?.value.toString()).toBe('212.4');
    expect(fact(r, 'revenue', '2025Q4')!.unit).toEqual({ kind: 'money', currency: 'AUD', scale: 1e6 });
  });

  it('keeps "(t)" as the line\'s unit (no footnote mark), as "kt" is', () => {
    expect(fact(r, 'copper_produced', '2025Q4')!.unit).toEqual({ kind: 'count', scale: 1, noun: 't' });
    expect(fact(r, 'ore_processed', '2025Q4')!.unit).toEqual({ kind: 'count', scale: 1, noun: 'kt' });
  });

  it('answers the quarter named by its month, and against the prior corresponding period', () => {
    const engine = inlineEngine(MINER, 'wcm.md');
    expect(engine.ask('copper produced dec-24 qtr', 'a').text).toMatch(/^Copper produced \(t\) was 4,480 t in Q4 2024/);
    expect(engine.ask('revenue vs the pcp', 'b').text).toMatch(/^Revenue was A\$212.4 million in Q4 2025, up 18.0% year over year, from A\$180.0 million in Q4 2024/);
  });
});

describe('a second layout: a plain-text release, the unit "NZ$000" in the corner, "September 2025 quarter" headers', () => {
  let r: ReturnType<typeof inlineRelease>;
  beforeAll(() => {
    r = inlineRelease([
      'Kahu Dairy Co-operative Limited (NZX: KDC) – results for the September 2025 quarter',
      '',
      'NZ$000\tSeptember 2025 quarter\tJune 2025 quarter\tSeptember 2024 quarter',
      'Milk solids collected (t)\t18,402\t9,115\t17,960',
      'Revenue\t642,118\t388,007\t601,322',
    ], 'kahu.txt');
  });

  it('reads the table, the tonnes a count and the revenue in thousands of NZ dollars', () => {
    expect(r.skipped).toEqual([]);
    expect(fact(r, 'milk_solids_collected', '2024Q3')?.value.toString()).toBe('17960');
    expect(fact(r, 'milk_solids_collected', '2025Q3')!.unit).toEqual({ kind: 'count', scale: 1, noun: 't' });
    expect(fact(r, 'revenue', '2025Q2')!.unit).toEqual({ kind: 'money', currency: 'NZD', scale: 1e3 });
  });
});
