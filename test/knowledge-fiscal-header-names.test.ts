// Column headers that name fiscal periods as South African, British and Indian releases write them: "H1 F2026" (the
// half of the fiscal year to June 2026), "H1 2026/27" (a year over two, named by the year it ends in), "Q2FY27" and
// "H1FY27" (as one word). Their tables were skipped ("no column header names a period"), so most of a release's
// figures were missing (hl30 karoo, pellworth, deccan); each is now dated as the release's prose dates it, and a
// fiscal quarter is labelled so it cannot be read as the calendar's. The releases are synthetic.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const KAROO = [
  '# Synthetic Kalahari Platinum Limited', '', '**Unaudited interim results for the six months ended 31 December 2025**', '',
  'Compared with the six months ended 31 December 2024 ("H1 F2025"), for the six months ended 31 December 2025 ("H1 F2026"), revenue rose 17.1%.', '',
  '| Rm | H1 F2026 | H1 F2025 |', '|---|---:|---:|', '| Revenue | 15,812 | 13,506 |', '| Operating profit | 3,453 | 764 |',
];
const PELL = [
  '# Synthetic Penmarsh Stores plc Interim Results', '',
  'Synthetic Penmarsh Stores plc announces its interim results for the 26 weeks ended 29 August 2026 ("H1 2026/27"). Comparatives are for the 26 weeks ended 30 August 2025 ("H1 2025/26"). The financial year ends on 27 February 2027.', '',
  '| £m | H1 2026/27 | H1 2025/26 |', '|---|---:|---:|', '| Revenue | 9,412 | 9,037 |', '| Statutory operating profit | 514 | 484 |',
];
const DECCAN = [
  '# Synthetic Godavari Bank Limited', '## Financial Results for the Quarter and Half Year ended September 30, 2026 (Q2FY27)', '',
  '*All figures in ₹ crore unless stated otherwise.*', '',
  '| Particulars (₹ crore) | Q2FY27 | Q1FY27 | Q2FY26 | H1FY27 | H1FY26 |', '|---|---:|---:|---:|---:|---:|',
  '| Net interest income | 4,224 | 4,054 | 3,734 | 8,278 | 7,327 |', '| Operating expenses | 2,471 | 2,398 | 2,203 | 4,869 | 4,312 |',
];

let n = 0;
const ask = (lines: string[], name: string, q: string) => inlineEngine(lines, name).ask(q, `fiscal-header-${n++}`);

describe('columns named by fiscal names are read, each dated as the release dates it', () => {
  it('"H1 F2026" of a June fiscal year: the six months to December 2025', () => {
    const a = ask(KAROO, 'synthetic-kalahari-h1-f2026.md', 'operating profit H1 F2025?');
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain('R764');
    expect(a.text).toContain('December 31, 2024');
    expect(ask(KAROO, 'synthetic-kalahari-h1-f2026.md', 'revenue?').text).toContain('R15,812');
  });
  it('"H1 2026/27": the 26 weeks to 29 August 2026', () => {
    const a = ask(PELL, 'synthetic-penmarsh-h1-2026-27.md', 'statutory operating profit?');
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain('514');
    expect(a.text).toContain('August 29, 2026');
  });
  it('"Q2FY27" and "H1FY27" written as one word: fiscal quarters, labelled as fiscal, and the half to September', () => {
    const q = ask(DECCAN, 'synthetic-godavari-q2fy27.md', 'opex for the qtr?');
    expect(q.status, q.text).toBe('answer');
    expect(q.text).toContain('2,471');
    expect(q.text).toContain('fiscal Q2 2027');
    const h = ask(DECCAN, 'synthetic-godavari-q2fy27.md', 'net interest income H1FY27');
    expect(h.text).toContain('8,278');
    expect(h.text).toContain('September 30, 2026');
  });
});

describe('fiscal names as keys, one per name, by the fiscal year each names', async () => {
  const { fiscalNames } = await import('../src/knowledge/period-names.js');
  it.each([
    ['H1 2026/27', ['h1-2027']],
    ['H1 FY2026/27', ['h1-2027']],
    ['FY 2025/26', ['fy-2026']],
    ['Q2 26/27', ['q2-2027']],
    ['H1 F2026 vs H1 F2025', ['h1-2026', 'h1-2025']],
    ['Q2FY27', ['q2-2027']],
    ['H1FY26', ['h1-2026']],
    // two-digit years over a slash alone may be a date; years not one apart are no fiscal year
    ['25/26', []],
    ['2026/29', []],
    ['F150', []],
  ])('%s', (text, keys) => {
    expect(fiscalNames(text)).toEqual(keys);
  });
});
