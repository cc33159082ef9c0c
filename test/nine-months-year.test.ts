// "Nine months <year>" of an issuer whose fiscal year runs April to March: the nine months that end in
// that calendar year (ended December 31, 2026, its fiscal 2027's), not fiscal 2026's; "9M FY27" names the
// fiscal year itself. The shorthand "9 mos", "nine months ended 2025" reads the same way. Synthetic, inline.
import { beforeAll, describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const LINES = [
  '# Vantara Textiles Limited: Results for Q3 FY27',
  '',
  'Vantara Textiles Limited today announced results for the third quarter of fiscal 2027, the quarter ended December 31, 2026.',
  '',
  '## Statement of Profit and Loss',
  '',
  '| (₹ crore) | Quarter ended December 31, 2026 | Quarter ended December 31, 2025 | Nine months ended December 31, 2026 | Nine months ended December 31, 2025 |',
  '|---|---|---|---|---|',
  '| Revenue from operations | 1,204.6 | 1,098.2 | 3,455.1 | 3,120.9 |',
  '| Profit after tax | 141.3 | 120.7 | 388.4 | 341.0 |',
];

describe('nine months named by a calendar year, of an April–March fiscal year', () => {
  let engine: ReturnType<typeof inlineEngine>;
  beforeAll(() => {
    engine = inlineEngine(LINES);
  });
  it.each([
    ['revenue from operations nine months 2026', '₹3,455.1 crore'],
    ['revenue from operations 9 mos 2026', '₹3,455.1 crore'],
    ['revenue from operations 9M FY27', '₹3,455.1 crore'],
    ['profit after tax for the nine months ended 2025', '₹341.0 crore'],
  ])('%s → %s', (q, want) => {
    const a = engine.ask(q, q);
    expect(a.status).toBe('answer');
    expect(a.text).toContain(want);
  });
  it('a year in which no nine months of it end is declined, not answered with another span', () => {
    expect(engine.ask('revenue from operations nine months 2024', 'x').status).not.toBe('answer');
  });
});
