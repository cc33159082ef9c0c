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
