// A column of what a company expects ("Previous forecast (Apr 30, 2026)", "Revised forecast", "FY2026 (forecast)",
// "FY2026 (actual / forecast)") is left out by name: its figures are no result of the period it names. The table's
// other columns ("FY2025 actual", "FY2025 results") are read. The words "forecast" and "results" were unknown to the
// column reader, so the whole table was skipped and the year's actuals declined. Synthetic releases, written inline.
import { describe, expect, it } from 'vitest';
import { buildRelease } from '../src/knowledge/build.js';
import { readRelease } from '../src/knowledge/document.js';
import { inlineEngine, inlineRelease } from './support/inline.js';

const release = (headers: [string, string, string], cells: [string, string, string]) => [
  '# Synthetic Air Reports Results for the Second Quarter Ended September 30, 2026',
  '',
  'Fiscal year: April 1 to March 31. "FY2026" is the fiscal year ending March 31, 2027.',
  '',
  '| (Millions of yen) | Three months ended September 30, 2026 | Three months ended September 30, 2025 |',
  '|---|---|---|',
  '| Operating income | 45,107 | 36,114 |',
  '',
  '## Consolidated Forecast for FY2026 (April 1, 2026 – March 31, 2027)',
  '',
  `| (Millions of yen) | ${headers.join(' | ')} |`,
  '|---|---|---|---|',
  `| Operating income | ${cells.join(' | ')} |`,
];

const FORMS: [string, string[]][] = [
  ['previous and revised forecasts beside the actual', release(['Previous forecast (Apr 30, 2026)', 'Revised forecast', 'FY2025 actual'], ['120,000', '128,000', '109,874'])],
  ['a forecast named by its year, the actual as results', release(['FY2026 (forecast)', 'FY2025 results', 'Previous forecast (May 2026)'], ['128,000', '109,874', '120,000'])],
  ['a year of actuals and forecasts together', release(['FY2025 (actual)', 'FY2026 (actual / forecast)', 'FY2026 forecast (revised)'], ['109,874', '96,000', '128,000'])],
];

describe('a table with forecast columns', () => {
  it.each(FORMS)('%s: the actual is read and cited', (_, lines) => {
    const a = inlineEngine(lines).ask('operating income FY2025', 'forecast-columns');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('¥109,874');
    expect(a.citations[0]?.line).toBe(13);
  });

  it.each(FORMS)('%s: no forecast is read as a result', (_, lines) => {
    const r = inlineRelease(lines);
    const read = r.facts.filter((f) => f.citation.line === 13).map((f) => f.value.toString());
    expect(read).toEqual(['109874']);
  });
});

// A dividends table under a release's standing note of millions ("unless otherwise noted") holds per-share figures:
// the note's scale is not its unit, so "24.00" is never ¥24 million (the table is left for its own unit note).
describe('a dividends table under a standing note of millions', () => {
  it('reads no dividend as millions of yen', () => {
    const r = buildRelease(readRelease('eval/hl31/docs/sakura-3q-fy2025.txt'));
    const dividends = r.facts.filter((f) => f.citation.line >= 93 && f.citation.line <= 97 && f.source === 'table');
    expect(dividends.map((f) => `${f.metric} ${f.value}`)).toEqual([]);
  });
});
