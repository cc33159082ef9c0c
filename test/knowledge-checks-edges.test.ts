// Load checks at their edges, as `qfin check` reports them: a table the reader could not read is reported
// by its line and title (and counted), while the rest of the release loads and answers; a USD figure
// beside its RMB figure with no exchange rate stated is not compared with anything (and nothing breaks).
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEngine } from '../src/bot.js';
import { loadKnowledge, type Loaded } from '../src/knowledge/load.js';
import { writeTmp } from './knowledge-helpers.js';

const RELEASE = `# Widgetco plc Reports First Quarter 2024 Results

**LONDON, April 25, 2024** — Widgetco plc (LSE: WDG) today reported results for the first quarter ended March 31, 2024.

- Total revenue was RMB120.0 million (US$16.6 million), an increase of 12.0% year over year.

## Income statement

| Segment | Q1 2024 | Q1 2023 |
|---|---|---|
| Revenue | 1,250.5 | 1,100.0 |
`;

describe('a release with a table left unread and no exchange rate', () => {
  let file: string;
  let loaded: Loaded;
  const warnings: string[] = [];
  beforeAll(() => {
    file = writeTmp('checks-edges.md', RELEASE);
    loaded = loadKnowledge([file], (m) => warnings.push(m));
  });

  it('the unread table is reported by its line, its title and why, and counted', () => {
    const report = [...loaded.reports.values()][0]!;
    expect(report.issues.map((i) => [i.check, i.lines, i.message])).toEqual([
      ['table', [9], 'the table at line 9 ("Income statement") was not read: no unit note states the scale of its amounts (thousands, millions, billions)'],
    ]);
    expect(report.counts.table).toBe(1);
    expect(warnings.join('\n')).toContain(':9: table not read');
  });

  it('the USD figure is compared with nothing, and the rest answers', () => {
    expect([...loaded.reports.values()][0]!.counts['usd-vs-rmb']).toBe(0);
    const a = loadEngine({ releases: [file] }).ask('total revenue', 'edges');
    expect(a.text.split('\n')[0]).toBe('Total revenue was RMB120.0 million (US$16.6 million) in Q1 2024.');
  });
});

// A release whose stated margin and stated changes are checked against its own lines: each misprint is
// reported by its lines, in the words `qfin check` prints, and its fact flagged; nothing else is.
const STATED = `# Widgetco Holdings Reports Second Quarter 2026 Results

**SHANGHAI, August 5, 2026** — Widgetco Holdings (NASDAQ: WDG) today reported results for the second quarter ended June 30, 2026.

- Total revenue was RMB120.0 million, an increase of 50.0% year over year.
- Net income was RMB12.0 million, compared with RMB10.0 million in the second quarter of 2025.
- Net income margin was 15.0%, up 3.0 percentage points from the second quarter of 2025.

| (In millions of RMB) | Q2 2025 | Q2 2026 |
|---|---:|---:|
| Total revenue | 100.0 | 120.0 |
| Net income | 10.0 | 12.0 |
| Net income margin | 10.0% | 15.0% |
`;

describe('a stated margin, a stated change and a stated change in points that do not follow from their lines', () => {
  let loaded: Loaded;
  beforeAll(() => {
    loaded = loadKnowledge([writeTmp('checks-stated.md', STATED)], () => {});
  });

  it('each is reported at its lines, in words that say what does not follow', () => {
    const report = [...loaded.reports.values()][0]!;
    expect(report.issues.map((i) => [i.check, i.lines, i.message])).toEqual([
      ['stated-ratio', [13, 12, 11], 'Net income margin is printed as 15% (line 13) but Net income ÷ Total revenue gives 9.95%'],
      ['stated-ratio', [7, 12, 11], 'Net income margin is printed as 15% (line 7) but Net income ÷ Total revenue gives 9.95%'],
      ['stated-change', [5, 11, 11], 'Total revenue: the stated change of 50% (line 5) does not follow from 100 to 120'],
      ['stated-change', [7, 13, 13], 'Net income margin: the stated change of 3 percentage points (line 7) does not follow from 10 to 15'],
    ]);
  });

  it('counts what each check compared: the four prose figures against the table, the margin as printed in each period and in the prose, the two changes', () => {
    const { counts } = [...loaded.reports.values()][0]!;
    expect(counts).toEqual({ table: 1, subtotal: 1, 'narrative-vs-table': 4, 'usd-vs-rmb': 0, 'stated-ratio': 3, 'stated-change': 2 });
  });

  it('flags the misprinted facts (the margin where the table and the prose print it, both changes), and only those', () => {
    expect([...loaded.kb.flagged].map((f) => `${f.metric} ${f.role} ${f.value} line ${f.citation.line}`).sort()).toEqual([
      'net_income_margin change 3 line 7',
      'net_income_margin value 15 line 13',
      'net_income_margin value 15 line 7',
      'total_revenue change 50 line 5',
    ]);
  });
});
