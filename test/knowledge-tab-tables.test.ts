// Tab-separated tables in plain text with lines that carry no tab: a section heading row ("Operating
// expenses:") and a row label wrapped onto the next line stay inside their table (synthetic issuer, made-up
// figures); a per-share line in a balance sheet in thousands keeps its own unit.
import { beforeAll, describe, expect, it } from 'vitest';
import { runChecks } from '../src/knowledge/checks.js';
import { periodKey } from '../src/knowledge/period.js';
import type { Release } from '../src/knowledge/release.js';
import { inlineRelease } from './support/inline.js';

const fact = (r: Release, metric: string, period: string) => r.facts.find((f) => f.source === 'table' && f.metric === metric && periodKey(f.period) === period && f.role === 'value');
const value = (r: Release, metric: string, period: string) => fact(r, metric, period)?.value.toString();

describe('a tab-separated statement with section rows and a wrapped label', () => {
  let r: ReturnType<typeof inlineRelease>;
  beforeAll(() => {
    r = inlineRelease([
      'Tamsin Biologics Reports Second Quarter 2026 Results',
      '',
      'Tamsin Biologics today reported results for the quarter ended June 30, 2026.',
      '',
      'CONDENSED STATEMENTS OF OPERATIONS',
      '(In thousands, except per share data)',
      '',
      '\tThree Months Ended June 30,\t',
      '\t2026\t2025',
      'Revenues:',
      'Product revenue, net\t84,310\t61,925',
      'Collaboration revenue\t6,240\t9,880',
      'Total revenues\t90,550\t71,805',
      'Operating expenses:',
      'Research and development\t41,760\t38,205',
      'Selling, general and',
      '  administrative\t29,415\t25,130',
      'Total operating expenses\t71,175\t63,335',
      'Net income\t16,902\t6,940',
      'Net income per share, diluted\t0.31\t0.13',
      '',
      'CONDENSED BALANCE SHEETS',
      '(In thousands, except per share data)',
      '',
      '\tJune 30, 2026\tDecember 31, 2025',
      'Cash and cash equivalents\t402,115\t377,460',
      'Total assets\t915,880\t868,245',
      'Total stockholders\' equity\t611,020\t590,760',
      'Book value per share\t11.42\t11.07',
    ], 'tamsin.txt');
  });

  it('reads the statement whole: no table is cut at the section rows', () => {
    expect(r.skipped).toEqual([]);
    expect([value(r, 'product_revenue_net', '2026Q2'), value(r, 'research_and_development', '2026Q2'), value(r, 'net_income', '2025Q2')]).toEqual(['84310', '41760', '6940']);
    expect(fact(r, 'net_income', '2026Q2')!.unit).toMatchObject({ kind: 'money', scale: 1e3 });
  });

  it('joins the wrapped label and files the lines under their sections', () => {
    expect(value(r, 'selling_general_and_administrative', '2026Q2')).toBe('29415');
    expect(fact(r, 'selling_general_and_administrative', '2026Q2')!.citation.line).toBe(17);
    const t = r.tables[0]!;
    expect(t.lines.find((l) => l.label === 'Research and development')!.parents).toContain('Operating expenses');
    expect(t.lines.find((l) => l.label === 'Total revenues')!.children.map((l) => l.label)).toEqual(['Product revenue, net', 'Collaboration revenue']);
  });

  it('keeps a per-share line of a balance sheet in thousands as an amount per share', () => {
    expect(value(r, 'book_value_per_share', '2026-06-30')).toBe('11.42');
    expect(fact(r, 'book_value_per_share', '2026-06-30')!.unit).toMatchObject({ kind: 'per_share' });
  });
});

describe('a file cut in the middle of a row label', () => {
  const statement = [
    'Tamsin Biologics Reports Second Quarter 2026 Results',
    '',
    'Tamsin Biologics today reported results for the quarter ended June 30, 2026.',
    '',
    'CONDENSED STATEMENTS OF OPERATIONS',
    '(In thousands)',
    '',
    '\tThree Months Ended June 30, 2026\tThree Months Ended June 30, 2025',
    'Product revenue, net\t84,310\t61,925',
    'Research and development\t41,760\t38,205',
  ];

  it('a tab-separated table is reported as cut at that line; its rows above still load', () => {
    const r = inlineRelease([...statement, 'Selling, gene'], 'tamsin-cut.txt');
    expect(value(r, 'research_and_development', '2026Q2')).toBe('41760');
    expect(runChecks(r).issues.map((i) => [i.check, i.lines, i.message])).toEqual([['table', [11], expect.stringMatching(/ends inside the table, on a row label with no figures \("Selling, gene", line 11\): it was cut/)]]);
  });

  it('a fixed-width table likewise', () => {
    const r = inlineRelease([
      ...statement.slice(0, 7),
      '                                   June 30, 2026   June 30, 2025',
      'Cash and cash equivalents                402,115         377,460',
      'Total assets                             915,880         868,245',
      'Total liabilities                        304,860         277,485',
      'Total stockholders',
    ], 'tamsin-cut-fixed.txt');
    expect(runChecks(r).issues.map((i) => [i.check, i.lines])).toEqual([['table', [12]]]);
  });

  it('a whole table is no cut one', () => {
    expect(runChecks(inlineRelease(statement, 'tamsin-whole.txt')).issues).toEqual([]);
  });
});
