// A table that prints one period in two columns (issue 13): one figure is kept where the two agree; a
// line where they differ gives neither, and the load says which line and which columns. The table is
// never dropped whole, and never does the first column silently win. Built on the synthetic Borealis
// release (test/fixtures/history), with a third column repeating "2024".
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { buildEngine } from '../src/bot.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import { writeTmp } from './knowledge-helpers.js';

const lines = readFileSync('test/fixtures/history/borealis-2024q1.md', 'utf8').split('\n');
/** The release with a third column; `twin` gives its figure for a row (the row's 2024 figure by default). */
function withTwin(twin: (label: string, figure: string) => string): string {
  const at = lines.findIndex((l) => l.startsWith('\t2023\t2024'));
  expect(at, 'the header row of the statement of operations').toBeGreaterThan(0);
  return lines
    .map((l, i) => {
      if (i === at) return `${l}\t2024`;
      if (i === at + 1) return `${l}\tRMB`;
      const cells = l.split('\t');
      return i > at + 1 && cells.length === 3 && cells[0] ? `${l}\t${twin(cells[0], cells[2]!)}` : l;
    })
    .join('\n');
}

let warnings: string[] = [];
afterEach(() => {
  warnings = [];
});
const load = (name: string, text: string) => loadKnowledge([writeTmp(name, text)], (m) => warnings.push(m));

describe('two columns of one period in a table', () => {
  it('keeps one figure where the two columns agree, and the table loads whole', () => {
    const { companies, reports } = load('borealis-twin-same.md', withTwin((_l, f) => f));
    const ops = companies[0]!.kb.facts.filter((f) => f.metric === 'income_from_operations' && f.source === 'table');
    expect(ops.map((f) => `${f.period.kind === 'duration' ? f.period.end : ''} ${f.value}`).sort()).toEqual(['2023-03-31 130000', '2024-03-31 175000']);
    expect(warnings).toEqual([]);
    expect([...reports.values()][0]!.issues.filter((i) => i.check === 'table')).toEqual([]);
    expect(buildEngine(companies).ask('income from operations in Q1 2024', 't').text).toBe('Income from operations was RMB175.0 million in Q1 2024.');
  });

  it('gives neither figure of a line where they differ, names the line and both columns, and keeps the rest', () => {
    const { companies, reports } = load('borealis-twin-differ.md', withTwin((label, f) => (/Income from operations/.test(label) ? '<b>170,000</b>' : f)));
    const row = lines.findIndex((l) => l.startsWith('<b>Income from operations')) + 1;
    const issue = [...reports.values()][0]!.issues.find((i) => i.check === 'table');
    expect(issue?.lines).toEqual([row]);
    expect(issue?.message).toBe(`"Income from operations" (line ${row}) reads 175000 in column 3 ("Three months ended March 31, 2024 RMB") and 170000 in column 4 ("Three months ended March 31, 2024 RMB"), both for the same period: neither figure is used`);
    expect(warnings).toEqual([`qfin: ${[...reports.keys()][0]}:${row}: ${issue!.message}`]);
    const engine = buildEngine(companies);
    const q1 = engine.ask('income from operations in Q1 2024', 'd1');
    expect(q1.status).toBe('unknown');
    expect(q1.text).not.toMatch(/17[05]\.0/);
    expect(engine.ask('income from operations in Q1 2023', 'd2').text).toBe('Income from operations was RMB130.0 million in Q1 2023.');
    expect(engine.ask('total net revenue in Q1 2024', 'd3').text).toContain('RMB495.0 million');
  });
});
