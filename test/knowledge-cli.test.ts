// `qfin --release FILE check` as a user runs it (the compiled CLI): a malformed release exits 2 with
// one line on stderr naming document:line, never a stack trace; the real release passes (exit 0);
// a tampered one fails its check (exit 1) naming the lines.
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RELEASE, edited, qfin, releaseLines, writeTmp } from './knowledge-helpers.js';


const MALFORMED: { name: string; content: string | Buffer; line: number; problem: RegExp }[] = [
  { name: 'empty', content: '', line: 1, problem: /the release is empty/ },
  { name: 'binary', content: Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00]), line: 1, problem: /binary content/ },
  { name: 'invalid-utf8', content: Buffer.concat([Buffer.from('## Title\n\n'), Buffer.from([0xc3, 0x28, 0xa0, 0xa1])]), line: 3, problem: /binary content/ },
];

/** A table it cannot read: left out, named by its line and reason; the rest loads. */
const TABLES: { name: string; content: string; line: number; problem: RegExp }[] = [
  { name: 'truncated-table', content: releaseLines.slice(0, 267).join('\n'), line: 267, problem: /table is truncated/ },
  { name: 'cut-mid-row', content: `${releaseLines.slice(0, 276).join('\n')}\n<b>Total net revenue</b>\t<b>3,599,174</b>\t<b>4,15`, line: 277, problem: /non-numeric cell "4,15"/ },
  { name: 'missing-cell', content: edited([{ line: 279, from: '\t21,601', to: '' }]), line: 279, problem: /missing figure in column "Three months ended March 31, 2024 USD"/ },
  { name: 'unknown-header', content: edited([{ line: 266, from: '\t2023\t2024\t2024', to: '\tFoo\tBar\tBaz' }]), line: 265, problem: /no column header names a period/ },
];

describe('qfin --release FILE check on a release with a table it cannot read', () => {
  it.each(TABLES.map((c) => [c.name, c] as const))('%s → exit 1, the table named by line on stdout and stderr, the rest loaded', (name, c) => {
    const file = writeTmp(`cli-table-${name}.md`, c.content);
    const r = qfin(['--release', file, 'check']);
    const doc = relative(process.cwd(), file);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^qfin: ${doc.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:${c.line}: table not read \\(`));
    expect(r.stderr).toMatch(c.problem);
    expect(r.stdout).toMatch(new RegExp(`  table: the table at line ${c.line} .*was not read: `));
    expect(r.stderr).not.toMatch(/TypeError|ZodError|\n\s+at /);
  });
});

describe('qfin --release FILE check on a malformed release', () => {
  it.each(MALFORMED.map((c) => [c.name, c] as const))('%s → exit 2, document:line on stderr', (name, c) => {
    const file = writeTmp(`cli-${name}.md`, c.content);
    const r = qfin(['--release', file, 'check']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    const doc = relative(process.cwd(), file);
    expect(r.stderr.startsWith(`qfin: ${doc}:${c.line}: `)).toBe(true);
    expect(r.stderr).toMatch(c.problem);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/TypeError|ZodError|\n\s+at /);
  });

  it('a file that does not exist → exit 2 naming it', () => {
    const file = writeTmp('cli-present.md', 'x').replace(/cli-present\.md$/, 'cli-absent.md');
    const r = qfin(['--release', file, 'check']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`qfin: ${relative(process.cwd(), file)}: cannot read the file (ENOENT)\n`);
  });
});

describe('qfin check on the real and on tampered releases', () => {
  it('the real release: all checks pass, each with a count above zero (exit 0)', () => {
    const r = qfin(['--release', RELEASE, 'check']);
    expect(r.status).toBe(0);
    const m = /^data\/releases\/qfin-2024q1\.md: all checks pass \((.*)\)\n$/.exec(r.stdout);
    expect(m, r.stdout).not.toBeNull();
    const counts = Object.fromEntries(m![1]!.split(', ').map((kv) => kv.split(' ') as [string, string]));
    expect(Object.keys(counts).sort()).toEqual(['narrative-vs-table', 'stated-change', 'stated-ratio', 'subtotal', 'table', 'usd-vs-rmb']);
    for (const n of Object.values(counts)) expect(Number(n)).toBeGreaterThan(0);
  });

  it('a line item that breaks its total: exit 1, the subtotal check with its lines', () => {
    const file = writeTmp('cli-subtotal.md', edited([{ line: 279, from: '155,963', to: '155,964' }]));
    const r = qfin(['--release', file, 'check']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`${relative(process.cwd(), file)}: 1 FAILED`);
    expect(r.stdout).toContain('  subtotal: Total operating costs and expenses (line 287) is not the sum of its lines');
    expect(r.stdout).toContain('[lines 287, 278, 279, 281, 282, 283, 284, 285, 286]');
  });

  it('a narrative figure that disagrees with the table: exit 1, both lines named', () => {
    const file = writeTmp('cli-narrative.md', edited([{ line: 95, from: 'RMB548.8 million (US', to: 'RMB549.8 million (US' }]));
    const r = qfin(['--release', file, 'check']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('  narrative-vs-table: Referral services fees for 2024Q1 reads 549.8 at line 95 but the table has 548824 at line 275 [lines 95, 275]');
  });

  it('a USD cell that is not the RMB figure at the rate: exit 1, the cell\'s line and the rate\'s line', () => {
    const file = writeTmp('cli-usd.md', edited([{ line: 213, from: '734,220', to: '743,220' }]));
    const r = qfin(['--release', file, 'check']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('  usd-vs-rmb: Cash and cash equivalents: US$743220 (line 213) is not RMB5301288 (line 213) at RMB7.2203 to US$1.00 [lines 213, 213, 193]');
  });
});

describe('qfin ask on a release that does not load', () => {
  it.each(MALFORMED.map((c) => [c.name, c] as const))('%s → every question gets a reply naming document and line (exit 2)', (name, c) => {
    const file = writeTmp(`cli-ask-${name}.md`, c.content);
    const doc = relative(process.cwd(), file);
    const r = qfin(['ask', '--jsonl', '--release', file], '{"id":"q1","text":"What was revenue?"}\n{"id":"q2","text":"and net income?"}\n');
    expect(r.status).toBe(2);
    const replies = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; status: string; text: string });
    expect(replies.map((x) => [x.id, x.status])).toEqual([['q1', 'unknown'], ['q2', 'unknown']]);
    for (const x of replies) {
      expect(x.text).toContain(`${doc} (line ${c.line})`);
      expect(x.text).toMatch(c.problem);
    }
  });
});
