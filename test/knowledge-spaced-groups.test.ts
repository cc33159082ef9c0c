// A release in the point style that groups thousands with a no-break space ("SEK 4 912 m") was read as two
// numbers, and "SEK 4" answered for net sales of SEK 4 912 m (hl22 v09). Such groups are read as commas, one
// character for one, so citations still show the cells as printed; an ordinary space stays a column break.
import { describe, expect, it } from 'vitest';
import { pointReader } from '../src/knowledge/number-style.js';
import { inlineEngine } from './support/inline.js';

describe('the point-style reader', () => {
  it('turns no-break-space groups into commas, one for one', () => {
    const read = pointReader(['Net sales rose 5.5% to SEK 4\u00a0912 m (4\u00a0655)'])!;
    expect(read('Net sales rose 5.5% to SEK 4\u00a0912 m (4\u00a0655)')).toBe('Net sales rose 5.5% to SEK 4,912 m (4,655)');
    expect(read('Net sales   4\u00a0912.5   15\u00a0206')).toBe('Net sales   4,912.5   15,206');
  });

  it('leaves a document without them as printed, and ordinary spaces alone', () => {
    expect(pointReader(['Net sales   4 912   4 655'])).toBeNull();
  });
});

it('a figure grouped by a no-break space is the whole figure, cited as printed', () => {
  const engine = inlineEngine([
    '# Synthetic Torsby Group Interim Report January–September 2026',
    '',
    'Synthetic Torsby Group today reported results for the third quarter ended September 30, 2026.',
    '',
    '- Net sales rose 5.5% to SEK 4\u00a0912 m (4\u00a0655).',
    '',
    '| SEK m | Q3 2026 | Q3 2025 |',
    '|---|---|---|',
    '| Net sales | 4\u00a0912 | 4\u00a0655 |',
    '| Operating profit | 612.4 | 580.1 |',
  ]);
  const a = engine.ask('Q3 net sales', 'n');
  expect(a.text).toContain('SEK 4,912');
  expect(a.text).not.toMatch(/SEK 4(?![,\d])/);
  expect(a.citations[0]?.cells?.[0]?.printed).toBe('4\u00a0912');
});
