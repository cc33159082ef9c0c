// The knowledge base: every loaded release's facts, indexed by metric, period and currency, with the
// load checks' findings. Lookups prefer the most precise figure (a table's thousands over a
// narrative's rounded millions).
import { lineOf } from './citation.js';
import { majorOf } from './currencies.js';
import { amount, currencyOf, type Currency, type Fact, type TextFact } from './fact.js';
import { monthsOf, nearSpan, nominalKey, periodEnd, periodKey, sameSpan, type Period } from './period.js';
import { periodOfName } from './period-names.js';
import { mostPrecise, restates, type Metric, type Release } from './release.js';
import type { CheckIssue } from './checks.js';
import type { Issuer } from './issuer.js';
import type { Source } from './cache.js';
import { properNames } from './proper-names.js';

export type { Currency };

/** The fewest characters a citation's quote must have to identify its place on a line. */
export const MIN_QUOTE = 8;

function factKey(f: Fact): string {
  return `${lineOf(f.citation)}|${f.metric}|${periodKey(f.period)}|${f.role}|${'currency' in f.unit ? f.unit.currency : f.unit.kind}`;
}

// What answers find again and again, found once a knowledge base; kept beside it, not in it, as the on-disk
// cache serializes its fields (a WeakMap cannot be).
/** The figure `get` chose of each of the index's lists of facts (bounded by them), by currency. */
const chosen = new WeakMap<Fact[], Map<Currency, Fact | undefined>>();
/** The exchange rate of each knowledge base. */
const rates = new WeakMap<KnowledgeBase, { fact: Fact | undefined }>();

export class KnowledgeBase {
  readonly facts: Fact[];
  readonly texts: TextFact[];
  readonly metrics = new Map<string, Metric>();
  /** The latest release's own quarter: "this quarter". */
  readonly quarter: Period;
  /** The issuer of the latest release, and the currency it reports in (answers default to it). */
  readonly issuer: Issuer;
  readonly currency: Currency;
  /** True when the releases name their periods by a fiscal calendar (fiscal Q1 2024 ended December 30, 2023). */
  readonly fiscal: boolean;
  readonly issues: CheckIssue[] = [];
  /** Names people call a line that no rule derives, from the issuer's aliases file: label (lower case) → names. */
  readonly aliases = new Map<string, string[]>();
  /** The issuer's shorthand from the same file: words as said (lower case) → as the release writes them. */
  readonly shorthand = new Map<string, string>();
  /** The issuer's own headline lines for the summary card, from the same file (labels). */
  readonly headlines: string[] = [];
  /** Names of other companies, brands and places the releases print (knowledge/proper-names.ts), lower-cased. */
  readonly properNames: Set<string>;
  /** Facts a load check found at fault: answers that use them say so. */
  readonly flagged = new Set<Fact>();
  /** The files it was read from, for the on-disk caches of what is derived from it; none when built in memory. */
  source?: Source;
  /** The same, by line and figure, so that a copy of a fact (re-signed for display) is known too. */
  private flaggedKeys = new Set<string>();
  private readonly stocks = new Map<string, boolean>();
  private readonly index = new Map<string, Fact[]>();
  private readonly cells = new Map<string, Fact[]>();
  /** Every figure answers cannot quote alone (`cells` keeps one a metric and period). */
  private readonly unquoted: Fact[];
  private readonly newestFirst: Release[];

  constructor(readonly releases: Release[]) {
    if (!releases.length) throw new Error('no release loaded');
    // A figure alone on its source line (one cell a line, as some generators write HTML) cannot be quoted
    // in the eight characters a citation needs: the release keeps it, answers do not use it.
    const all = releases.flatMap((r) => r.facts);
    // (So is one cited by its row's line only, its cell standing elsewhere: the quote does not carry the figure.)
    const quotable = (f: Fact) => f.citation.quote.length >= MIN_QUOTE && !f.citation.cells?.some((c) => c.line !== undefined);
    this.facts = all.filter(quotable);
    this.unquoted = all.filter((f) => !quotable(f) && f.role === 'value');
    for (const f of this.unquoted) this.cells.set(`${f.metric}|${periodKey(f.period)}|value`, [f]);
    this.texts = releases.flatMap((r) => r.texts);
    // (A table left unread still names the release's own lines: "Automotive Parts" is a segment, never another company.)
    this.properNames = properNames(this.texts.map((t) => t.text), releases.flatMap((r) => [...[...r.metrics.values()].flatMap((m) => m.labels), ...r.skipped.flatMap((s) => s.labels ?? [])]));
    this.newestFirst = [...releases].sort((a, b) => periodEnd(b.quarter).localeCompare(periodEnd(a.quarter)));
    const latest = this.newestFirst[0]!;
    this.quarter = latest.quarter;
    this.issuer = latest.issuer;
    this.currency = latest.issuer.currency;
    this.fiscal = this.facts.some((f) => f.period.kind === 'duration' && f.period.fiscal);
    const answerable = new Set([...this.facts.map((f) => f.metric), ...this.texts.flatMap((t) => (t.metric ? [t.metric] : []))]);
    for (const r of releases) {
      for (const m of r.metrics.values()) {
        // A metric none of whose figures can be quoted is not one the bot can answer for.
        if (!answerable.has(m.id)) continue;
        const have = this.metrics.get(m.id);
        if (!have) this.metrics.set(m.id, { ...m, labels: [...m.labels], children: m.children.filter((c) => answerable.has(c)), ...(m.parent && !answerable.has(m.parent) ? { parent: undefined } : {}), ...(m.partOf && !answerable.has(m.partOf) ? { partOf: undefined } : {}) });
        else for (const l of m.labels) if (!have.labels.includes(l)) have.labels.push(l);
      }
    }
    for (const f of this.facts) {
      const key = `${f.metric}|${periodKey(f.period)}|${f.role}`;
      const list = this.index.get(key);
      if (list) list.push(f);
      else this.index.set(key, [f]);
    }
  }

  /** Whether a load check found this figure at fault (a copy of it, re-signed for display, too). */
  isFlagged(f: Fact): boolean {
    if (this.flaggedKeys.size !== this.flagged.size) this.flaggedKeys = new Set([...this.flagged].map(factKey));
    return this.flaggedKeys.has(factKey(f));
  }

  /** Whether a metric is stated at points in time (a balance) rather than over periods (a flow). */
  isStock(metric: string): boolean {
    let stock = this.stocks.get(metric);
    if (stock === undefined) {
      const facts = this.facts.filter((f) => f.metric === metric && f.role === 'value');
      stock = facts.length > 0 && facts.every((f) => f.period.kind === 'instant');
      this.stocks.set(metric, stock);
    }
    return stock;
  }

  /** All facts for a metric, period and role (every currency and source). */
  all(metric: string, period: Period, role: Fact['role'] = 'value'): Fact[] {
    return this.lookup(this.index, metric, period, role);
  }

  /**
   * Whether two lines print one figure: every period either gives, the other gives the same (a statement's
   * "Diluted earnings per share" and a summary's "Earnings per share, diluted" of one release).
   */
  sameFigures(a: string, b: string): boolean {
    const each = (id: string) => new Set(this.facts.filter((f) => f.metric === id && f.role === 'value').map((f) => `${periodKey(f.period)}=${amount(f).toString()}`));
    const [x, y] = [each(a), each(b)];
    return x.size > 0 && x.size === y.size && [...x].every((v) => y.has(v));
  }

  /** A table figure for the metric and period that answers cannot use: it stands alone on a line too short to quote. */
  unquotable(metric: string, period: Period): Fact | undefined {
    return this.lookup(this.cells, metric, period, 'value')[0];
  }

  /**
   * The table figure a sentence's figure rounds (`rounds`), where its row's line can be quoted: the input of a figure
   * derived from it (a margin, a difference), cited by its row and cell; a direct answer still declines it.
   */
  roundedCell(f: Fact): Fact | undefined {
    const at = f.rounds;
    return at && this.unquoted.find((c) => c.citation.line === at.line && c.citation.cells?.[0]?.line === at.cells?.[0]?.line && c.citation.quote.length >= MIN_QUOTE);
  }

  /** The table figures answers cannot use (each alone on a line too short to quote) whose line's label matches. */
  unquotableLabelled(label: RegExp): Fact[] {
    return [...this.cells.values()].flat().filter((f) => label.test(f.label));
  }

  private lookup(index: Map<string, Fact[]>, metric: string, period: Period, role: Fact['role']): Fact[] {
    const found = index.get(`${metric}|${periodKey(period)}|${role}`);
    if (found) return found;
    // A quarter named "fiscal" of a calendar-year issuer is the calendar quarter of that name; of a
    // fiscal-year issuer it is its own quarter of that name or nothing (never one ending near it).
    const named = period.kind === 'duration' && !!period.fiscal && !period.fiscal.calendar;
    if (!this.fiscal) return (named && index.get(`${metric}|${periodKey({ ...period, fiscal: undefined })}|${role}`)) || [];
    if (named) return [];
    // A quarter asked in calendar words ("Q1 2024") of a fiscal-year issuer is its fiscal quarter of that name.
    const nominal = nominalKey(period);
    const byName = nominal && index.get(`${metric}|${nominal}|${role}`);
    if (byName) return byName;
    // A period asked by its end date ("the quarter ended December 30, 2023", "13 weeks ended November 2")
    // of a 52/53-week calendar is the period of that length the releases end within a week of it.
    const near = this.nearPeriod(period);
    return (near && index.get(`${metric}|${periodKey(near)}|${role}`)) || [];
  }

  /**
   * The releases' own period a period asked names, where the calendar is fiscal: by its calendar name or
   * its end within a week ("the first half of 2031" and "26 weeks" are one half-year ended June 28, 2031).
   */
  ownPeriod(p: Period, text = ''): Period {
    // A fiscal name a release of halves or years dates by its own columns ("H1 FY26"), or by their calendar: that period.
    // (A date asked by a span's name, "at the start of FY26", is that date: the name is the span it opens.)
    const named = p.kind === 'instant' ? null : periodOfName(text, this.releases.map((r) => r.periodNames ?? []));
    if (named) return named;
    if (p.kind !== 'duration' || p.fiscal) return p;
    this.periodList ??= [...new Map(this.facts.map((f) => [periodKey(f.period), f.period])).values()];
    // (Dated spans of weeks with no fiscal names, "26 weeks ended 30 August 2025": a year back from it is the span the
    // release prints ended August 31, 2024, never a span of August 30 it does not have.)
    if (!this.fiscal) return this.periodList.some((x) => periodKey(x) === periodKey(p)) ? p : (this.nearPeriod(p) ?? p);
    const key = nominalKey(p);
    return this.periodList.find((x) => periodKey(x) === periodKey(p) || periodKey(x) === key) ?? this.nearPeriod(p) ?? p;
  }

  private periodList?: Period[];
  /** The releases' period of the same kind and length ending within a week of `p`, if exactly one. */
  private nearPeriod(p: Period): Period | undefined {
    this.periodList ??= [...new Map(this.facts.map((f) => [periodKey(f.period), f.period])).values()];
    const near = this.periodList.filter((x) => nearSpan(x, p));
    // One span named two ways (a column's fiscal name "9M FY2025", a sentence's dates): its fiscal name, which its columns' figures go by.
    const named = near.filter((x) => x.kind === 'duration' && x.fiscal);
    return near.length === 1 ? near[0] : named.length === 1 && near.every((x) => sameSpan(x, named[0]!)) ? named[0] : undefined;
  }

  /**
   * The metric's figure for a period: in `currency` when it is money (the issuer's unless asked), the most
   * precise one the release prints.
   */
  get(metric: string, period: Period, currency: Currency = this.currency, role: Fact['role'] = 'value'): Fact | undefined {
    // Answers ask the same lines again and again: the figure is chosen once a list of facts and a currency.
    const facts = this.all(metric, period, role);
    let byCurrency = chosen.get(facts);
    if (!byCurrency) chosen.set(facts, (byCurrency = new Map()));
    if (!byCurrency.has(currency)) byCurrency.set(currency, this.choose(facts, currency));
    return byCurrency.get(currency);
  }

  private choose(facts: Fact[], currency: Currency): Fact | undefined {
    // Pence are sterling: a figure printed in pence is a pound release's figure, in its own unit.
    const inIt = (f: Fact) => majorOf(currencyOf(f.unit) ?? '') === currency;
    const fitting = facts.filter((f) => currencyOf(f.unit) === null || inIt(f));
    // A money metric's figure in that currency, not a rate filed with it (guidance states a net income
    // range and its growth range under one metric): figures in the currency come first.
    const inCurrency = fitting.filter(inIt);
    const pool = inCurrency.length ? inCurrency : fitting;
    // The most precise figure, unless the latest release that prints one restates it (differs beyond rounding).
    const best = mostPrecise(pool);
    const latest = this.newestFirst.find((r) => pool.some((f) => f.citation.document === r.document));
    const own = mostPrecise(pool.filter((f) => f.citation.document === latest?.document));
    return own && best && restates(own, best) ? own : best;
  }

  /** The periods a metric has figures for, newest first (by end date; a quarter before the six months ending with it). */
  periods(metric: string): Period[] {
    const seen = new Map<string, Period>();
    for (const f of this.facts) if (f.metric === metric && f.role === 'value') seen.set(periodKey(f.period), f.period);
    return [...seen.values()].sort((a, b) => periodEnd(b).localeCompare(periodEnd(a)) || monthsOf(a) - monthsOf(b));
  }

  /** The release a figure or text stands in. */
  sourceRelease(f: Fact | TextFact): Release | undefined {
    return this.releases.find((r) => r.document === f.citation.document);
  }

  /** The RMB per US$1 rate the latest release translates at (found once: many answers ask it). */
  rate(): Fact | undefined {
    const known = rates.get(this);
    if (known) return known.fact;
    const latest = this.releases.find((r) => periodKey(r.quarter) === periodKey(this.quarter));
    const fact = latest?.facts.filter((f) => f.unit.kind === 'fx').at(-1) ?? this.facts.filter((f) => f.unit.kind === 'fx').at(-1);
    rates.set(this, { fact });
    return fact;
  }

  textsFor(metric: string, kind: TextFact['kind']): TextFact[] {
    return this.texts.filter((t) => t.kind === kind && t.metric === metric);
  }
}
