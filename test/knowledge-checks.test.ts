// Load checks: the real release passes every check with non-zero counts; a tampered copy makes the
// check that should notice it report the right lines and flag the facts at fault, and nothing is
// corrected: each fact keeps the value the document prints.
import { Decimal } from 'decimal.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEngine } from '../src/bot.js';
import type { CheckIssue } from '../src/knowledge/checks.js';
import type { Fact } from '../src/knowledge/fact.js';
import { loadKnowledge, type Loaded } from '../src/knowledge/load.js';
import { quarter } from '../src/knowledge/period.js';
import { RELEASE, edited, writeTmp } from './knowledge-helpers.js';

const Q1_2024 = quarter(2024, 1);
const Q1_2023 = quarter(2023, 1);

function loadTampered(name: string, edits: Parameters<typeof edited>[0]): Loaded {
  return loadKnowledge([writeTmp(`${name}.md`, edited(edits))]);
}

const factAt = (l: Loaded, line: number, pred: (f: Fact) => boolean = () => true) => l.kb.facts.filter((f) => f.citation.line === line && pred(f));
const usd = (f: Fact) => 'currency' in f.unit && f.unit.currency === 'USD';
const rmb = (f: Fact) => 'currency' in f.unit && f.unit.currency === 'RMB';
const inQ = (p: typeof Q1_2024) => (f: Fact) => f.period.kind === 'duration' && p.kind === 'duration' && f.period.end === p.end && f.period.months === 3;
const checksOf = (issues: CheckIssue[]) => issues.map((i) => i.check).sort();

describe('the real release', () => {
  let loaded: Loaded;
  let report: ReturnType<Loaded['reports']['get']> & object;
  beforeAll(() => {
    loaded = loadKnowledge([RELEASE]);
    report = loaded.reports.get(RELEASE)!;
  });

  it('passes every check, and every check compared something', () => {
    expect(report.issues).toEqual([]);
    expect(loaded.kb.issues).toEqual([]);
    expect(loaded.kb.flagged.size).toBe(0);
    for (const [check, n] of Object.entries(report.counts)) expect(n, check).toBeGreaterThan(0);
    // The subtotals the tables hold: total current assets, total net revenue, the two service groups ...
    expect(report.counts.subtotal).toBeGreaterThanOrEqual(12);
    // Every narrative "compared to RMB... in the same period of 2023" that repeats a table line.
    expect(report.counts['narrative-vs-table']).toBeGreaterThanOrEqual(100);
  });
});

describe('a line item changed so that its total no longer adds up', () => {
  // Funding costs, Q1 2024 RMB: 155,963 → 155,964. Total operating costs and expenses (line 287) stays 2,789,082.
  let l: Loaded;
  // Loaded in a hook, so a crash while loading fails these tests by name.
  beforeAll(() => {
    l = loadTampered('subtotal', [{ line: 279, from: '155,963', to: '155,964' }]);
  });

  it('the subtotal check names the total and its lines', () => {
    expect(l.kb.issues.map((i) => [i.check, i.lines])).toEqual([['subtotal', [287, 278, 279, 281, 282, 283, 284, 285, 286]]]);
    expect(l.kb.issues[0]!.message).toMatch(/^Total operating costs and expenses \(line 287\) is not the sum of its lines .* in Three months ended March 31, 2024 RMB: the lines add up to 2789083, the total is 2789082$/);
  });

  it('flags the facts of the column that does not add up, and only those', () => {
    const flagged = [...l.kb.flagged];
    expect(flagged.length).toBe(9);
    expect(flagged.every((f) => rmb(f) && inQ(Q1_2024)(f))).toBe(true);
    expect(new Set(flagged.map((f) => f.citation.line))).toEqual(new Set([287, 278, 279, 281, 282, 283, 284, 285, 286]));
    // The 2023 and USD figures of the same lines add up and are not flagged.
    expect(factAt(l, 279).filter((f) => l.kb.flagged.has(f)).length).toBe(1);
  });

  it('corrects nothing: the fact keeps the printed value', () => {
    const funding = l.kb.get('funding_costs', Q1_2024)!;
    expect(funding.value.toString()).toBe('155964');
    expect(funding.citation.line).toBe(279);
    expect(l.kb.flagged.has(funding)).toBe(true);
    expect(l.kb.get('total_operating_costs_and_expenses', Q1_2024)!.value.toString()).toBe('2789082');
  });
});

describe('a line item inside a group changed (referral services fees, line 275)', () => {
  let l: Loaded;
  // Loaded in a hook, so a crash while loading fails these tests by name.
  beforeAll(() => {
    l = loadTampered('group', [{ line: 275, from: '548,824', to: '548,825' }]);
  });

  it('names the group line and its lines, not the neighbouring metrics', () => {
    expect(l.kb.issues.map((i) => [i.check, i.lines])).toEqual([['subtotal', [273, 274, 275, 276]]]);
    expect(l.kb.issues[0]!.message).toMatch(/^Platform services \(line 273\) is not the sum of its lines \(274, 275, 276\)/);
  });

  it('keeps the two "Other services fees" apart and the hierarchy intact', () => {
    expect(l.kb.get('platform_services.other_services_fees', Q1_2024)!.citation.line).toBe(276);
    expect(l.kb.get('credit_driven_services.other_services_fees', Q1_2024)!.citation.line).toBe(272);
    expect(l.kb.get('referral_services_fees', Q1_2024)!.parents).toEqual(['Total net revenue', 'Platform services']);
    expect(l.kb.get('referral_services_fees', Q1_2024)!.value.toString()).toBe('548825');
  });
});

describe('a narrative figure changed so that it disagrees with the table', () => {
  // "Sales and marketing expenses were RMB415.6 million" (line 105) → RMB425.6 million; the table says 415,617.
  let l: Loaded;
  // Loaded in a hook, so a crash while loading fails these tests by name.
  beforeAll(() => {
    l = loadTampered('narrative', [{ line: 105, from: 'RMB415.6 million', to: 'RMB425.6 million' }]);
  });
  const narrativeIssue = () => l.kb.issues.find((i) => i.check === 'narrative-vs-table');

  it('the narrative-vs-table check names both lines', () => {
    const issue = narrativeIssue();
    expect(issue?.lines).toEqual([105, 281]);
    expect(issue?.message).toBe('Sales and marketing expenses for 2024Q1 reads 425.6 at line 105 but the table has 415617 at line 281');
    // Its own USD figure in brackets no longer matches it either.
    expect(checksOf(l.kb.issues)).toEqual(['narrative-vs-table', 'usd-vs-rmb']);
    expect(l.kb.issues.find((i) => i.check === 'usd-vs-rmb')!.lines).toEqual([105, 105, 193]);
  });

  it('flags both facts, keeps each one\'s printed value, and the table figure is still the one answers use', () => {
    const [narrative, table] = narrativeIssue()!.facts;
    expect(narrative!.value.toString()).toBe('425.6');
    expect(narrative!.source).toBe('narrative');
    expect(table!.value.toString()).toBe('415617');
    expect(l.kb.flagged.has(narrative!)).toBe(true);
    expect(l.kb.flagged.has(table!)).toBe(true);
    expect(l.kb.get('sales_and_marketing', Q1_2024)).toBe(table);
  });

  it('a narrative figure whose only tie to the table is its label elsewhere is still checked', () => {
    // "Operating margin was 32.8%" (line 49) has no other figure; the same words on line 121 name the table line.
    const m = loadTampered('margin', [{ line: 49, from: 'Operating margin was 32.8%', to: 'Operating margin was 31.8%' }]);
    expect(m.kb.issues.find((i) => i.check === 'narrative-vs-table')?.lines).toEqual([49, 365]);
    expect(m.kb.issues.find((i) => i.check === 'stated-ratio')?.lines).toEqual([49, 288, 277]);
  });
});

describe('a USD cell changed', () => {
  // Funding costs, Q1 2024 USD: 21,601 → 21,701 (RMB155,963 at 7.2203 is US$21,601).
  let l: Loaded;
  // Loaded in a hook, so a crash while loading fails these tests by name.
  beforeAll(() => {
    l = loadTampered('usd', [{ line: 279, from: '21,601', to: '21,701' }]);
  });

  it('the USD check names the line and the rate\'s line', () => {
    const issue = l.kb.issues.find((i) => i.check === 'usd-vs-rmb');
    expect(issue?.lines).toEqual([279, 279, 193]);
    expect(issue?.message).toBe('Funding costs: US$21701 (line 279) is not RMB155963 (line 279) at RMB7.2203 to US$1.00');
    expect(issue!.facts.map((f) => f.value.toString())).toEqual(['21701', '155963']);
  });

  it('the USD column of the total and the narrative US$21.6 million disagree too, and are reported', () => {
    expect(checksOf(l.kb.issues)).toEqual(['narrative-vs-table', 'subtotal', 'usd-vs-rmb']);
    const sub = l.kb.issues.find((i) => i.check === 'subtotal')!;
    expect(sub.lines[0]).toBe(287);
    expect(sub.facts.every(usd)).toBe(true);
    expect(l.kb.issues.find((i) => i.check === 'narrative-vs-table')!.lines).toEqual([103, 279]);
  });

  it('corrects nothing', () => {
    expect(l.kb.get('funding_costs', Q1_2024, 'USD')!.value.toString()).toBe('21701');
    expect(l.kb.get('funding_costs', Q1_2024, 'RMB')!.value.toString()).toBe('155963');
    expect(l.kb.flagged.has(l.kb.get('funding_costs', Q1_2023, 'RMB')!)).toBe(false);
  });
});

describe('a stated change that does not follow from its figures', () => {
  it('"a decrease of 9.3%" changed to 8.3% is reported at its line', () => {
    const l = loadTampered('change', [{ line: 16, from: 'a decrease of 9.3%', to: 'a decrease of 8.3%' }]);
    expect(l.kb.issues.map((i) => [i.check, i.lines])).toEqual([['stated-change', [16, 16, 16]]]);
    const change = l.kb.issues[0]!.facts[0]!;
    expect(change.value).toEqual(new Decimal('-8.3'));
    expect(l.kb.flagged.has(change)).toBe(true);
  });
});

describe('a flagged figure reaches the answer with a warning', () => {
  // GAAP net income margin, Q1 2024, misprinted: 27.9% → 29.9% (net income ÷ revenue is 27.9%).
  let engine: ReturnType<typeof loadEngine>;
  beforeAll(() => {
    const file = writeTmp('misprinted-margin.md', edited([{ line: 352, from: '25.8%\t27.9%', to: '25.8%\t29.9%' }]));
    engine = loadEngine({ releases: [file] });
  });
  const WARNING = 'Note: a figure used here failed a load check of the release (run `qfin check`); treat it with care.';

  it('the misprinted margin is reported, and an answer that uses it says so', () => {
    const a = engine.ask('GAAP net income margin in Q1 2024', 'flag-1');
    expect(a.text).toContain('29.9%');
    expect(a.text).toContain(WARNING);
  });

  it('a change computed from it carries the warning too', () => {
    const a = engine.ask('GAAP net income margin change yoy', 'flag-2');
    expect(a.text).toContain('up 4.1 percentage points year over year, from 25.8% in Q1 2023');
    expect(a.text).toContain(WARNING);
  });

  it('an answer that does not use it carries no warning', () => {
    const a = engine.ask('net income in Q1 2024', 'flag-3');
    expect(a.text).toContain('RMB1,160.1 million');
    expect(a.text).not.toContain('Note:');
  });
});
