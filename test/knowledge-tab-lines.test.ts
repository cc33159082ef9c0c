// Lines of releases with tab-separated tables: a bullet set off by a tab is prose, and a title line over
// a header row ends the table above and opens the next (test/corpus/tab-lines.jsonl; a synthetic issuer,
// made-up figures, laid out as a newswire's plain-text release with a two-row period header).
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { periodKey } from '../src/knowledge/period.js';
import type { Release } from '../src/knowledge/release.js';
import { TAB_PROSE_RULES, isTabHeader, tabProse } from '../src/knowledge/tab-lines.js';
import { inlineRelease } from './support/inline.js';

interface Example {
  rule?: string;
  line: string;
  prose: boolean;
  header?: boolean;
}
const examples = readFileSync('test/corpus/tab-lines.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Example);

describe('tab lines corpus', () => {
  it.each(examples)('$line', (ex) => {
    expect(tabProse(ex.line)?.name).toBe(ex.prose ? ex.rule : undefined);
    if (ex.header !== undefined) expect(isTabHeader(ex.line)).toBe(ex.header);
  });

  it('every rule is pinned by an example', () => {
    for (const r of TAB_PROSE_RULES) expect(examples.some((e) => e.rule === r.name)).toBe(true);
  });
});

const value = (r: Release, metric: string, period: string) => r.facts.find((f) => f.source === 'table' && f.metric === metric && periodKey(f.period) === period && f.role === 'value')?.value.toString();

describe('a release of tab tables with two-row headers, titled tables and tabbed bullets', () => {
  let r: Release;
  beforeAll(() => {
    r = inlineRelease([
      'Pellworth Mills Reports Third Quarter Fiscal 2027 Results',
      '',
      'Pellworth Mills, Inc. today reported results for the third quarter of fiscal 2027, the three months ended March 31, 2027. Its fiscal year ends June 30.',
      '',
      'Third Quarter Summary',
      '•\tNet sales of $912.4 million increased 3.1%.',
      '•\tOperating profit of $80.1 million rose 1.2%.',
      '',
      'CONDENSED STATEMENTS OF EARNINGS (unaudited)',
      '($ in millions, except per share amounts)',
      '\tQ3 FY2027\tQ3 FY2026\t9M FY2027\t9M FY2026',
      '\tThree months ended Mar. 31, 2027\tThree months ended Mar. 31, 2026\tNine months ended Mar. 31, 2027\tNine months ended Mar. 31, 2026',
      'Net sales\t$912.4\t$885.0\t$2,702.6\t$2,634.9',
      'Cost of sales\t653.3\t637.2\t1,936.0\t1,893.1',
      'Gross profit\t259.1\t247.8\t766.6\t741.8',
      'Operating profit\t80.1\t79.1\t233.7\t228.0',
      '',
      'SEGMENT RESULTS ($ in millions)',
      '\tQ3 FY2027\tQ3 FY2026\t9M FY2027\t9M FY2026',
      'Net sales',
      'Retail\t600.0\t590.3\t1,780.4\t1,751.0',
      'Bakery\t312.4\t294.7\t922.2\t883.9',
      'Total net sales\t912.4\t885.0\t2,702.6\t2,634.9',
    ], 'pellworth.txt');
  });

  it('reads every table: the bullets are prose and the segment table is a table of its own', () => {
    expect(r.skipped).toEqual([]);
    expect(value(r, 'net_sales', 'FY2027Q3')).toBe('912.4');
    expect(value(r, 'net_sales', 'FY2027-9M')).toBe('2702.6');
    expect(value(r, 'bakery', 'FY2027Q3')).toBe('312.4');
    expect(value(r, 'bakery', 'FY2026-9M')).toBe('883.9');
  });

  it('keeps the tabbed bullets as sentences, cited to their lines', () => {
    const said = r.facts.find((f) => f.source !== 'table' && f.metric === 'operating_profit' && f.role === 'value');
    expect(said?.citation.line).toBe(7);
  });
});
