// Load checks: the release against itself. Subtotals equal their lines, narrative figures agree with
// the tables to their rounding, USD agrees with RMB at the stated rate, stated margins and stated
// changes agree with their amounts. A failure names the lines and flags the facts; nothing is corrected.
import { Decimal } from 'decimal.js';
import { amount, currencyOf, type Fact } from './fact.js';
import { linesOf } from './formulas.js';
import { push } from './multimap.js';
import { periodKey } from './period.js';
import { halfUnit, mostPrecise, type Release } from './release.js';
import type { ParsedTable } from './tables.js';

export interface CheckIssue {
  check: 'table' | 'subtotal' | 'narrative-vs-table' | 'usd-vs-rmb' | 'stated-ratio' | 'stated-change';
  message: string;
  document: string;
  lines: number[];
  facts: Fact[];
}

export interface CheckReport {
  /** How many comparisons each check made, so a pass is visibly not vacuous. */
  counts: Record<CheckIssue['check'], number>;
  issues: CheckIssue[];
}

/** [low, high] of a rounded figure: the values it may stand for. */
function interval(f: Fact): [Decimal, Decimal] {
  const v = amount(f);
  const h = halfUnit(f);
  return [v.minus(h), v.plus(h)];
}

function overlaps(a: [Decimal, Decimal], b: [Decimal, Decimal]): boolean {
  return a[0].lessThanOrEqualTo(b[1]) && b[0].lessThanOrEqualTo(a[1]);
}

/** The range of x/y × 100 over the ranges of x and y (y's range must not contain zero). */
function ratioRange(x: [Decimal, Decimal], y: [Decimal, Decimal]): [Decimal, Decimal] | null {
  if (y[0].lessThanOrEqualTo(0) && y[1].greaterThanOrEqualTo(0)) return null;
  const c = [x[0].div(y[0]), x[0].div(y[1]), x[1].div(y[0]), x[1].div(y[1])].map((d) => d.times(100));
  return [Decimal.min(...c), Decimal.max(...c)];
}

/** What every check reads and writes: the release, its figures indexed, and the report being filled. */
interface CheckRun {
  r: Release;
  doc: string;
  counts: CheckReport['counts'];
  issues: CheckIssue[];
  of: (metric: string) => Fact[];
  /** The most precise RMB (or currency-less) value of a metric for a period, found once per metric and period. */
  best: (metric: string, period: Fact['period']) => Fact | undefined;
}

/** Lists by key, in the order given. */
function grouped(facts: Fact[], key: (f: Fact) => string | undefined): Map<string, Fact[]> {
  const by = new Map<string, Fact[]>();
  for (const f of facts) {
    const k = key(f);
    if (k !== undefined) push(by, k, f);
  }
  return by;
}

// The checks compare each figure with its counterparts: each finds them by key in an index built once per
// release, not by a scan of the metric's figures per figure (quadratic in a long release's size).
export function runChecks(r: Release): CheckReport {
  const counts: CheckReport['counts'] = { subtotal: 0, 'narrative-vs-table': 0, 'usd-vs-rmb': 0, 'stated-ratio': 0, 'stated-change': 0, table: r.tables.length + r.skipped.length };
  const byMetric = grouped(r.facts, (f) => f.metric);
  const values = grouped(r.facts, (f) => (f.role === 'value' && (currencyOf(f.unit) ?? 'RMB') === 'RMB' ? `${f.metric}|${periodKey(f.period)}` : undefined));
  const bests = new Map<string, Fact | undefined>();
  const best = (metric: string, period: Fact['period']) => {
    const key = `${metric}|${periodKey(period)}`;
    if (!bests.has(key)) bests.set(key, mostPrecise(values.get(key) ?? []));
    return bests.get(key);
  };
  const run: CheckRun = { r, doc: r.document, counts, issues: [], of: (metric) => byMetric.get(metric) ?? [], best };
  checkTables(run);
  checkNarrativeAgainstTables(run);
  checkUsdAgainstRmb(run);
  checkStatedRatios(run);
  checkStatedChanges(run);
  return { counts, issues: run.issues };
}

/** Tables left unread and subtotals that do not add up, as the table reader found them. */
function checkTables({ r, doc, counts, issues }: CheckRun): void {
  // A table the reader could not read is left out, by line and reason; the rest of the release loads.
  for (const s of r.skipped) issues.push({ check: 'table', message: `the table at line ${s.line}${s.title ? ` ("${s.title}")` : ''} was not read: ${s.reason}`, document: doc, lines: [s.line], facts: [] });
  for (const t of r.tables) counts.subtotal += t.lines.filter((l) => l.total).length;
  for (const m of r.tableMismatches) issues.push({ check: 'subtotal', message: m.what, document: doc, lines: m.lines, facts: m.facts });
  for (const t of r.tables) for (const c of t.conflicts) issues.push({ check: 'table', message: c.what, document: doc, lines: [c.line], facts: [] });
  for (const t of r.tables) checkColumns(t, doc, issues);
}

/** A table read in part: a column of figures whose header was not read. */
function checkColumns(t: ParsedTable, doc: string, issues: CheckIssue[]): void {
  const at = t.lines[0]?.line ?? 0;
  const named = `the table at line ${at}${t.title ? ` ("${t.title}")` : ''}`;
  t.columns.forEach((c, j) => {
    const held = t.lines.filter((l) => l.values[j]);
    if (c.unread && held.length) issues.push({ check: 'table', message: `column ${j + 2} ("${c.header.trim()}") of ${named} was not read: ${c.exclusion}`, document: doc, lines: [...new Set(held.map((l) => l.line))], facts: [] });
  });
}

/** A figure in the prose agrees, to its rounding, with the table's figure for the same metric and period. */
function checkNarrativeAgainstTables({ r, doc, counts, issues }: CheckRun): void {
  const key = (f: Fact) => `${f.metric}|${periodKey(f.period)}|${f.unit.kind}|${currencyOf(f.unit) ?? ''}`;
  const tableByKey = new Map<string, Fact>();
  for (const f of r.facts) if (f.source === 'table' && f.role === 'value') tableByKey.set(key(f), f);

  for (const f of r.facts) {
    if (f.source !== 'narrative' || f.role !== 'value') continue;
    const t = tableByKey.get(key(f));
    if (!t) continue;
    counts['narrative-vs-table']++;
    // Prose states an outgoing as an amount ("interest expense was RMB58.9 million") that a table may
    // print in parentheses: the two agree in size.
    if (amount(t).abs().minus(amount(f).abs()).abs().greaterThan(halfUnit(f))) {
      issues.push({ check: 'narrative-vs-table', message: `${f.label} for ${periodKey(f.period)} reads ${f.value} at line ${f.citation.line} but the table has ${t.value} at line ${t.citation.line}`, document: doc, lines: [f.citation.line, t.citation.line], facts: [f, t] });
    }
  }
}

/** A USD figure is its RMB figure translated at the release's stated rate. */
function checkUsdAgainstRmb({ r, doc, counts, issues }: CheckRun): void {
  const rate = r.facts.find((f) => f.unit.kind === 'fx');
  if (!rate) return;
  // In the text, the USD figure stands in brackets after its RMB figure, on the same line.
  const key = (f: Fact) => `${f.metric}|${periodKey(f.period)}|${f.unit.kind}|${f.source}|${f.source === 'table' ? '' : f.citation.line}`;
  const rmbs = grouped(r.facts, (f) => (f.role === 'value' && currencyOf(f.unit) === 'RMB' ? key(f) : undefined));
  for (const usd of r.facts) {
    if (usd.role !== 'value' || currencyOf(usd.unit) !== 'USD') continue;
    const rmb = rmbs.get(key(usd))?.[0];
    if (!rmb) continue;
    counts['usd-vs-rmb']++;
    // A USD total adds rounded USD lines, and USD per-share figures are computed from unrounded
    // amounts: each may sit a little off the rounded RMB figure translated, which is no error.
    const children = r.metrics.get(usd.metric)?.children.length ?? 0;
    const slack = usd.unit.kind === 'per_share' ? amount(usd).abs().times('0.01') : halfUnit(usd).times(children);
    const [lo, hi] = interval(rmb);
    const [ulo, uhi] = interval(usd);
    if (!overlaps([lo.div(rate.value), hi.div(rate.value)], [ulo.minus(slack), uhi.plus(slack)])) {
      issues.push({ check: 'usd-vs-rmb', message: `${usd.label}: US$${usd.value} (line ${usd.citation.line}) is not RMB${rmb.value} (line ${rmb.citation.line}) at RMB${rate.value} to US$1.00`, document: doc, lines: [usd.citation.line, rmb.citation.line, rate.citation.line], facts: [usd, rmb] });
    }
  }
}

/** A printed margin or ratio follows from its numerator and denominator, to their rounding. */
function checkStatedRatios(run: CheckRun): void {
  const { r, doc, counts, issues, of, best } = run;
  const kinds = new Map(r.facts.filter((f) => f.role === 'value').map((f) => [f.metric, f.unit.kind]));
  // Only a whole's formula names a stated line: segments' formulas are not formed.
  for (const [, lines] of linesOf(r.metrics.values(), (id) => kinds.get(id), false)) {
    if (!lines.stated) continue;
    for (const stated of of(lines.stated).filter((f) => f.role === 'value')) {
      const num = lines.numerator.map((id) => best(id, stated.period)).find(Boolean);
      const den = lines.denominator.map((id) => best(id, stated.period)).find(Boolean);
      if (!num || !den) continue;
      counts['stated-ratio']++;
      const range = ratioRange(interval(num), interval(den));
      if (range && !overlaps(range, interval(stated))) {
        issues.push({ check: 'stated-ratio', message: `${stated.label} is printed as ${stated.value}% (line ${stated.citation.line}) but ${num.label} ÷ ${den.label} gives ${range[0].toFixed(2)}%`, document: doc, lines: [stated.citation.line, num.citation.line, den.citation.line], facts: [stated] });
      }
    }
  }
}

/** What a stated change may be, to the rounding of its two figures: in points, their difference; else their ratio less 100. */
function changeRange(c: Fact, now: Fact, then: Fact): [Decimal, Decimal] | null {
  const [[nowLow, nowHigh], [thenLow, thenHigh]] = [interval(now), interval(then)];
  if (c.points) return [nowLow.minus(thenHigh), nowHigh.minus(thenLow)];
  const range = ratioRange([nowLow, nowHigh], [thenLow, thenHigh]);
  return range && [range[0].minus(100), range[1].minus(100)];
}

/** A stated change (a percentage, or points of a rate) follows from the two figures it compares, to their rounding. */
function checkStatedChanges(run: CheckRun): void {
  const { r, doc, counts, issues, best } = run;
  for (const c of r.facts) {
    if (c.role !== 'change' || !c.basis) continue;
    const now = best(c.metric, c.period);
    const then = best(c.metric, c.basis);
    if (!now || !then) continue;
    counts['stated-change']++;
    const range = changeRange(c, now, then);
    if (range && !overlaps(range, interval(c))) {
      issues.push({ check: 'stated-change', message: `${c.label}: the stated change of ${c.value}${c.points ? ' percentage points' : '%'} (line ${c.citation.line}) does not follow from ${then.value} to ${now.value}`, document: doc, lines: [c.citation.line, now.citation.line, then.citation.line], facts: [c] });
    }
  }
}
