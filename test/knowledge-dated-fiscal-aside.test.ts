// A dated column's fiscal name in brackets ("Three months ended December 31 2025 (Q3 FY2026)", under a spanning
// "Three months ended December 31") is a second name of the period its date gives. Its letters ("Q") were taken
// for words of another kind, so the statement of profit or loss was skipped whole. Synthetic releases, written inline.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const html = [
  '<html><body><h1>Synthetic Devices Co., Ltd. Consolidated Financial Results for the Nine Months Ended December 31, 2025</h1>',
  '<p>Fiscal year: April 1 to March 31. FY2026 is the fiscal year ending March 31, 2026.</p>',
  '<table>',
  '<tr><th rowspan="2">(Millions of yen)</th><th colspan="2">Three months ended December 31</th><th colspan="2">Nine months ended December 31</th></tr>',
  '<tr><th>2025 (Q3 FY2026)</th><th>2024 (Q3 FY2025)</th><th>2025</th><th>2024</th></tr>',
  '<tr><td>Revenue</td><td>48,362</td><td>42,915</td><td>139,870</td><td>124,405</td></tr>',
  '</table></body></html>',
];
const markdown = [
  '# Synthetic Devices Co., Ltd. Consolidated Financial Results for the Nine Months Ended December 31, 2025',
  '',
  'Fiscal year: April 1 to March 31. FY2026 is the fiscal year ending March 31, 2026.',
  '',
  '| (Millions of yen) | Three months ended December 31, 2025 (Q3 FY2026) | Three months ended December 31, 2024 (Q3 FY2025) | Nine months ended December 31, 2025 (9M FY2026) |',
  '|---|---|---|---|',
  '| Revenue | 48,362 | 42,915 | 139,870 |',
];

describe('a dated column with its fiscal name in brackets', () => {
  it.each([
    ['html, under a spanning header', html, 'synthetic.html', 6],
    ['markdown, the name after the date', markdown, 'synthetic.md', 7],
  ])('%s: the table is read, the quarter dated by its date', (_, lines, name, line) => {
    const engine = inlineEngine(lines, name);
    const a = engine.ask('revenue in the three months ended December 31, 2025', 'aside');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('¥48,362');
    expect(a.citations[0]?.line).toBe(line);
    expect(engine.ask('revenue in the nine months ended December 31, 2025', 'aside-9m').text).toContain('¥139,870');
    // Months written out are those months, never the fiscal quarter of a like name (fiscal Q3 2025 is Oct-Dec 2024).
    expect(engine.ask('revenue Oct-Dec 2024', 'aside-months').text).toContain('¥42,915');
    expect(engine.ask('revenue Jul-Sep 2025', 'aside-other-months').status).not.toBe('answer');
  });
});
