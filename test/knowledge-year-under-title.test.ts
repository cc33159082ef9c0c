// Columns headed by a year alone ("2026", "2025") under a title that names their span and its end day but no year
// ("SELECTED CASH FLOW DATA (six months ended June 30, dollars in millions)") are that span in each year. A year
// alone was read as no period, so the table was skipped ("no column header names a period"). A title that names no
// end day, or one whose span already has its year, leaves the years unread: a year alone says no twelve months.
import { describe, expect, it } from 'vitest';
import { inlineEngine, inlineRelease } from './support/inline.js';

const text = (title: string) => [
  'SYNTHETIC BANCORP REPORTS SECOND QUARTER 2026 RESULTS',
  '',
  'Synthetic Bancorp reported net income of $48.2 million for the second quarter ended June 30, 2026.',
  '',
  '',
  title,
  '                                              2026           2025',
  'Net cash provided by operating activities      151            139',
  'Net cash used in investing activities         (498)          (372)',
  'Net cash provided by financing activities      392            287',
];
const markdown = (title: string) => ['# Synthetic Bancorp Reports Second Quarter 2026 Results', '', 'Synthetic Bancorp reported net income of $48.2 million for the second quarter ended June 30, 2026.', '', `## ${title}`, '', '| | 2026 | 2025 |', '|---|---|---|', '| Net cash provided by operating activities | 151 | 139 |'];

const FORMS: [string, string[], string, number][] = [
  ['a text title in capitals with its unit', text('SELECTED CASH FLOW DATA (six months ended June 30, dollars in millions)'), 'synthetic.txt', 8],
  ['a markdown heading', markdown('Cash flows for the six months ended June 30 (in millions of dollars)'), 'synthetic.md', 9],
  ['a span in weeks', markdown('Cash flows, 26 weeks ended June 30 ($ in millions)'), 'synthetic.md', 9],
];

describe('years alone under a title that names their span', () => {
  it.each(FORMS)('%s: each year is the span ending that day', (_, lines, name, line) => {
    const a = inlineEngine(lines, name).ask('operating cash flow in the six months ended June 30, 2026', 'year-under-title');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('$151.0 million');
    expect(a.citations[0]?.line).toBe(line);
    const prior = inlineEngine(lines, name).ask('operating cash flow in the six months ended June 30, 2025', 'year-under-title-prior');
    expect(prior.text).toContain('$139.0 million');
  });

  it.each([
    ['a title with no end day', markdown('Cash flows, first half (in millions of dollars)')],
    ['a title whose span has its year', markdown('Cash flows, six months ended June 30, 2026 (in millions of dollars)')],
  ])('%s: the years stay unread', (_, lines) => {
    const r = inlineRelease(lines);
    expect(r.facts.filter((f) => f.citation.line === 9)).toEqual([]);
  });
});
