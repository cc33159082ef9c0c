// The prose reader against its spec corpus (test/fixtures/prose-spec.json): sentences in several
// issuers' styles, each read as a release's bullet under its heading, with the figures that must be
// bound (metric phrase, role, period, basis, direction) and those that must stay unbound.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toBlocks, type TextBlock } from '../src/knowledge/blocks.js';
import { readNarrative, type NarrativeFigure } from '../src/knowledge/narrative.js';
import { periodKey, quarter } from '../src/knowledge/period.js';

interface Expected {
  figure: string;
  label?: string;
  role: NarrativeFigure['role'];
  period: string;
  basis?: string;
  direction?: 'up' | 'down';
  unit?: string;
  /** The figure's scale (1e6 for "$212m") and currency, where the case pins them. */
  scale?: number;
  currency?: string;
  /** A change in percentage points (basis points read as hundredths), and its value as read. */
  points?: boolean;
  value?: string;
}
interface Case {
  style: string;
  quarter: string;
  section?: string;
  text: string;
  expect: Expected[];
  unbound?: { figure: string; role?: NarrativeFigure['role'] }[];
}

const { cases } = JSON.parse(readFileSync('test/fixtures/prose-spec.json', 'utf8')) as { cases: Case[] };

/** The sentence read as the release's reader reads it: a bullet under its heading. */
function read(c: Case): { block: TextBlock; figures: NarrativeFigure[] } {
  const blocks = toBlocks([`### ${c.section ?? 'Business Highlights'}`, '', `- ${c.text}`]);
  const block = blocks.find((b): b is TextBlock => b.kind === 'bullet')!;
  const [, y, q] = /^(\d{4})Q([1-4])$/.exec(c.quarter)!;
  return { block, figures: readNarrative(block, quarter(Number(y), Number(q))).figures };
}

/** Whether the figure stands, as printed, where a bound figure was read. */
const printedAt = (block: TextBlock, f: NarrativeFigure, printed: string) => {
  const at = block.text.slice(f.offset, f.offset + printed.length + 2);
  return at.startsWith(printed) && !/^(?:\d|[.,]\d)/.test(at.slice(printed.length));
};

describe('the prose spec corpus', () => {
  it('holds cases of several styles, with positive and negative examples', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
    expect(cases.filter((c) => c.unbound?.length).length).toBeGreaterThanOrEqual(5);
  });

  for (const c of cases) {
    it(c.style, () => {
      const { block, figures } = read(c);
      const left = [...figures];
      for (const e of c.expect) {
        const i = left.findIndex((f) => printedAt(block, f, e.figure) && f.role === e.role);
        expect(i, `${e.figure} as ${e.role} in: ${figures.map((f) => `${f.label}|${f.role}|${f.value}`).join('; ')}`).toBeGreaterThanOrEqual(0);
        const f = left.splice(i, 1)[0]!;
        if (e.label) expect(f.label.toLowerCase(), e.figure).toBe(e.label.toLowerCase());
        expect(periodKey(f.period), `${e.figure} period`).toBe(e.period);
        if (e.basis) expect(f.basis && periodKey(f.basis), `${e.figure} basis`).toBe(e.basis);
        if (e.direction) expect(f.value.isNegative(), `${e.figure} direction`).toBe(e.direction === 'down');
        if (e.unit) expect(f.unit.kind, `${e.figure} unit`).toBe(e.unit);
        if (e.scale) expect('scale' in f.unit && f.unit.scale, `${e.figure} scale`).toBe(e.scale);
        if (e.currency) expect('currency' in f.unit && f.unit.currency, `${e.figure} currency`).toBe(e.currency);
        if (e.points !== undefined) expect(Boolean(f.points), `${e.figure} in points`).toBe(e.points);
        if (e.value) expect(f.value.toString(), `${e.figure} value`).toBe(e.value);
      }
      for (const u of c.unbound ?? []) {
        const bound = figures.filter((f) => printedAt(block, f, u.figure) && (!u.role || f.role === u.role));
        expect(bound.map((f) => `${f.label}|${f.role}`), `${u.figure} must stay unbound`).toEqual([]);
      }
    });
  }
});
