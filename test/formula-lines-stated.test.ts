// The printed ratio a release states, where its row says what it is of ("EBITDA margin (% of revenue from
// operations)") or stands under a segment ("Valves (Segment operating margin)"), and segments named after their
// line ("Operating income Flow Control"). A wrong pick here answers a margin with another line's percentage,
// or another segment's.
import { describe, expect, it } from 'vitest';
import { linesOf } from '../src/knowledge/formulas.js';
import type { Metric } from '../src/knowledge/release.js';

const metric = (id: string, label: string, labels: string[] = [label]): Metric => ({ id, label, labels, statement: 'income', children: [], source: 'table' });
/** linesOf over metrics given as [id, label, kind, other labels]. */
const lines = (rows: [string, string, string, string[]?][]) => {
  const kinds = new Map(rows.map(([id, , kind]) => [id, kind]));
  return linesOf(
    rows.map(([id, label, , labels]) => metric(id, label, labels ?? [label])),
    (id) => kinds.get(id),
  );
};

describe('a printed ratio whose row says what it is of', () => {
  it('is the ratio stated, its note set aside', () => {
    const m = lines([
      ['rev', 'Revenue from operations', 'money'],
      ['ebitda', 'EBITDA', 'money'],
      ['pct', 'EBITDA margin (% of revenue from operations)', 'percent'],
    ]);
    expect(m.get('ebitda_margin')?.stated).toBe('pct');
  });

  it('by any of its labels', () => {
    const m = lines([['pct', 'Margin', 'percent', ['Margin', 'EBITDA margin (% of revenue)']]]);
    expect(m.get('ebitda_margin')?.stated).toBe('pct');
  });

  it('a bracket inside the name is no note: "EBITDA (adjusted) margin" is not the EBITDA margin', () => {
    const m = lines([
      ['rev', 'Revenue', 'money'],
      ['ebitda', 'EBITDA', 'money'],
      ['pct', 'EBITDA (adjusted) margin', 'percent'],
    ]);
    expect(m.get('ebitda_margin')?.stated).toBeUndefined();
  });
});

describe("a segment's own printed ratio", () => {
  const segments = () => lines([
    ['rev', 'Net sales', 'money'],
    ['v_sales', 'Valves (Net sales)', 'money'],
    ['v_oi', 'Valves (Operating income)', 'money'],
    ['v_pct', 'Valves (Segment operating margin)', 'percent'],
    ['p_sales', 'Pumps (Net sales)', 'money'],
    ['p_oi', 'Pumps (Operating income)', 'money'],
    ['p_pct', 'Pumps (Segment operating margin)', 'percent'],
    ['s_sales', 'Seals (Net sales)', 'money'],
    ['s_oi', 'Seals (Operating income)', 'money'],
  ]);

  it("is that segment's, never another segment's", () => {
    const m = segments();
    expect(m.get('operating_margin.valves')?.stated).toBe('v_pct');
    expect(m.get('operating_margin.pumps')?.stated).toBe('p_pct');
    // A segment that prints no rate of its own has none stated: it is worked out.
    expect(m.get('operating_margin.seals')?.stated).toBeUndefined();
    expect(m.get('operating_margin.seals')?.numerator).toEqual(['s_oi']);
  });

  it('its name before the line, with no brackets ("Valves Operating margin")', () => {
    const n = lines([
      ['v_sales', 'Valves Net sales', 'money'],
      ['v_oi', 'Valves Operating income', 'money'],
      ['v_pct', 'Valves Operating margin', 'percent'],
    ]);
    expect(n.get('operating_margin.valves')?.stated).toBe('v_pct');
  });
});

describe('a segment named after its line', () => {
  it('the line in lower case, the name capitalised ("Operating income Flow Control"), however spaced', () => {
    const m = lines([
      ['a', 'Net sales Flow Control', 'money'],
      ['b', 'Operating income  Flow Control', 'money'],
      ['c', ' Net sales Motion Systems', 'money'],
      ['d', 'Operating income Motion Systems', 'money'],
    ]);
    expect(m.get('operating_margin.flow_control')?.numerator).toEqual(['b']);
    expect(m.get('operating_margin.flow_control')?.denominator).toEqual(['a']);
    expect(m.get('operating_margin.motion_systems')?.denominator).toEqual(['c']);
  });

  it('a tail with a word in lower case is no name ("Net sales Flow control")', () => {
    const m = lines([
      ['a', 'Net sales Flow control', 'money'],
      ['b', 'Operating income Flow control', 'money'],
    ]);
    expect([...m.keys()].filter((k) => k.includes('.'))).toEqual([]);
  });
});
