// Another release of the same company, in another house style: test/fixtures/qfin-2024q2.md is a
// synthetic Q2 2024 release (made-up, self-consistent figures; its six-month columns are the real Q1
// plus its Q2, its December 31, 2023 column is the Q1 release's). It uses the variations releases
// show: curly quotes, footnote marks as <sup>*1</sup>, *2, (3) and a bare 4 glued to the figure,
// •, · and - bullets, "RMB72,158 million" and "RMB 165.4 billion", "a decrease of 5.1% from" and
// "down 23.2% year over year", "the second quarter" and "the six months ended June 30".
import { readFileSync } from 'node:fs';
import { Decimal } from 'decimal.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Fact } from '../src/knowledge/fact.js';
import type { KnowledgeBase } from '../src/knowledge/kb.js';
import { loadKnowledge, type Loaded } from '../src/knowledge/load.js';
import type { Release } from '../src/knowledge/release.js';
import { periodKey, quarter, type Period } from '../src/knowledge/period.js';
import { audit } from './knowledge-audit.js';
import { RELEASE } from './knowledge-helpers.js';

const FIXTURE = 'test/fixtures/qfin-2024q2.md';
const fixtureLines = readFileSync(FIXTURE, 'utf8').split('\n');
const Q2_2024 = quarter(2024, 2);
const Q2_2023 = quarter(2023, 2);
const Q1_2024 = quarter(2024, 1);
const Q3_2024 = quarter(2024, 3);
const H1_2024: Period = { kind: 'duration', end: '2024-06-30', months: 6 };
const H1_2023: Period = { kind: 'duration', end: '2023-06-30', months: 6 };
const JUN_30_2024: Period = { kind: 'instant', date: '2024-06-30' };
const JUN_30_2023: Period = { kind: 'instant', date: '2023-06-30' };
const DEC_31_2023: Period = { kind: 'instant', date: '2023-12-31' };

// Loaded in a hook, so a crash while loading fails the tests by name (not "no tests").
let kb: KnowledgeBase;
let reports: Loaded['reports'];
let release: Release;
beforeAll(() => {
  ({ kb, reports } = loadKnowledge([FIXTURE]));
  release = kb.releases[0]!;
});

/** Facts of a metric on a line, as [period, role, value, currency] rows. */
function rows(metric: string, line?: number): [string, string, string, string][] {
  return kb.facts
    .filter((f) => f.metric === metric && (line === undefined || f.citation.line === line))
    .map((f) => [periodKey(f.period), f.role, f.value.toString(), 'currency' in f.unit ? f.unit.currency : f.unit.kind]);
}
const lineOf = (text: string) => fixtureLines.findIndex((l) => l.includes(text)) + 1;
function only(facts: Fact[]): Fact {
  expect(facts).toHaveLength(1);
  return facts[0]!;
}

describe('the Q2 2024 fixture on its own', () => {
  it('takes its quarter from the document: Q2 2024', () => {
    expect(release.quarter).toEqual(Q2_2024);
    expect(kb.quarter).toEqual(Q2_2024);
    expect(release.title).toBe('Qifu Technology Announces Second Quarter 2024 Unaudited Financial Results');
  });

  it('passes every load check, each with a count above zero', () => {
    const report = reports.get(FIXTURE)!;
    expect(report.issues).toEqual([]);
    for (const [check, n] of Object.entries(report.counts)) expect(n, check).toBeGreaterThan(0);
  });

  it('accounts for every printed number: a fact on its line, or a stated exclusion', () => {
    const outcome = audit(fixtureLines, release);
    expect(outcome.uncovered).toEqual([]);
    expect(outcome.unexplained).toEqual([]);
    expect(outcome.dropped).toEqual([]);
    expect(outcome.covered).toBeGreaterThan(400);
  });
});

describe('tables with quarterly and six-month columns', () => {
  const line = lineOf('<b>Total net revenue</b>');

  it('reads the six columns as six periods and currencies', () => {
    const table = release.tables.find((t) => t.lines.some((l) => l.line === line))!;
    expect(table.columns.map((c) => [periodKey(c.period!), c.currency])).toEqual([
      ['2023Q2', 'RMB'],
      ['2024Q2', 'RMB'],
      ['2024Q2', 'USD'],
      ['6M-2023-06-30', 'RMB'],
      ['6M-2024-06-30', 'RMB'],
      ['6M-2024-06-30', 'USD'],
    ]);
    expect(rows('total_net_revenue', line)).toEqual([
      ['2023Q2', 'value', '4055044', 'RMB'],
      ['2024Q2', 'value', '3875534', 'RMB'],
      ['2024Q2', 'value', '533291', 'USD'],
      ['6M-2023-06-30', 'value', '7654218', 'RMB'],
      ['6M-2024-06-30', 'value', '8028717', 'RMB'],
      ['6M-2024-06-30', 'value', '1104788', 'USD'],
    ]);
  });

  it('a quarter and the six months are distinct periods for every lookup', () => {
    expect(kb.get('total_net_revenue', Q2_2024)!.value).toEqual(new Decimal(3875534));
    expect(kb.get('total_net_revenue', H1_2024)!.value).toEqual(new Decimal(8028717));
    expect(kb.get('total_net_revenue', H1_2024, 'USD')!.value).toEqual(new Decimal(1104788));
    expect(kb.get('net_income', H1_2023)!.value).toEqual(new Decimal(1971204));
    // Per-share figures and the stated margins carry the six-month period too.
    expect(kb.get('net_income_per_ads_attributable_to_ordinary_shareholders_of_qifu_technology_inc_diluted', H1_2024)!.value).toEqual(new Decimal('15.65'));
    expect(kb.get('gaap_net_income_margin', H1_2024)!.value).toEqual(new Decimal('30.7'));
    expect(kb.get('gaap_net_income_margin', Q2_2024)!.value).toEqual(new Decimal('33.7'));
    expect(kb.periods('total_net_revenue').map(periodKey)).toEqual(expect.arrayContaining(['2024Q2', '2023Q2', '6M-2024-06-30', '6M-2023-06-30', '2024Q1']));
  });

  it('"-" and parenthesised figures in the six-month columns', () => {
    expect(rows('investment_loss').map((r) => r[2])).toEqual(['0', '0', '0', '0', '0', '0']);
    expect(kb.get('provision_for_accounts_receivable_and_contract_assets', Q2_2024)!.value).toEqual(new Decimal(-4095));
    expect(kb.get('income_taxes_expense', H1_2024, 'USD')!.value).toEqual(new Decimal(-91853));
  });

  it('the balance sheet: December 31, 2023 and June 30, 2024 are instants', () => {
    expect(kb.get('cash_and_cash_equivalents', JUN_30_2024)!.value).toEqual(new Decimal(5260934));
    expect(kb.get('cash_and_cash_equivalents', DEC_31_2023)!.value).toEqual(new Decimal(4177890));
    expect(kb.get('cash_and_cash_equivalents', Q2_2024)).toBeUndefined();
    expect(kb.get('non_current_assets.amounts_due_from_related_parties', JUN_30_2024)!.value).toEqual(new Decimal(1594));
  });
});

describe('narrative figures in other words', () => {
  it('"the second quarter" (no year) is the release\'s quarter; "in the prior quarter" is Q1 2024', () => {
    const l = lineOf('Net income in the second quarter was');
    expect(rows('net_income', l)[0]).toEqual(['2024Q2', 'value', '1306.3', 'RMB']);
    expect(rows('total_net_revenue', lineOf('**Total net revenue** was'))).toEqual([
      ['2024Q2', 'value', '3875.5', 'RMB'],
      ['2024Q2', 'value', '533.3', 'USD'],
      ['2023Q2', 'value', '4055', 'RMB'],
      ['2024Q1', 'value', '4153.2', 'RMB'],
    ]);
  });

  it('"For the six months ended June 30, 2024" gives six-month figures, compared with the six months of 2023', () => {
    const l = lineOf('For the six months ended June 30, 2024, total net revenue');
    expect(rows('total_net_revenue', l)).toEqual([
      ['6M-2024-06-30', 'value', '8028.7', 'RMB'],
      ['6M-2024-06-30', 'value', '1104.8', 'USD'],
      ['6M-2023-06-30', 'value', '7654.2', 'RMB'],
    ]);
  });

  it('"the six months ended June 30" without a year, and "up 25.1% year over year"', () => {
    const l = lineOf('Net income for the six months ended June 30 was');
    const value = only(kb.facts.filter((f) => f.citation.line === l && f.role === 'value'));
    expect(value.metric).toBe('net_income');
    expect(value.period).toEqual(H1_2024);
    expect(value.value).toEqual(new Decimal('2.47'));
    expect(value.unit).toEqual({ kind: 'money', currency: 'RMB', scale: 1e9 });
    const change = only(kb.facts.filter((f) => f.citation.line === l && f.role === 'change'));
    expect([change.value.toString(), change.basis]).toEqual(['25.1', H1_2023]);
  });

  it('"down 23.2% year over year" is a negative change against the same quarter a year ago', () => {
    const l = lineOf('down 23.2% year over year');
    const change = only(kb.facts.filter((f) => f.citation.line === l && f.role === 'change'));
    expect(change.metric).toBe('total_facilitation_and_origination_loan_volume');
    expect(change.value).toEqual(new Decimal('-23.2'));
    expect(change.period).toEqual(Q2_2024);
    expect(change.basis).toEqual(Q2_2023);
    const up = only(kb.facts.filter((f) => f.citation.line === lineOf('up 25.4% year over year') && f.role === 'change'));
    expect([up.metric, up.value.toString(), up.basis]).toEqual(['net_income', '25.4', Q2_2023]);
  });

  it('"RMB72,158 million4": millions, with the glued footnote mark dropped, not RMB72,158', () => {
    const volume = kb.get('total_facilitation_and_origination_loan_volume', Q2_2024)!;
    expect(volume.value).toEqual(new Decimal(72158));
    expect(volume.unit).toEqual({ kind: 'money', currency: 'RMB', scale: 1e6 });
  });

  it('"RMB 165.4 billion" (a space, billions) and "a decrease of 5.1% from RMB174,302 million as of June 30, 2023"', () => {
    expect(rows('total_outstanding_loan_balance')).toEqual([
      ['2024-06-30', 'value', '165.4', 'RMB'],
      ['2024-06-30', 'change', '-5.1', 'percent'],
      ['2023-06-30', 'value', '174302', 'RMB'],
    ]);
    expect(kb.get('total_outstanding_loan_balance', JUN_30_2024)!.unit).toEqual({ kind: 'money', currency: 'RMB', scale: 1e9 });
    expect(kb.get('total_outstanding_loan_balance', JUN_30_2023)!.unit).toEqual({ kind: 'money', currency: 'RMB', scale: 1e6 });
  });

  it('footnote marks *2 and (3) do not become part of the metric name (the same metrics as in Q1)', () => {
    expect(kb.get('cumulative_users_with_approved_credit_lines', JUN_30_2024)!.value).toEqual(new Decimal('53.8'));
    expect(kb.get('loans_through_our_platform', Q2_2024)!.value).toEqual(new Decimal(15862704));
    expect([...kb.metrics.keys()].filter((id) => /_[0-9]$|\(\d\)/.test(id))).toEqual([]);
  });

  it('footnotes in every mark style are read as definitions of their terms', () => {
    const defs = kb.texts.filter((t) => t.kind === 'definition').map((t) => t.citation.line);
    for (const start of ['<sup>1</sup> Refers', '*2 “Cumulative', '(3) Including', '4 Refers']) expect(defs).toContain(lineOf(start));
    expect(kb.textsFor('cumulative_users_with_approved_credit_lines', 'definition')[0]!.citation.line).toBe(lineOf('*2 “Cumulative'));
    // And the figures in a footnote are facts: "(3) Including 2,950,117 loans across “V-pocket”".
    expect(kb.get('loans_across_v_pocket', Q2_2024)!.value).toEqual(new Decimal(2950117));
  });

  it('"American depositary share (“ADS”)" with curly quotes is per ADS', () => {
    const eps = only(kb.facts.filter((f) => f.citation.line === lineOf('Net income per fully diluted American depositary share') && f.source === 'narrative' && periodKey(f.period) === '2024Q2' && 'currency' in f.unit && f.unit.currency === 'RMB'));
    expect(eps.unit).toEqual({ kind: 'per_share', currency: 'RMB', basis: 'ADS' });
    expect(eps.metric).toBe('net_income_per_ads_attributable_to_ordinary_shareholders_of_qifu_technology_inc_diluted');
  });

  it('"Aug. 14, 2024" is a date, not a figure; •, · and - bullets are all read', () => {
    expect(kb.facts.filter((f) => f.citation.line === lineOf('SHANGHAI, China, Aug. 14, 2024'))).toEqual([]);
    expect(release.nonFigures.filter((n) => n.line === lineOf('SHANGHAI, China, Aug. 14, 2024')).map((n) => [n.text, n.reason])).toContainEqual(['14', 'a date']);
    expect(kb.get('financial_institutional_partners', JUN_30_2024)!.citation.line).toBe(lineOf('• As of June 30, 2024'));
    expect(kb.get('cumulative_users_with_approved_credit_lines', JUN_30_2023)!.citation.line).toBe(lineOf('· Cumulative users'));
    expect(kb.get('income_from_operations', Q2_2024, 'RMB')!.source).toBe('table');
    expect(rows('income_from_operations', lineOf('- Income from operations was'))).toHaveLength(3);
  });

  it('guidance for the next quarter (Q3 2024): the RMB range, not the growth range filed with it; the exchange rate', () => {
    expect(kb.get('net_income', Q3_2024, 'RMB', 'low')!.value).toEqual(new Decimal('1.50'));
    expect(kb.get('net_income', Q3_2024, 'RMB', 'high')!.value).toEqual(new Decimal('1.60'));
    expect(kb.all('net_income', Q3_2024, 'low').map((f) => [f.value.toString(), f.unit.kind])).toEqual([
      ['1.5', 'money'],
      ['25.6', 'percent'],
    ]);
    expect(kb.rate()!.value).toEqual(new Decimal('7.2672'));
  });
});

describe('the Q1 release and the Q2 fixture loaded together', () => {
  for (const files of [
    [RELEASE, FIXTURE],
    [FIXTURE, RELEASE],
  ]) {
    it(`the latest quarter is "this quarter", whatever the order (${files.map((f) => f.split('/').pop()).join(', ')})`, () => {
      const both = loadKnowledge(files);
      expect(both.kb.quarter).toEqual(Q2_2024);
      expect(both.kb.issues).toEqual([]);
      expect(both.kb.rate()!.value).toEqual(new Decimal('7.2672'));
    });
  }

  let both: KnowledgeBase;
  beforeAll(() => {
    both = loadKnowledge([RELEASE, FIXTURE]).kb;
  });

  it('each quarter comes from its own release, and the six months from the fixture', () => {
    const q1 = both.get('total_net_revenue', Q1_2024)!;
    expect([q1.value.toString(), q1.citation.document, q1.citation.line]).toEqual(['4153183', RELEASE, 277]);
    const q2 = both.get('total_net_revenue', Q2_2024)!;
    expect([q2.value.toString(), q2.citation.document]).toEqual(['3875534', FIXTURE]);
    expect(both.get('total_net_revenue', H1_2024)!.value.toString()).toBe('8028717');
    // Newest first by end date, the quarter before the six months that end with it.
    expect(both.periods('total_net_revenue').map(periodKey)).toEqual(['2024Q2', '6M-2024-06-30', '2024Q1', '2023Q4', '2023Q2', '6M-2023-06-30', '2023Q1']);
  });

  it('the two releases agree where they overlap (Q1 2024 in the fixture\'s text, December 31, 2023)', () => {
    const priorInFixture = both.all('referral_services_fees', Q1_2024).find((f) => f.citation.document === FIXTURE)!;
    expect(priorInFixture.value.toString()).toBe('548.8');
    expect(both.get('referral_services_fees', Q1_2024)!.citation.document).toBe(RELEASE);
    const dec = both.all('total_current_assets', DEC_31_2023);
    expect(new Set(dec.map((f) => f.citation.document))).toEqual(new Set([RELEASE, FIXTURE]));
    expect(new Set(dec.filter((f) => 'currency' in f.unit && f.unit.currency === 'RMB').map((f) => f.value.toString()))).toEqual(new Set(['39796028']));
  });

  it('metrics keep one id across releases (the two Other services fees stay two)', () => {
    expect(both.all('platform_services.other_services_fees', Q2_2024).map((f) => f.citation.document)).toContain(FIXTURE);
    expect(both.all('platform_services.other_services_fees', Q1_2024).map((f) => f.citation.document)).toContain(RELEASE);
    expect(both.get('credit_driven_services.other_services_fees', Q2_2024)!.value.toString()).toBe('64203');
    expect(both.metrics.has('other_services_fees')).toBe(false);
  });
});
