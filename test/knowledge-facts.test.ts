// Typed facts of the Q1 2024 release, spot-checked against the document: exact decimal values,
// units and scales, periods (a quarter vs a balance-sheet date, the prior quarter from the text),
// parents, same-named lines kept apart, and citations that quote their line.
import { Decimal } from 'decimal.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { amount, type Fact } from '../src/knowledge/fact.js';
import type { KnowledgeBase } from '../src/knowledge/kb.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import { periodKey, quarter, type Period } from '../src/knowledge/period.js';
import { RELEASE, releaseLines } from './knowledge-helpers.js';

// Loaded in a hook, so a crash while loading fails the tests by name (not "no tests").
let kb: KnowledgeBase;
beforeAll(() => {
  kb = loadKnowledge([RELEASE]).kb;
});
const Q1_2024 = quarter(2024, 1);
const Q1_2023 = quarter(2023, 1);
const Q4_2023 = quarter(2023, 4);
const Q2_2024 = quarter(2024, 2);
const MAR_31_2024: Period = { kind: 'instant', date: '2024-03-31' };
const DEC_31_2023: Period = { kind: 'instant', date: '2023-12-31' };
const MAR_31_2023: Period = { kind: 'instant', date: '2023-03-31' };

/** The one fact of a metric, period, currency and role from the given source. */
function one(metric: string, period: Period, opts: { currency?: 'RMB' | 'USD'; source?: Fact['source']; role?: Fact['role']; line?: number } = {}): Fact {
  const found = kb.facts.filter(
    (f) =>
      f.metric === metric &&
      periodKey(f.period) === periodKey(period) &&
      f.role === (opts.role ?? 'value') &&
      (!opts.source || f.source === opts.source) &&
      (!opts.line || f.citation.line === opts.line) &&
      (!opts.currency || ('currency' in f.unit && f.unit.currency === opts.currency)),
  );
  expect(found, `${metric} ${periodKey(period)} ${JSON.stringify(opts)}`).toHaveLength(1);
  return found[0]!;
}

/** A line read as plain text: tags become spaces, emphasis marks and escapes are dropped. */
const plain = (line: string) => line.replace(/<[^>]+>/g, ' ').replace(/[*_`\\]/g, '').replace(/\s+/g, ' ').trim();

describe('table facts', () => {
  it('total net revenue: thousands of RMB and USD, the quarter as a three-month duration', () => {
    const rmb = one('total_net_revenue', Q1_2024, { currency: 'RMB', source: 'table' });
    expect(rmb.value).toEqual(new Decimal(4153183));
    expect(rmb.unit).toEqual({ kind: 'money', currency: 'RMB', scale: 1000 });
    expect(rmb.period).toEqual({ kind: 'duration', end: '2024-03-31', months: 3 });
    expect(amount(rmb)).toEqual(new Decimal('4153183000'));
    expect(rmb.decimals).toBe(0);
    expect(rmb.total).toBe(true);
    expect(rmb.citation).toEqual({
      document: RELEASE,
      line: 277,
      quote: 'Total net revenue 3,599,174 4,153,183 575,209',
      row: 'Total net revenue',
      cells: [{ period: 'Q1 2024', unit: 'RMB thousands', printed: '4,153,183' }],
    });
    expect(one('total_net_revenue', Q1_2024, { currency: 'USD', source: 'table' }).value).toEqual(new Decimal(575209));
    expect(one('total_net_revenue', Q1_2023, { currency: 'RMB', source: 'table' }).value).toEqual(new Decimal(3599174));
  });

  it('the balance sheet: instants (March 31, 2024 and December 31, 2023), not the quarter', () => {
    const cash = one('cash_and_cash_equivalents', MAR_31_2024, { currency: 'RMB' });
    expect(cash.value).toEqual(new Decimal(5301288));
    expect(cash.period).toEqual({ kind: 'instant', date: '2024-03-31' });
    expect(one('cash_and_cash_equivalents', DEC_31_2023, { currency: 'RMB' }).value).toEqual(new Decimal(4177890));
    expect(kb.get('cash_and_cash_equivalents', Q1_2024)).toBeUndefined();
    // And a statement of operations line has no balance-sheet date.
    expect(kb.get('funding_costs', MAR_31_2024)).toBeUndefined();
  });

  it('per-share figures: per ADS and per ordinary share, Basic and Diluted under their headings', () => {
    const adsDiluted = one('net_income_per_ads_attributable_to_ordinary_shareholders_of_qifu_technology_inc_diluted', Q1_2024, { currency: 'RMB', line: 303 });
    expect(adsDiluted.value).toEqual(new Decimal('7.30'));
    expect(adsDiluted.decimals).toBe(2);
    expect(adsDiluted.unit).toEqual({ kind: 'per_share', currency: 'RMB', basis: 'ADS' });
    expect(adsDiluted.parents).toEqual(['Net income per ADS attributable to ordinary shareholders of Qifu Technology, Inc.']);
    expect(one('net_income_per_ads_attributable_to_ordinary_shareholders_of_qifu_technology_inc_basic', Q1_2024, { currency: 'RMB' }).value).toEqual(new Decimal('7.46'));
    const shareBasic = one('net_income_per_ordinary_share_attributable_to_ordinary_shareholders_of_qifu_technology_inc_basic', Q1_2024, { currency: 'USD' });
    expect(shareBasic.value).toEqual(new Decimal('0.52'));
    expect(shareBasic.unit).toEqual({ kind: 'per_share', currency: 'USD', basis: 'share' });
    expect(one('net_income_per_ordinary_share_attributable_to_ordinary_shareholders_of_qifu_technology_inc_diluted', Q1_2023, { currency: 'RMB' }).value).toEqual(new Decimal('2.82'));
  });

  it('counts: weighted average shares and ADSs are numbers of things, not money', () => {
    const shares = kb.facts.filter((f) => f.metric === 'weighted_average_shares_used_in_calculating_net_income_per_ordinary_share_diluted' && periodKey(f.period) === '2024Q1');
    expect(shares.map((f) => f.value.toString())).toEqual(['318915157', '318915157']);
    for (const f of shares) expect(f.unit).toEqual({ kind: 'count', scale: 1, noun: 'shares' });
    const ads = one('weighted_average_ads_used_in_calculating_net_income_per_ordinary_share_for_both_gaap_and_non_gaap_eps_diluted', Q1_2023, { line: 358 });
    expect(ads.value).toEqual(new Decimal(165609633));
    expect(ads.unit).toEqual({ kind: 'count', scale: 1, noun: 'ADSs' });
  });

  it('percentages: a margin has no USD figure', () => {
    const margin = kb.facts.filter((f) => f.metric === 'gaap_net_income_margin' && f.source === 'table');
    expect(margin.map((f) => [periodKey(f.period), f.value.toString(), f.decimals])).toEqual([
      ['2023Q1', '25.8', 1],
      ['2024Q1', '27.9', 1],
    ]);
    for (const f of margin) expect(f.unit).toEqual({ kind: 'percent' });
  });

  it('parents: referral services fees → platform services → total net revenue', () => {
    const fees = one('referral_services_fees', Q1_2024, { currency: 'RMB', source: 'table' });
    expect(fees.parents).toEqual(['Total net revenue', 'Platform services']);
    expect(kb.metrics.get('referral_services_fees')!.parent).toBe('platform_services');
    expect(kb.metrics.get('platform_services')!.parent).toBe('total_net_revenue');
    expect(kb.metrics.get('platform_services')!.children).toEqual(['loan_facilitation_and_servicing_fees_capital_light', 'referral_services_fees', 'platform_services.other_services_fees']);
    expect(kb.metrics.get('total_net_revenue')!.children).toEqual(['credit_driven_services', 'platform_services']);
  });

  it('the two "Other services fees" are distinct metrics, each with its own figures and narrative', () => {
    const credit = one('credit_driven_services.other_services_fees', Q1_2024, { currency: 'RMB', source: 'table' });
    const platform = one('platform_services.other_services_fees', Q1_2024, { currency: 'RMB', source: 'table' });
    expect([credit.value.toString(), credit.citation.line]).toEqual(['71512', 272]);
    expect([platform.value.toString(), platform.citation.line]).toEqual(['85362', 276]);
    expect(credit.parents.at(-1)).toBe('Credit driven services');
    expect(platform.parents.at(-1)).toBe('Platform services');
    // The narrative paragraphs join the right one: 71.5 (line 89) and 85.4 (line 97).
    expect(one('credit_driven_services.other_services_fees', Q1_2024, { currency: 'RMB', source: 'narrative' }).citation.line).toBe(89);
    expect(one('platform_services.other_services_fees', Q1_2024, { currency: 'RMB', source: 'narrative' }).citation.line).toBe(97);
    expect(kb.metrics.has('other_services_fees')).toBe(false);
  });

  it('the two "Amounts due from related parties" (current and non-current) are distinct metrics', () => {
    const current = one('current_assets.amounts_due_from_related_parties', MAR_31_2024, { currency: 'RMB' });
    const nonCurrent = one('non_current_assets.amounts_due_from_related_parties', MAR_31_2024, { currency: 'RMB' });
    expect([current.value.toString(), current.citation.line]).toEqual(['25253', 221]);
    expect([nonCurrent.value.toString(), nonCurrent.citation.line]).toEqual(['1677', 228]);
    expect(kb.metrics.has('amounts_due_from_related_parties')).toBe(false);
  });

  it('a label on its own line with its figures on the next (lines 354/355) cites the figures\' line', () => {
    const f = one('net_income_attributable_to_shareholders_of_qifu_technology_inc', Q1_2024, { currency: 'RMB' });
    expect(f.value).toEqual(new Decimal(1164287));
    expect(f.label).toBe('Net income attributable to shareholders of Qifu Technology, Inc.');
    expect(f.citation.line).toBe(355);
    expect(f.citation.quote).toBe('934,109 1,164,287 161,252');
    // Line 354 itself holds no figure.
    expect(kb.facts.filter((x) => x.citation.line === 354)).toEqual([]);
  });

  it('"-" is nil: Investment loss is zero in every column', () => {
    const nil = kb.facts.filter((f) => f.metric === 'investment_loss');
    expect(nil).toHaveLength(3);
    for (const f of nil) {
      expect(f.value.isZero()).toBe(true);
      expect(f.citation.line).toBe(292);
    }
  });

  it('parenthesised figures are negative', () => {
    expect(one('income_taxes_expense', Q1_2024, { currency: 'RMB' }).value).toEqual(new Decimal(-366065));
    expect(one('income_taxes_expense', Q1_2024, { currency: 'USD' }).value).toEqual(new Decimal(-50699));
    expect(one('provision_for_accounts_receivable_and_contract_assets', Q1_2023, { currency: 'RMB', source: 'table' }).value).toEqual(new Decimal(-2236));
    expect(one('net_decrease_increase_in_cash_and_cash_equivalents', Q1_2023, { currency: 'RMB' }).value).toEqual(new Decimal(-1767019));
    expect(one('net_decrease_increase_in_cash_and_cash_equivalents', Q1_2024, { currency: 'RMB' }).value).toEqual(new Decimal(597596));
  });
});

describe('narrative facts', () => {
  it('"in the prior quarter" is Q4 2023, "the same period of 2023" is Q1 2023, in millions', () => {
    const prior = one('total_net_revenue', Q4_2023, { currency: 'RMB', line: 77 });
    expect(prior.value).toEqual(new Decimal('4495.5'));
    expect(prior.unit).toEqual({ kind: 'money', currency: 'RMB', scale: 1e6 });
    expect(prior.decimals).toBe(1);
    expect(prior.period).toEqual({ kind: 'duration', end: '2023-12-31', months: 3 });
    expect(one('total_net_revenue', Q1_2023, { currency: 'RMB', line: 77 }).value).toEqual(new Decimal('3599.2'));
    expect(one('total_net_revenue', Q1_2024, { currency: 'USD', line: 77 }).value).toEqual(new Decimal('575.2'));
    expect(one('funding_costs', Q4_2023, { currency: 'RMB' }).value).toEqual(new Decimal('161.0'));
  });

  it('a negative narrative figure: "RMB-2.2 million"', () => {
    expect(one('provision_for_accounts_receivable_and_contract_assets', Q1_2023, { currency: 'RMB', source: 'narrative' }).value).toEqual(new Decimal('-2.2'));
  });

  it('counts in millions as of a date, with the stated change and the year-ago figure', () => {
    const users = one('cumulative_users_with_approved_credit_lines', MAR_31_2024);
    expect(users.value).toEqual(new Decimal('52.3'));
    expect(users.unit).toEqual({ kind: 'count', scale: 1e6, noun: 'users' });
    expect(one('cumulative_users_with_approved_credit_lines', MAR_31_2023).value).toEqual(new Decimal('46.0'));
    const change = one('cumulative_users_with_approved_credit_lines', MAR_31_2024, { role: 'change' });
    expect(change.value).toEqual(new Decimal('13.8'));
    expect(change.unit).toEqual({ kind: 'percent' });
    expect(change.basis).toEqual(MAR_31_2023);
  });

  it('a stated decrease is a negative change: loan volume "a decrease of 9.3%"', () => {
    const change = one('total_facilitation_and_origination_loan_volume', Q1_2024, { role: 'change' });
    expect(change.value).toEqual(new Decimal('-9.3'));
    expect(change.basis).toEqual(Q1_2023);
    expect(one('total_facilitation_and_origination_loan_volume', Q1_2024).value).toEqual(new Decimal(99237));
  });

  it('a rate as of the quarter end, a tenor in months, the exchange rate', () => {
    const dpd = kb.facts.find((f) => f.metric.startsWith('90_day+_delinquency_rate'))!;
    expect([dpd.value.toString(), dpd.unit.kind, periodKey(dpd.period), dpd.citation.line]).toEqual(['3.35', 'percent', '2024-03-31', 21]);
    const tenor = kb.facts.filter((f) => f.metric.startsWith('weighted_average_contractual_tenor')).map((f) => [periodKey(f.period), f.value.toString(), f.decimals, f.unit.kind]);
    expect(tenor).toEqual([
      ['2024Q1', '10.1', 2, 'months'],
      ['2023Q1', '11.21', 2, 'months'],
    ]);
    expect(kb.rate()!.value).toEqual(new Decimal('7.2203'));
    expect(kb.rate()!.unit).toEqual({ kind: 'fx', from: 'RMB', to: 'USD' });
  });

  it('guidance for the next quarter: a low and a high, in billions, for Q2 2024', () => {
    const low = one('net_income', Q2_2024, { role: 'low', currency: 'RMB' });
    const high = one('net_income', Q2_2024, { role: 'high', currency: 'RMB' });
    expect([low.value.toString(), high.value.toString()]).toEqual(['1.17', '1.23']);
    expect(low.unit).toEqual({ kind: 'money', currency: 'RMB', scale: 1e9 });
    expect(low.citation.line).toBe(163);
  });
});

describe('citations', () => {
  it('every fact and text fact quotes a substring of its line read as plain text', () => {
    for (const f of [...kb.facts, ...kb.texts]) {
      const line = releaseLines[f.citation.line - 1];
      expect(line, `line ${f.citation.line}`).toBeDefined();
      expect(f.citation.quote.length).toBeGreaterThan(0);
      expect(plain(line!), `quote of line ${f.citation.line}`).toContain(f.citation.quote);
      expect(f.citation.document).toBe(RELEASE);
    }
  });

  it('a narrative quote is the sentence holding the figure, with markup and escapes gone', () => {
    // Line 85: "*Financing income*<sup>\*14</sup> was RMB1,535.0 million (US\$212.6 million), ... The year-over-year ..."
    // (the footnote mark's tag becomes a space and its text stays, as the plain-text rule says).
    const usd = one('financing_income', Q1_2024, { currency: 'USD', source: 'narrative' });
    expect(usd.citation.line).toBe(85);
    expect(usd.citation.quote).toBe('Financing income 14 was RMB1,535.0 million (US$212.6 million), compared to RMB1,065.9 million in the same period of 2023 and RMB1,485.4 million in the prior quarter.');
  });

  it('a table figure\'s quote holds the printed figure', () => {
    for (const f of kb.facts.filter((x) => x.source === 'table')) {
      const printed = f.value.abs().toFixed(f.decimals).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
      if (f.value.isZero()) expect(f.citation.quote).toMatch(/(^| )-( |$)/);
      else expect(f.citation.quote, `line ${f.citation.line}`).toContain(printed);
    }
  });
});
