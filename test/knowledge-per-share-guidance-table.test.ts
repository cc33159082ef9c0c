// A guidance table whose corner says its amounts are per share ("Per diluted share | Updated guidance |
// Prior guidance", rows "Net income | $0.98 - $1.04"): its per-share rows were read as amounts with no scale
// and left out, so the guidance declined. Now each amount row is the line per diluted share; a rate row
// beside them keeps its own label. Synthetic issuer, made-up figures.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const RELEASE = [
  '# Larchmont Logistics Trust Reports Second Quarter 2026 Results',
  '',
  'Larchmont Logistics Trust today reported results for the quarter ended June 30, 2026. Net income was $41.2 million.',
  '',
  '## 2026 Guidance',
  '',
  'The Company raised its full-year 2026 guidance as follows:',
  '',
  '| Per diluted share | Updated guidance | Prior guidance |',
  '|---|---|---|',
  '| Net income | $1.12 - $1.18 | $1.05 - $1.13 |',
  '| Core FFO | $3.10 - $3.16 | $3.04 - $3.12 |',
  '| Average occupancy | 95.5% - 96.5% | 95.0% - 96.5% |',
];

describe('a guidance table headed "Per diluted share"', () => {
  it('gives each amount row as guidance per diluted share, with the range it replaced', () => {
    const a = inlineEngine(RELEASE, 'larchmont.md').ask('2026 core FFO guidance', 't');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('Core FFO per diluted share between $3.10 and $3.16');
    expect(a.text).toContain('$3.04–$3.12');
  });
  it('keeps a rate row its own (no "per diluted share" on a percentage)', () => {
    const a = inlineEngine(RELEASE, 'larchmont.md').ask('2026 average occupancy guidance', 't');
    expect(a.text).toContain('Average occupancy between 95.5% and 96.5%');
  });
});
