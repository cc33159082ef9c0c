// Which of a release's lines play a ratio's parts (knowledge/formulas.ts linesOf): the line that prints the
// ratio itself, the cost line that leaves the numerator, the total before its parts, a segment's own
// ratio. A wrong pick is a wrong figure (a margin over the wrong revenue, a non-GAAP margin shown as
// GAAP), so each part is held to labels that must and must not play it.
import { describe, expect, it } from 'vitest';
import type { Fact } from '../src/knowledge/fact.js';
import { FORMULAS, formulaLines, linesOf } from '../src/knowledge/formulas.js';
import type { Metric } from '../src/knowledge/release.js';

const metric = (id: string, label: string, labels: string[] = [label]): Metric => ({ id, label, labels, statement: 'income', children: [], source: 'table' });
/** linesOf over metrics given as [id, label, kind]. */
const lines = (rows: [string, string, string][]) => {
  const kinds = new Map(rows.map(([id, , kind]) => [id, kind]));
  return linesOf(
    rows.map(([id, label]) => metric(id, label)),
    (id) => kinds.get(id),
  );
};

describe('the printed ratio, the cost line, the parts: labels that fit and labels that do not', () => {
  const CASES: [string, 'stated' | 'cost' | 'numerator' | 'denominator', string, boolean][] = [
    ['gross_margin', 'stated', 'Gross margin', true],
    ['gross_margin', 'stated', 'GAAP gross profit margin', true],
    ['gross_margin', 'stated', 'Non-GAAP gross margin', false],
    ['gross_margin', 'stated', 'Gross margin expansion', false],
    ['gross_margin', 'stated', 'GAAP gross margin', true],
    ['gross_margin', 'stated', 'Gross profit margin', true],
    ['gross_margin', 'numerator', 'Non-GAAP gross profit', false],
    ['gross_margin', 'numerator', 'Gross profit per unit', false],
    ['gross_margin', 'cost', 'Total cost of revenues', true],
    ['gross_margin', 'cost', 'Cost of revenue', true],
    ['gross_margin', 'cost', 'Cost of net sales', true],
    ['gross_margin', 'cost', 'Cost of sales', true],
    ['gross_margin', 'cost', 'Unit cost of sales', false],
    ['gross_margin', 'cost', 'Cost of sales excluding depreciation', false],
    ['gross_margin', 'denominator', 'Revenues', true],
    ['gross_margin', 'denominator', 'Consolidated net revenue', true],
    ['gross_margin', 'denominator', 'Sales', true],
    ['gross_margin', 'denominator', 'Deferred sales', false],
    ['gross_margin', 'denominator', 'Net sales growth', false],
    ['gross_margin', 'denominator', 'Sales, net of returns and allowances, adjusted', false],
    ['gross_margin', 'denominator', 'Other sales, net of returns and allowances', false],
    ['operating_margin', 'stated', 'Operating margin', true],
    ['operating_margin', 'stated', 'Operating profit margin', true],
    ['operating_margin', 'stated', 'Non-GAAP operating margin', false],
    ['operating_margin', 'stated', 'Operating margin change', false],
    ['operating_margin', 'numerator', 'Operating income (loss)', true],
    ['operating_margin', 'numerator', 'Segment operating income', true],
    ['operating_margin', 'numerator', 'Income from operations (GAAP)', true],
    ['operating_margin', 'numerator', 'Adjusted operating income', false],
    ['operating_margin', 'numerator', 'Operating income per share', false],
    ['non_gaap_operating_margin_computed', 'numerator', 'Non-GAAP operating income', true],
    ['non_gaap_operating_margin_computed', 'numerator', 'Non-GAAP income from operations', true],
    ['non_gaap_operating_margin_computed', 'numerator', 'Non-GAAP operating income growth', false],
    ['non_gaap_operating_margin_computed', 'numerator', 'Reconciling items to non-GAAP operating income', false],
    ['non_gaap_operating_margin_computed', 'stated', 'Non-GAAP operating margin', true],
    ['non_gaap_operating_margin_computed', 'stated', 'Non-GAAP operating margin expansion', false],
    ['non_gaap_operating_margin_computed', 'stated', 'Change in non-GAAP operating margin', false],
    ['net_income_margin', 'numerator', 'Net income (loss)', true],
    ['net_income_margin', 'numerator', 'Net income/(loss)', true],
    ['net_income_margin', 'numerator', 'Net income / (loss)', true],
    ['net_income_margin', 'numerator', 'Net profit', true],
    ['net_income_margin', 'numerator', 'Net income x(loss)', false],
    ['net_income_margin', 'numerator', 'Net income  (loss) adjusted', false],
    ['net_income_margin', 'numerator', 'Non-GAAP net income', false],
    ['net_income_margin', 'numerator', 'Net incomes (loss)', false],
    ['net_income_margin', 'numerator', 'Net income(loss)', true],
    ['net_income_margin', 'stated', 'Net income margin', true],
    ['net_income_margin', 'stated', 'GAAP net margin', true],
    ['net_income_margin', 'stated', 'Net profit margin', true],
    ['net_income_margin', 'stated', 'Non-GAAP net margin', false],
    ['net_income_margin', 'stated', 'Net margin expansion', false],
    ['non_gaap_net_income_margin_computed', 'numerator', 'Non-GAAP net income', true],
    ['non_gaap_net_income_margin_computed', 'numerator', 'Non-GAAP net income per share', false],
    ['non_gaap_net_income_margin_computed', 'numerator', 'Reconciliation to non-GAAP net income', false],
    ['non_gaap_net_income_margin_computed', 'stated', 'Non-GAAP net income margin', true],
    ['non_gaap_net_income_margin_computed', 'stated', 'Non-GAAP net margin', true],
    ['non_gaap_net_income_margin_computed', 'stated', 'Non-GAAP net margin change', false],
    ['non_gaap_net_income_margin_computed', 'stated', 'Adjusted non-GAAP net margin', false],
    ['effective_tax_rate', 'numerator', 'Income tax expense (benefit)', true],
    ['effective_tax_rate', 'numerator', 'Income tax', true],
    ['effective_tax_rate', 'numerator', 'Provision for income taxes', true],
    ['effective_tax_rate', 'numerator', 'Deferred income tax expense', false],
    ['effective_tax_rate', 'numerator', 'Income taxes paid', false],
    ['effective_tax_rate', 'denominator', 'Income before income tax expense', true],
    ['effective_tax_rate', 'denominator', 'Earnings (loss) before income taxes', true],
    ['effective_tax_rate', 'denominator', 'Income before taxes', true],
    ['effective_tax_rate', 'denominator', 'Income before income tax', true],
    ['effective_tax_rate', 'denominator', 'Share of income before income taxes', false],
    ['effective_tax_rate', 'denominator', 'Income before income taxes and equity method', false],
    ['effective_tax_rate', 'stated', 'Effective tax rate', true],
    ['effective_tax_rate', 'stated', 'Effective income tax rate', true],
    ['effective_tax_rate', 'stated', 'Non-GAAP effective tax rate', false],
    ['effective_tax_rate', 'stated', 'Effective tax rate change', false],
    ['current_ratio', 'numerator', 'Total current assets', true],
    ['current_ratio', 'numerator', 'Other total current assets', false],
    ['current_ratio', 'numerator', 'Total current assets held for sale', false],
    ['current_ratio', 'denominator', 'Total current liabilities', true],
    ['current_ratio', 'denominator', 'Non-total current liabilities', false],
    ['current_ratio', 'denominator', 'Total current liabilities and equity', false],
  ];
  it.each(CASES.map((c) => [`${c[0]} ${c[1]} ${c[3] ? '←' : '✗'} ${c[2]}`, c] as const))('%s', (_n, [id, part, label, fits]) => {
    const f = FORMULAS.find((x) => x.id === id)!;
    expect(f[part]?.test(label.toLowerCase().replace(/\s+/g, ' ')) ?? false).toBe(fits);
  });

  it('every formula has a label a user reads, and only the current ratio is a multiple', () => {
    for (const f of FORMULAS) expect(f.label).toMatch(/^[A-Z][a-zA-Z -]+(?:margin|rate|ratio)$/);
    expect(FORMULAS.filter((f) => f.times).map((f) => f.id)).toEqual(['current_ratio']);
  });
});

describe('the lines a release has that play each part', () => {
  it('the total revenue line comes before a part of it, whichever the release lists first', () => {
    const g = lines([
      ['rev_net', 'Net revenues', 'money'],
      ['rev_product', 'Product revenues', 'money'],
      ['rev', 'Total revenues', 'money'],
      ['rev_op', 'Operating revenues', 'money'],
      ['gp', 'Gross profit', 'money'],
    ]).get('gross_margin')!;
    expect(g.denominator).toEqual(['rev', 'rev_net', 'rev_op']);
    expect(g.numerator).toEqual(['gp']);
    expect(g.label).toBe('Gross margin');
    expect(g.stated).toBeUndefined();
  });

  it('a label written with odd spacing and capitals is read as its words ("Total   Net  Sales")', () => {
    const g = lines([
      ['sales', 'Total   Net  Sales', 'money'],
      ['gp', 'GROSS PROFIT ', 'money'],
    ]).get('gross_margin')!;
    expect(g.denominator).toEqual(['sales']);
    expect(g.numerator).toEqual(['gp']);
  });

  it('a line matched by any of its labels plays the part', () => {
    const m = [metric('rev', 'Revenue from contracts', ['Revenue from contracts', 'Total revenues']), metric('gp', 'Gross profit')];
    const g = linesOf(m, () => 'money').get('gross_margin')!;
    expect(g.denominator).toEqual(['rev']);
  });

  it('the cost line stands in for a missing gross profit line: revenue less cost of revenue', () => {
    const g = lines([
      ['rev', 'Total revenues', 'money'],
      ['cor', 'Cost of revenues', 'money'],
    ]).get('gross_margin')!;
    expect(g.numerator).toEqual([]);
    expect(g.less).toEqual(['cor']);
    expect(g.denominator).toEqual(['rev']);
  });

  it('no ratio without its denominator, nor with a denominator alone', () => {
    const noRevenue = lines([
      ['gp', 'Gross profit', 'money'],
      ['cor', 'Cost of revenues', 'money'],
    ]);
    expect(noRevenue.has('gross_margin')).toBe(false);
    const revenueOnly = lines([['rev', 'Total revenues', 'money']]);
    expect(revenueOnly.has('gross_margin')).toBe(false);
    expect(revenueOnly.has('operating_margin')).toBe(false);
  });

  it('a printed percentage line is the ratio stated, even with no amount to form it from', () => {
    const m = lines([['gm', 'Gross margin', 'percent']]);
    expect(m.get('gross_margin')?.stated).toBe('gm');
    expect(m.get('gross_margin')?.numerator).toEqual([]);
  });

  it('an amount is never the stated ratio, and a percentage line never an amount part', () => {
    const m = lines([
      ['rev', 'Total revenues', 'money'],
      ['gm_amount', 'Gross margin', 'money'],
      ['om_pct', 'Operating income', 'percent'],
    ]);
    expect(m.get('gross_margin')?.stated).toBeUndefined();
    expect(m.get('gross_margin')?.numerator).toEqual(['gm_amount']);
    expect(m.has('operating_margin')).toBe(false);
  });

  it("a segment's lines form that segment's ratio, named by it", () => {
    const m = lines([
      ['rev', 'Total net sales', 'money'],
      ['svc_sales', 'Services (Net sales)', 'money'],
      ['svc_cost', 'Services (Cost of sales)', 'money'],
      ['cost', 'Total cost of sales', 'money'],
      ['dom_rev', 'Domestic Revenues', 'money'],
      ['dom_oi', 'Domestic Operating income', 'money'],
    ]);
    const svc = m.get('gross_margin.services')!;
    expect(svc.label).toBe('Services gross margin');
    expect(svc.segment).toBe('services');
    expect(svc.denominator).toEqual(['svc_sales']);
    expect(svc.less).toEqual(['svc_cost']);
    expect(svc.numerator).toEqual([]);
    const dom = m.get('operating_margin.domestic')!;
    expect(dom.label).toBe('Domestic operating margin');
    expect(dom.numerator).toEqual(['dom_oi']);
    expect(dom.denominator).toEqual(['dom_rev']);
    // "Total net sales" is the consolidated line, not a segment named "total" or "total net".
    expect([...m.keys()].some((k) => /\.total|\.net\b/.test(k))).toBe(false);
  });

  it("without segments (the load check of stated ratios), the wholes' formulas alone, the same", () => {
    const rows: [string, string, string][] = [
      ['rev', 'Total net sales', 'money'],
      ['svc_sales', 'Services (Net sales)', 'money'],
      ['svc_cost', 'Services (Cost of sales)', 'money'],
      ['cost', 'Total cost of sales', 'money'],
      ['gm', 'Gross margin', 'percent'],
    ];
    const kinds = new Map(rows.map(([id, , kind]) => [id, kind]));
    const wholes = linesOf(rows.map(([id, label]) => metric(id, label)), (id) => kinds.get(id), false);
    expect([...wholes]).toEqual([...lines(rows)].filter(([k]) => !k.includes('.')));
    expect(wholes.get('gross_margin')?.stated).toBe('gm');
  });

  it('a segment with two words is named in full, and its key keeps only letters and digits', () => {
    const m = lines([
      ['a', 'North America Net sales', 'money'],
      ['b', 'North America Operating income', 'money'],
      ['c', 'Americas & Europe (Net sales)', 'money'],
      ['d', 'Americas & Europe (Operating income)', 'money'],
    ]);
    expect(m.get('operating_margin.north_america')?.label).toBe('North America operating margin');
    expect(m.get('operating_margin.americas_europe')?.numerator).toEqual(['d']);
  });

  it('a segment whose name starts or ends like a total\'s word ("Netherlands", "Internet") is still a segment', () => {
    const m = lines([
      ['a', 'Netherlands Revenues', 'money'],
      ['b', 'Netherlands Operating income', 'money'],
      ['c', 'Internet Revenues', 'money'],
      ['d', 'Internet Operating income', 'money'],
    ]);
    expect(m.get('operating_margin.netherlands')?.numerator).toEqual(['b']);
    expect(m.get('operating_margin.internet')?.numerator).toEqual(['d']);
  });

  // A table of segments with the line's name in its column header ("Operating Income Q3 2026"): the line first (hl34).
  it('a segment named after its line ("Net Sales Flow Control", "Operating Income Flow Control") forms its ratio', () => {
    const m = lines([
      ['rev', 'Net sales', 'money'],
      ['a', 'Net Sales Flow Control', 'money'],
      ['b', 'Operating Income Flow Control', 'money'],
      ['c', 'Operating Income Motion Systems', 'money'],
    ]);
    expect(m.get('operating_margin.flow_control')?.label).toBe('Flow Control operating margin');
    expect(m.get('operating_margin.flow_control')?.numerator).toEqual(['b']);
    expect(m.get('operating_margin.flow_control')?.denominator).toEqual(['a']);
    expect(m.has('operating_margin.motion_systems')).toBe(false);
  });

  it('a lower-case word after a line\'s name is no segment ("Income taxes expense" beside "Income before income tax expense")', () => {
    const m = lines([
      ['tax', 'Income taxes expense', 'money'],
      ['pbt', 'Income before income tax expense', 'money'],
    ]);
    expect([...m.keys()].filter((k) => k.includes('.'))).toEqual([]);
  });

  it('a bracket that does not close the label names no segment ("Services (Net sales) growth")', () => {
    const m = lines([
      ['a', 'Services (Net sales) growth', 'money'],
      ['b', 'Services (Operating income)', 'money'],
    ]);
    expect(m.has('operating_margin.services')).toBe(false);
  });

  it('a segment with only its revenue, or only its profit, forms no ratio', () => {
    const m = lines([
      ['rev', 'Total revenues', 'money'],
      ['a', 'Asia Revenues', 'money'],
      ['b', 'Europe Operating income', 'money'],
    ]);
    expect([...m.keys()].filter((k) => k.includes('.'))).toEqual([]);
  });

  it('a segment line is counted once even when two of its labels say the same', () => {
    const m = [metric('s', 'Services (Net sales)', ['Services (Net sales)', 'Services (net sales)']), metric('c', 'Services (Cost of sales)')];
    expect(linesOf(m, () => 'money').get('gross_margin.services')?.denominator).toEqual(['s']);
  });

  it('a percentage line is no segment part', () => {
    const m = lines([
      ['s', 'Services (Net sales)', 'percent'],
      ['c', 'Services (Cost of sales)', 'money'],
    ]);
    expect(m.has('gross_margin.services')).toBe(false);
  });
});

describe('a knowledge base\'s ratio lines', () => {
  it('a line is an amount or a percentage by its first stated value, not by a change stated of it', () => {
    const facts = [
      { metric: 'rev', role: 'change', unit: { kind: 'percent' } },
      { metric: 'rev', role: 'value', unit: { kind: 'money' } },
      { metric: 'gp', role: 'value', unit: { kind: 'money' } },
      { metric: 'gp', role: 'value', unit: { kind: 'percent' } },
    ] as unknown as Fact[];
    const kb = { metrics: new Map([metric('rev', 'Total revenues'), metric('gp', 'Gross profit')].map((m) => [m.id, m])), facts };
    const g = formulaLines(kb).get('gross_margin');
    expect(g?.denominator).toEqual(['rev']);
    expect(g?.numerator).toEqual(['gp']);
    // Found once per knowledge base: the same lines are given back.
    expect(formulaLines(kb)).toBe(formulaLines(kb));
  });
});
