// A thread about a part stays the part's: a row printed in tables titled by their figure ("Wholesale" under "Sales"
// and under "Operating profit") is a segment, so "its operating profit" next is the segment's row, never the
// group's line (intents/thread-segment.ts); and a line pointed back at ("growth of that EBIT?") after the part's
// question was declined declines again, never the group's figure (intents/declined-thread.ts). hl50 h50-186,
// h50-030. Synthetic releases, other wordings.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import { inlineEngine } from './support/inline.js';

const tables = inlineEngine(
  [
    'Synthetic Fernhill Group plc - Interim results for the 26 weeks ended 30 August 2026',
    '',
    'Synthetic Fernhill Group plc today announces its interim results for the 26 weeks ended 30 August 2026 ("H1 2026/27"). Comparatives are for the 26 weeks ended 31 August 2025 ("H1 2025/26").',
    '',
    'Sales',
    '<T>\tH1 2026/27\tH1 2025/26\tChange',
    '\t£m\t£m\t%',
    'Retail\t400.0\t380.0\t5.3',
    'Wholesale\t100.0\t90.0\t11.1',
    'Group\t500.0\t470.0\t6.4',
    '',
    'Operating profit',
    '<T>\tH1 2026/27\tH1 2025/26\tChange',
    '\t£m\t£m\t%',
    'Retail\t40.0\t35.0\t14.3',
    'Wholesale\t12.0\t10.0\t20.0',
    'Operating profit\t52.0\t45.0\t15.6',
  ],
  'fernhill.txt',
);
const group = inlineEngine([
  '# Synthetic Harbour Bank Reports Third Quarter 2026 Results',
  '',
  'Synthetic Harbour Bank today reported results for the third quarter ended September 30, 2026.',
  '',
  '| EUR million | Q3 2026 | Q3 2025 |',
  '|---|---:|---:|',
  '| Operating income | 2,100 | 1,950 |',
  '| EBIT | 640 | 560 |',
]);

describe('a thread about a part of tables titled by their figure', () => {
  it("answers the part's own line of another table, not the group's", () => {
    expect(tables.ask('wholesale sales?', 'pt1').text).toContain('100.0');
    const a = tables.ask('what about its operating profit', 'pt1');
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain('12.0');
    expect(a.text).not.toContain('52.0');
  });
});

describe('a line pointed back at after the part was declined', () => {
  it('declines again, never the group line of that name', () => {
    expect(group.ask('WAM operating income Q3 2026?', 'pt2').status).toBe('unknown');
    const a = group.ask('how much did this EBIT grow yoy?', 'pt2');
    expect(a.status, a.text).toBe('unknown');
    expect(a.text).not.toContain('640');
    expect(a.text).toContain('WAM');
  });
  it('a line named on its own after the decline is still answered', () => {
    group.ask('WAM operating income Q3 2026?', 'pt3');
    expect(group.ask('EBIT growth yoy?', 'pt3').text).toContain('640');
  });
});

describe('a line listed under two sections of one table is no part', () => {
  it('after "other services fees" (under credit-driven and under platform services), the company total is answered', () => {
    const e = sharedEngine();
    expect(e.ask('What were other services fees in Q1 2024?', 'pt-sections').status).toBe('clarify');
    expect(e.ask('Other services fees (Platform services) in Q1 2024', 'pt-sections').text).toContain('RMB85.4 million');
    const a = e.ask('What was total net revenue in Q1 2024?', 'pt-sections');
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain('RMB4,153.2 million');
  });
});
