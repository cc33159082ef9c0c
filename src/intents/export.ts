// Facts as an export: one row per fact with its numeric value as printed, unit, scale, currency, period
// (start, end, the release's label), metric id and label, section, company and citation. CSV follows
// RFC 4180 (CRLF rows, a field with a comma, quote or line break quoted, quotes doubled): a few lines
// here, tested, rather than a dependency. JSON is the same rows as objects, numbers as numbers.
import type { Fact, Unit } from '../knowledge/fact.js';
import type { KnowledgeBase } from '../knowledge/kb.js';
import { lastDay, periodLabel, type Period } from '../knowledge/period.js';
import { companyOf } from './chart.js';

/**
 * A file name's stem from a title, safe on every platform and file system: lower-case letters and digits
 * joined by "-", accents dropped ("Société Générale" → "societe-generale"), at most `max` characters.
 */
export function fileSlug(title: string, max: number): string {
  const words = title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  return words.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, max).replace(/-$/, '');
}

export const EXPORT_COLUMNS = [
  'company',
  'metric',
  'label',
  'section',
  'role',
  'value',
  'unit',
  'scale',
  'currency',
  'period_start',
  'period_end',
  'fiscal_label',
  'document',
  'line',
  'quote',
] as const;
export type ExportRow = Record<(typeof EXPORT_COLUMNS)[number], string | number | null>;

/** What the value counts: "money", "percent", "loans", "RMB per ADS", "months", "RMB per USD". */
function unitName(u: Unit): string {
  switch (u.kind) {
    case 'money':
    case 'percent':
    case 'months':
      return u.kind;
    case 'count':
      return u.noun;
    case 'per_share':
      return `${u.currency} per ${u.basis}`;
    case 'fx':
      return `${u.from} per ${u.to}`;
  }
}

/**
 * The first day of a period ending on a month's last day (calendar months); null for a balance-sheet date
 * (no span) and for a fiscal period whose first day the release does not print.
 */
export function periodStart(p: Period): string | null {
  if (p.kind === 'instant') return null;
  const [y, m, d] = p.end.split('-').map(Number) as [number, number, number];
  if (d !== lastDay(y, m)) return null;
  const first = new Date(Date.UTC(y, m - p.months, 1));
  return first.toISOString().slice(0, 10);
}

export function exportRow(kb: KnowledgeBase, f: Fact): ExportRow {
  const u = f.unit;
  return {
    company: companyOf(kb, f),
    metric: f.metric,
    label: f.label,
    section: f.statement,
    role: f.role,
    value: f.value.toNumber(),
    unit: unitName(u),
    scale: 'scale' in u ? u.scale : 1,
    currency: 'currency' in u ? u.currency : null,
    period_start: periodStart(f.period),
    period_end: f.period.kind === 'instant' ? f.period.date : f.period.end,
    fiscal_label: periodLabel(f.period),
    document: f.citation.document,
    line: f.citation.line,
    quote: f.citation.quote,
  };
}

/** One CSV field: quoted when it holds a comma, a quote, a line break or outer spaces; quotes doubled. */
export function csvField(v: string | number | null): string {
  const s = v === null ? '' : String(v);
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(rows: ExportRow[]): string {
  return [EXPORT_COLUMNS.join(','), ...rows.map((r) => EXPORT_COLUMNS.map((c) => csvField(r[c])).join(','))].map((l) => `${l}\r\n`).join('');
}

export const toJson = (rows: ExportRow[]) => `${JSON.stringify(rows, null, 2)}\n`;
