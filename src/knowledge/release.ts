// The release as read: its facts, metrics, text facts and tables, the issuer it is from, and what the
// reader left out and why. The types every stage shares; the builder is build.ts.
import { Decimal } from 'decimal.js';
import { amount, currencyOf, type Fact, type TextFact } from './fact.js';
import type { Issuer } from './issuer.js';
import type { NonFigure } from './narrative.js';
import type { UnreadFigure } from './number-style.js';
import type { Period } from './period.js';
import type { ParsedTable } from './tables.js';

export interface Metric {
  id: string;
  /** The label to show: the table's, else the narrative's. */
  label: string;
  /** Every label the release uses for it. */
  labels: string[];
  statement: string;
  /** The line it adds up into, when a total or group line in a table does. */
  parent?: string;
  /** The lines that add up to it. */
  children: string[];
  /** The section row of its table it is listed under ("(1) Net sales by reportable segment:"), where it has one. */
  heading?: string;
  /** The line the prose states it as a part of ("of which", "out of those", a footnote listing it), where no table adds it up. */
  partOf?: string;
  source: 'table' | 'narrative';
}

export interface Mismatch {
  what: string;
  lines: number[];
  metrics: string[];
  /** The facts at fault. */
  facts: Fact[];
}

/** A table the reader did not take figures from, with the line and the reason. */
export interface SkippedTable {
  line: number;
  title: string;
  reason: string;
  /** Its lines' labels: the release's own names ("Automotive Parts"), though no figure of them is read. */
  labels?: string[];
}

export interface Release {
  document: string;
  /** How the file was read: HTML, plain text with ASCII tables, or markdown. */
  format: 'html' | 'text' | 'markdown';
  title: string;
  issuer: Issuer;
  /** The release's own quarter: "this quarter". */
  quarter: Period;
  facts: Fact[];
  texts: TextFact[];
  metrics: Map<string, Metric>;
  tables: ParsedTable[];
  /** Tables left out, each named by its line and why: the rest of the release still loads. */
  skipped: SkippedTable[];
  nonFigures: NonFigure[];
  /** Totals that did not add up while parsing (the load checks add the rest). */
  tableMismatches: Mismatch[];
  /** Figures its number style gives no one reading ("1,234.5" in a decimal-comma release), each named by its line: never read the other way. */
  unreadFigures?: UnreadFigure[];
  /** A release printing the decimal comma ("EUR 5.600 - 5.800 million"): its quotes are read in the point style, as its figures were. */
  decimalComma?: true;
  /** A release of halves or years: the fiscal names its dated columns bear ("h1fy26", knowledge/period-names.ts), each with its period. */
  periodNames?: [string, Period][];
}

/**
 * The most precise of several figures for one thing: a table's thousands before a narrative's millions. A
 * narrative figure that a table figure of the same unit contradicts (a misread or misprinted sentence) never
 * outranks it, however many decimals it prints.
 */
export function mostPrecise(facts: Fact[]): Fact | undefined {
  const tables = facts.filter((f) => f.source === 'table');
  const contradicted = (f: Fact) => f.source !== 'table' && tables.some((t) => t.unit.kind === f.unit.kind && currencyOf(t.unit) === currencyOf(f.unit) && restates(t, f));
  return facts.filter((f) => !contradicted(f)).sort((a, b) => halfUnit(a).comparedTo(halfUnit(b)) || (a.source === b.source ? 0 : a.source === 'table' ? -1 : 1))[0];
}

/** Whether two figures of one thing differ by more than their printed precision allows: a restatement, not rounding. */
export function restates(a: Fact, b: Fact): boolean {
  return amount(a).minus(amount(b)).abs().greaterThan(halfUnit(a).plus(halfUnit(b)));
}

/** Whether a value rounds to a printed figure: within half a unit of its last digit. */
export function roundsTo(value: Decimal, f: Pick<Fact, 'value' | 'decimals' | 'unit'>): boolean {
  return value.minus(amount(f)).abs().lte(halfUnit(f));
}

const halves = new Map<string, Decimal>();
/** Half a unit of the last printed digit, in base units: how far a rounded figure may be from the truth. */
export function halfUnit(f: Pick<Fact, 'decimals' | 'unit'>): Decimal {
  const scale = 'scale' in f.unit ? f.unit.scale : 1;
  const key = `${f.decimals}|${scale}`;
  let h = halves.get(key);
  if (!h) halves.set(key, (h = new Decimal(`5e-${f.decimals + 1}`).times(scale)));
  return h;
}
