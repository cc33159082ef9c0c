// The export: facts as rows (value as printed, unit, scale, currency, period, metric, label, section,
// company, citation), in CSV by RFC 4180 or JSON, from the CLI (`qfin facts --format`) and in chat
// ("export", "export revenue lines" answer with the CSV as the answer's file).
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedBot } from './support/engines.js';
import type { Engine } from '../src/intents/answer.js';
import { chartFileName } from '../src/adapters/attachments.js';
import { csvField, EXPORT_COLUMNS, fileSlug, periodStart, toCsv } from '../src/intents/export.js';

/** An RFC 4180 reader, as a spreadsheet reads the file: quoted fields may hold commas, quotes and line breaks. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const pair = text.slice(i, i + 2);
    if (quoted && pair === '""') {
      field += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted || (c !== ',' && pair !== '\r\n')) field += c;
    else {
      row.push(field);
      field = '';
      if (c === '\r') {
        rows.push(row);
        row = [];
        i++;
      }
    }
  }
  return rows;
}

const run = (args: string[]) => spawnSync(process.execPath, ['bin/qfin.js', ...args], { encoding: 'utf8', env: { PATH: process.env.PATH }, timeout: 30_000, maxBuffer: 64 << 20 });

let engine: Engine;
let factCount: number;
beforeAll(() => {
  const bot = sharedBot();
  engine = bot.engine;
  factCount = bot.companies.reduce((n, c) => n + c.kb.facts.length, 0);
});

describe('CSV and JSON rows', () => {
  it('quotes a field only when it must, doubling its quotes', () => {
    expect(csvField('Total net revenue')).toBe('Total net revenue');
    expect(csvField('3,016,282')).toBe('"3,016,282"');
    expect(csvField('the "Company"')).toBe('"the ""Company"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(' padded')).toBe('" padded"');
    expect(csvField(null)).toBe('');
    expect(csvField(-1234.5)).toBe('-1234.5');
    const row = Object.fromEntries(EXPORT_COLUMNS.map((c) => [c, c === 'quote' ? 'a "quoted", line\r\nnext' : c])) as never;
    expect(readCsv(toCsv([row]))[1]!.at(-1)).toBe('a "quoted", line\r\nnext');
  });

  it('names files the same way for exports and charts: plain letters and digits, accents dropped, cut at a word', () => {
    expect(fileSlug('Société Générale: Total net revenue, Q1 2024', 60)).toBe('societe-generale-total-net-revenue-q1-2024');
    expect(fileSlug('Qifu Technology — net income (RMB thousands)', 80)).toBe('qifu-technology-net-income-rmb-thousands');
    expect(fileSlug('a'.repeat(10) + ' ' + 'b'.repeat(10), 11)).toBe('aaaaaaaaaa');
    expect(fileSlug('№ ½', 60)).toBe('no-1-2');
    expect(chartFileName({ kind: 'line', title: 'Crédit Agricole: revenue', unit: '', categories: [], series: [], sources: [] })).toBe('credit-agricole-revenue.png');
    expect(chartFileName({ kind: 'line', title: '—', unit: '', categories: [], series: [], sources: [] })).toBe('chart.png');
  });

  it('gives a period its first day only where it is known', () => {
    expect(periodStart({ kind: 'duration', end: '2024-03-31', months: 3 })).toBe('2024-01-01');
    expect(periodStart({ kind: 'duration', end: '2023-12-31', months: 12 })).toBe('2023-01-01');
    expect(periodStart({ kind: 'duration', end: '2023-12-30', months: 3, fiscal: { year: 2024, quarter: 1 } })).toBeNull();
    expect(periodStart({ kind: 'instant', date: '2024-03-31' })).toBeNull();
  });
});

describe('qfin facts --format', () => {
  it('exports every fact as CSV, each row with its value, unit, period and citation', () => {
    const r = run(['facts', '--format', 'csv']);
    expect(r.status, r.stderr).toBe(0);
    const [header, ...rows] = readCsv(r.stdout);
    expect(header).toEqual([...EXPORT_COLUMNS]);
    expect(rows).toHaveLength(factCount);
    for (const row of rows) expect(row).toHaveLength(EXPORT_COLUMNS.length);
    const at = (row: string[], c: (typeof EXPORT_COLUMNS)[number]) => row[EXPORT_COLUMNS.indexOf(c)];
    const total = rows.find((row) => at(row, 'line') === '277' && at(row, 'period_end') === '2024-03-31' && at(row, 'currency') === 'RMB')!;
    expect(total).toBeDefined();
    expect([at(total, 'value'), at(total, 'unit'), at(total, 'scale'), at(total, 'period_start'), at(total, 'fiscal_label')]).toEqual(['4153183', 'money', '1000', '2024-01-01', 'Q1 2024']);
    expect(at(total, 'label')).toMatch(/^Total net revenue/i);
    expect(at(total, 'company')).toMatch(/^Qifu Technology/);
    expect(at(total, 'document')).toBe('data/releases/qfin-2024q1.md');
    expect(at(total, 'quote')).toContain('4,153,183');
  }, 40_000);

  it('exports the facts a filter keeps as JSON, numbers as numbers', () => {
    const r = run(['facts', 'referral_services_fees', '--format', 'json']);
    expect(r.status, r.stderr).toBe(0);
    const rows = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => String(row.metric).includes('referral_services_fees'))).toBe(true);
    const q1 = rows.find((row) => row.period_end === '2024-03-31' && row.currency === 'RMB' && row.scale === 1000)!;
    expect(q1).toMatchObject({ value: 548824, unit: 'money', period_start: '2024-01-01', fiscal_label: 'Q1 2024' });
    expect(typeof q1.line).toBe('number');
    expect(q1.quote).toContain('548,824');
  }, 40_000);

  it('names an unknown format, and --format on another command', () => {
    const bad = run(['facts', '--format', 'xml']);
    expect([bad.status, bad.stderr]).toEqual([2, expect.stringContaining('unknown format "xml": use text, csv, json')]);
    expect(run(['ask', 'net income', '--format', 'csv']).stderr).toContain('--format belongs to facts');
  }, 40_000);
});

describe('export in chat', () => {
  it('answers "export" with every fact as a CSV file, and says what it holds', () => {
    const a = engine.ask('export', 'export-1');
    expect(a.status, a.text).toBe('answer');
    expect(a.file).toMatchObject({ mime: 'text/csv', name: expect.stringMatching(/^qifu-technology.*-all-facts\.csv$/) });
    expect(readCsv(a.file!.content)).toHaveLength(factCount + 1);
    expect(a.text).toContain(`${factCount} figures of Qifu Technology`);
  });

  it('exports only the lines named, with the lines under them', () => {
    const a = engine.ask('export total net revenue lines', 'export-2');
    expect(a.status, a.text).toBe('answer');
    const metrics = new Set(readCsv(a.file!.content).slice(1).map((row) => row[EXPORT_COLUMNS.indexOf('metric')]));
    // The total, its two parts and the lines under them; no other line.
    expect([...metrics]).toEqual(expect.arrayContaining(['total_net_revenue', 'credit_driven_services', 'platform_services', 'referral_services_fees']));
    expect(metrics.has('net_income')).toBe(false);
    const q1 = engine.ask('export Q1 2024 total net revenue as csv', 'export-3');
    const ends = new Set(readCsv(q1.file!.content).slice(1).map((row) => row[EXPORT_COLUMNS.indexOf('period_end')]));
    expect([...ends]).toEqual(['2024-03-31']);
  });

  it('declines an export of words it does not know, naming them', () => {
    const a = engine.ask('export the zorblax lines', 'export-4');
    expect(a.status).toBe('unknown');
    expect(a.file).toBeUndefined();
    expect(a.text).toContain('zorblax');
  });
});
