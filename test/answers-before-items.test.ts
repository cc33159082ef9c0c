// "Profit before tax before exceptional items" names a figure without the items: a line printed under
// that name is answered; else the items are an exclusion, taken out only where the release makes them a
// part of the line (its parent), else declined. Never the reported figure beside the items (hl14 st-12).
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const table = (rows: string[]) =>
  inlineEngine([
    '# Vantor Logistics plc: results for the third quarter of 2025',
    '',
    'Vantor Logistics plc today reported its results for the third quarter ended 30 September 2025.',
    '',
    '## Group income statement (£m)',
    '',
    '| | Q3 2025 | Q3 2024 |',
    '|---|---|---|',
    ...rows,
  ]);

const parts = table(['| Operating profit | 500 | 450 |', '| Exceptional items | (60) | 25 |', '| **Profit before tax** | **440** | **475** |']);
const printed = table(['| Profit before exceptional items | 500 | 450 |', '| Exceptional items | (60) | 25 |', '| Profit before tax | 440 | 475 |']);
const apart = inlineEngine([
  '# Vantor Logistics plc: results for the third quarter of 2025',
  '',
  'Vantor Logistics plc today reported its results for the third quarter ended 30 September 2025.',
  '',
  '- Profit before tax was £440 million.',
  '- Exceptional items were a charge of £60 million.',
]);

describe('a line asked before an item', () => {
  it('answers a line printed under that name', () => {
    const a = printed.ask('Q3 2025 profit before exceptional items', 'bi-1');
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain('500');
  });

  it('declines where the release does not make the item a part of the line, never giving the reported figure', () => {
    for (const [engine, q] of [[apart, 'Q3 2025 profit before tax before exceptional items'], [parts, 'Q3 2024 profit before tax before exceptional items']] as const) {
      const a = engine.ask(q, 'bi-2');
      expect(a.status, a.text).toBe('unknown');
      expect(a.text).not.toMatch(/\b440\b|\b380\b|\b475\b|\b450\b/);
    }
  });
});
