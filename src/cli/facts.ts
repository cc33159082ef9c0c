// `qfin facts [FILTER] [--format text|csv|json]`: the facts of the loaded releases whose listing line
// contains FILTER: as text (metric, period, role, value, document:line, quote), or as the export's rows
// (src/intents/export.ts) in CSV (RFC 4180) or JSON, for a spreadsheet or a script.
import type { Company } from '../knowledge/companies.js';
import { lineOf } from '../knowledge/citation.js';
import type { Fact } from '../knowledge/fact.js';
import type { KnowledgeBase } from '../knowledge/kb.js';
import { periodKey } from '../knowledge/period.js';
import { exportRow, toCsv, toJson } from '../intents/export.js';
import { figure } from '../intents/format.js';

export const FORMATS = ['text', 'csv', 'json'] as const;
export type Format = (typeof FORMATS)[number];

const listing = (f: Fact) => `${f.metric}\t${periodKey(f.period)}\t${f.role}\t${figure(f)}\t${lineOf(f.citation)}\t${f.citation.quote.slice(0, 120)}`;

export function factsOutput(companies: Company[], filter: string, format: Format): string {
  const chosen: [KnowledgeBase, Fact][] = companies.flatMap((c) => c.kb.facts.map((f): [KnowledgeBase, Fact] => [c.kb, f]));
  const kept = chosen.filter(([, f]) => !filter || listing(f).toLowerCase().includes(filter));
  if (format === 'text') return kept.map(([, f]) => `${listing(f)}\n`).join('');
  const rows = kept.map(([kb, f]) => exportRow(kb, f));
  return format === 'csv' ? toCsv(rows) : toJson(rows);
}
