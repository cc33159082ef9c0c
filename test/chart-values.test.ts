// A chart's values, unit, title and sources (intents/chart.ts) from the facts of real releases: a figure
// in another unit or currency is left out (null) rather than drawn on the same axis, a narrative's
// millions are drawn in the table's thousands, a percentage is drawn as printed, and the company named is
// the one whose release the figure is from (a company renamed between two releases).
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { chartSources, chartTitle, chartUnit, chartValue, companyOf, partsChart } from '../src/intents/chart.js';
import { groupByIssuer } from '../src/knowledge/companies.js';
import type { Fact } from '../src/knowledge/fact.js';
import type { KnowledgeBase } from '../src/knowledge/kb.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import { periodLabel } from '../src/knowledge/period.js';
import { inlineRelease } from './support/inline.js';

let seed: KnowledgeBase;
let renamed: KnowledgeBase;
beforeAll(() => {
  seed = loadKnowledge().companies[0]!.kb;
  // The Cygnet pair of test/fixtures/history-marks/, the later release under a new name (same ticker).
  const read = (f: string, name: string) => inlineRelease(readFileSync(`test/fixtures/history-marks/${f}`, 'utf8').replaceAll('Cygnet Bay Freight', name).split('\n'), f);
  renamed = groupByIssuer([read('cygnet-2025q3.md', 'Cygnet Bay Freight'), read('cygnet-2025q4.md', 'Cygnet Logistics')])[0]!.kb;
});

/** The seed release's figure of a metric for a period, in a currency, from the table or the narrative. */
const fact = (kb: KnowledgeBase, metric: string, period: string, currency = 'RMB', source = 'table'): Fact => {
  const f = kb.facts.find((x) => x.metric === metric && x.role === 'value' && periodLabel(x.period) === period && x.source === source && (!('currency' in x.unit) || x.unit.currency === currency));
  if (!f) throw new Error(`no ${source} ${metric} ${period} ${currency}`);
  return f;
};

describe('chart values', () => {
  it('draws a table figure in its own unit, a narrative one in the unit of the first', () => {
    const revenue = fact(seed, 'total_net_revenue', 'Q1 2024');
    expect(chartUnit(revenue)).toEqual({ label: 'RMB thousands', scale: 1000 });
    expect(chartValue(revenue, revenue)).toBe(4153183);
    const told = seed.facts.find((x) => x.source === 'narrative' && x.unit.kind === 'money' && x.unit.currency === 'RMB' && x.unit.scale === 1e6)!;
    expect(chartValue(told, revenue)).toBeCloseTo(told.value.toNumber() * 1000, 6);
    expect(chartValue(revenue, told)).toBeCloseTo(4153.183, 6);
  });

  it('draws a percentage as printed', () => {
    const margin = fact(seed, 'gaap_net_income_margin', 'Q1 2024');
    expect(chartUnit(margin)).toEqual({ label: '%', scale: 1 });
    expect(chartValue(margin, margin)).toBe(27.9);
  });

  it('leaves out a figure in another currency or another kind of unit', () => {
    const revenue = fact(seed, 'total_net_revenue', 'Q1 2024');
    const perAds = 'net_income_per_ads_attributable_to_ordinary_shareholders_of_qifu_technology_inc_diluted';
    expect(chartValue(fact(seed, 'total_net_revenue', 'Q1 2024', 'USD'), revenue)).toBeNull();
    expect(chartValue(fact(seed, perAds, 'Q1 2024'), revenue)).toBeNull();
    expect(chartValue(revenue, fact(seed, perAds, 'Q1 2024'))).toBeNull();
    expect(chartValue(fact(seed, 'gaap_net_income_margin', 'Q1 2024'), revenue)).toBeNull();
  });
});

describe('chart words', () => {
  it('titles a chart with the company, the figure, the unit and its periods', () => {
    expect(chartTitle('Acme', 'net income', 'RMB thousands', ['Q1 2023', 'Q2 2023', 'Q1 2024'])).toBe('Acme: net income (RMB thousands), Q1 2023 to Q1 2024');
    expect(chartTitle('Acme', 'net income', 'RMB thousands', ['Q1 2024'])).toBe('Acme: net income (RMB thousands), Q1 2024');
    expect(chartTitle('Acme', 'net income', 'RMB thousands', [])).toBe('Acme: net income (RMB thousands)');
  });

  it('names the company a figure was released by, under the name of that release', () => {
    const older = renamed.facts.find((f) => f.citation.document === 'cygnet-2025q3.md' && periodLabel(f.period) === 'Q3 2024')!;
    const newer = renamed.facts.find((f) => f.citation.document === 'cygnet-2025q4.md')!;
    expect(companyOf(renamed, older)).toBe('Cygnet Bay Freight, Inc.');
    expect(companyOf(renamed, newer)).toBe('Cygnet Logistics, Inc.');
    expect(companyOf(renamed, { ...newer, citation: { ...newer.citation, document: 'elsewhere.md' } })).toBe('Cygnet Logistics, Inc.');
  });

  it('cites each source line once, in the order of the facts', () => {
    const [a, b, c] = [fact(seed, 'total_net_revenue', 'Q1 2024'), fact(seed, 'gaap_net_income_margin', 'Q1 2024'), fact(seed, 'total_net_revenue', 'Q1 2023')];
    expect(chartSources([b!, a!, c!])).toEqual(['data/releases/qfin-2024q1.md:352', 'data/releases/qfin-2024q1.md:277']);
  });
});

describe('a chart of parts', () => {
  it('draws the parts in the unit of their whole, which it cites first', () => {
    const whole = fact(seed, 'total_net_revenue', 'Q1 2024');
    const part = fact(seed, 'gaap_net_income_margin', 'Q1 2024');
    const chart = partsChart(seed, 'revenue by part', [{ name: 'Whole again', fact: whole }, { name: 'A margin', fact: part }], true, whole)!;
    expect(chart).toEqual({
      kind: 'stacked',
      title: 'Qifu Technology, Inc.: revenue by part (RMB thousands), Q1 2024',
      unit: 'RMB thousands',
      categories: ['Whole again', 'A margin'],
      series: [{ name: 'Q1 2024', values: [4153183, null] }],
      sources: ['data/releases/qfin-2024q1.md:277', 'data/releases/qfin-2024q1.md:352'],
    });
    expect(partsChart(seed, 'margins', [{ name: 'A margin', fact: part }], false)?.unit).toBe('%');
    expect(partsChart(seed, 'revenue by part', [], false, whole)).toBeUndefined();
    // No parts and no whole: no chart, not a failure.
    expect(partsChart(seed, 'revenue by part', [], false)).toBeUndefined();
  });
});
