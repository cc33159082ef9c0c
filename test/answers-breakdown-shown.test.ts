// A breakdown (handlers/breakdown.ts) as a user reads it: the total, its period, and each line it adds up
// with its share of the total, each cited; "of which" for the parts named, "made up of" for all of them;
// a line that breaks into none, or a period with no total, declined with what there is; a family of lines
// named by their head word, each line; a chart only when asked, bars or one stacked bar for a mix.
// A release of our own.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer, Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

let pellham: Engine;
beforeAll(() => {
  pellham = inlineEngine([
    '# Pellham Software Reports Second Quarter 2026 Results',
    '',
    'Pellham Software today reported results for the second quarter ended June 30, 2026.',
    '',
    '| (US$ in thousands) | Q2 2025 | Q2 2026 |',
    '|---|---|---|',
    '| Sales and marketing | 40,000 | 45,000 |',
    '| General and administrative | 20,000 | 25,000 |',
    '| Research and development | 30,000 | 30,000 |',
    '| Total operating expenses | 90,000 | 100,000 |',
    '| Subscription revenue | 150,000 | 180,000 |',
    '| Services revenue | 50,000 | 20,000 |',
    '| Total revenue | 200,000 | 200,000 |',
    '| Provision for loan losses | 3,000 | 4,000 |',
    '| Provision for credit losses on receivables | 1,000 | 2,000 |',
  ]);
});

let n = 0;
const ask = (q: string): Answer => pellham.ask(q, `breakdown-${n++}`);
const lines = (a: Answer) => a.citations.map((c) => c.line);

describe('a total broken into its lines', () => {
  it('every line, each with its share of the total, the total and its lines cited', () => {
    const a = ask('break down total operating expenses');
    expect(a.text).toBe(
      'Total operating expenses was $100.0 million in Q2 2026, made up of:\n- Sales and marketing: $45.0 million (45.0%)\n- General and administrative: $25.0 million (25.0%)\n- Research and development: $30.0 million (30.0%)',
    );
    expect(lines(a)).toEqual([7, 8, 9, 10]);
    expect(a.chart).toBeUndefined();
  });
  it('the parts named: "of which", only those', () => {
    const a = ask('split of opex between S&M and G&A');
    expect(a.text).toBe('Total operating expenses was $100.0 million in Q2 2026, of which:\n- Sales and marketing: $45.0 million (45.0%)\n- General and administrative: $25.0 million (25.0%)');
    expect(lines(a)).toEqual([7, 8, 10]);
  });
  it('"X & what\'s in them": the line and its parts, never the total alone with the second ask dropped', () => {
    for (const q of ['total revenue & whats in them', 'total revenue, what is in it?']) {
      expect(ask(q).text).toBe('Total revenue was $200.0 million in Q2 2026, made up of:\n- Subscription revenue: $180.0 million (90.0%)\n- Services revenue: $20.0 million (10.0%)');
    }
  });
  it('the period asked, from its column', () => {
    expect(ask('break down total revenue in Q2 2025').text).toBe('Total revenue was $200.0 million in Q2 2025, made up of:\n- Subscription revenue: $150.0 million (75.0%)\n- Services revenue: $50.0 million (25.0%)');
  });
});

describe('declined with what there is', () => {
  it('a line that adds up no lines: the totals that do', () => {
    const a = ask('break down sales and marketing');
    expect(a.status).toBe('unknown');
    expect(a.text).toBe("The release doesn't break sales and marketing down into lines. Lines it breaks down: total operating expenses, total revenue.");
  });
  it('a period the release has no total for', () => {
    const a = ask('break down total operating expenses in Q4 2024');
    expect(a.status).toBe('unknown');
    expect(a.text).toBe("The release doesn't give Total operating expenses for that period.");
  });
});

describe('a family of lines named by their head word', () => {
  it('each line with its figure and period, each cited', () => {
    const a = ask('break down the provision lines');
    expect(a.text).toBe('The 2 such lines of the release:\n- Provision for loan losses: $4.00 million in Q2 2026\n- Provision for credit losses on receivables: $2.00 million in Q2 2026');
    expect(lines(a)).toEqual([14, 15]);
  });
});

describe('a chart only when asked', () => {
  it('a breakdown charted: bars of the parts, in the release unit, the total and its lines as sources', () => {
    expect(ask('chart the breakdown of total operating expenses').chart).toEqual({
      kind: 'bar',
      title: 'Pellham Software: total operating expenses by line (USD thousands), Q2 2026',
      unit: 'USD thousands',
      categories: ['Sales and marketing', 'General and administrative', 'Research and development'],
      series: [{ name: 'Q2 2026', values: [45000, 25000, 30000] }],
      sources: ['synthetic.md:10', 'synthetic.md:7', 'synthetic.md:8', 'synthetic.md:9'],
    });
  });
  it('a mix charted: the parts stacked in one bar; the mix unasked for a chart has none', () => {
    expect(ask('chart the revenue mix').chart).toMatchObject({ kind: 'stacked', categories: ['Subscription revenue', 'Services revenue'], series: [{ name: 'Q2 2026', values: [180000, 20000] }] });
    const mix = ask('revenue mix');
    expect(mix.text).toBe('Total revenue was $200.0 million in Q2 2026, made up of:\n- Subscription revenue: $180.0 million (90.0%)\n- Services revenue: $20.0 million (10.0%)');
    expect(mix.chart).toBeUndefined();
  });
});

describe('a family asked for a chart, a period none of it has, and no line named', () => {
  it('a family charted: bars of its lines, each cited', () => {
    const a = ask('chart the breakdown of the provision lines');
    expect(a.text).toBe('The 2 such lines of the release:\n- Provision for loan losses: $4.00 million in Q2 2026\n- Provision for credit losses on receivables: $2.00 million in Q2 2026');
    expect(a.chart).toEqual({
      kind: 'bar',
      title: 'Pellham Software: the 2 lines (USD thousands), Q2 2026',
      unit: 'USD thousands',
      categories: ['Provision for loan losses', 'Provision for credit losses on receivables'],
      series: [{ name: 'Q2 2026', values: [4000, 2000] }],
      sources: ['synthetic.md:14', 'synthetic.md:15'],
    });
  });
  it('a family in a period the release has none of its lines for: declined, no figure', () => {
    const a = ask('break down the provision lines in Q4 2024');
    expect(a.status).toBe('unknown');
    expect(a.text).toBe("The release doesn't give those lines for that period.");
  });
  it('"break it down" with no line named: declined naming the totals that break down', () => {
    const a = ask('break it down');
    expect(a.status).toBe('unknown');
    expect(a.text).toBe("The release doesn't break that down into lines. Lines it breaks down: total operating expenses, total revenue.");
  });
});

/** The opening of the Quorral releases below: title, dateline and the table's header. */
const QUORRAL = [
  '# Quorral Devices Reports Second Quarter 2026 Results',
  '',
  'Quorral Devices today reported results for the second quarter ended June 30, 2026.',
  '',
  '| (US$ in thousands) | Q2 2025 | Q2 2026 |',
  '|---|---|---|',
];

describe('a total of a single line', () => {
  it('is not offered among the lines the release breaks down (it adds up nothing but itself)', () => {
    const engine = inlineEngine([
      ...QUORRAL,
      '| Product revenue | 150,000 | 180,000 |',
      '| Services revenue | 50,000 | 20,000 |',
      '| Total revenue | 200,000 | 200,000 |',
      '| Restructuring charges | 8,000 | 9,000 |',
      '| Total other charges | 8,000 | 9,000 |',
    ]);
    const a = engine.ask('break down product revenue', 'one-line-total');
    expect(a.status).toBe('unknown');
    expect(a.text).toBe("The release doesn't break product revenue down into lines. Lines it breaks down: total revenue.");
  });
});

describe('a release that breaks no line down', () => {
  it('says so, with no empty list of lines (hl34: "Lines it breaks down: .")', () => {
    const engine = inlineEngine([
      ...QUORRAL,
      '| Revenue | 200,000 | 200,000 |',
      '| Net income | 8,000 | 9,000 |',
    ]);
    const a = engine.ask('break down net income', 'no-totals');
    expect(a.status).toBe('unknown');
    expect(a.text).toBe("The release doesn't break net income down into lines, nor any other line.");
  });
});

describe('a total printed as nil ("—")', () => {
  it('its lines without a share of it (no share of nil is taken)', () => {
    const engine = inlineEngine([
      ...QUORRAL,
      '| Gain on investments | 1,000 | 2,500 |',
      '| Loss on disposals | (1,000) | (500) |',
      '| Total other gains (losses), net | — | 2,000 |',
    ]);
    const a = engine.ask('break down total other gains (losses), net in Q2 2025', 'nil-total');
    expect(a.text).toMatch(/^Total other gains \(losses\), net was nil in Q2 2025, made up of:\n- Gain on investments: \$1\.00 million\n- Loss on disposals: [^\n]*1\.00 million$/);
    expect(a.text).not.toContain('%');
    expect(a.citations.map((c) => c.line)).toEqual([7, 8, 9]);
  });
});
