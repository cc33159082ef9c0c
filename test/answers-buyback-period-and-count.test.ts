// Each part asked beside what is left of a buyback is stated as a figure, cited: the period's purchases named
// ("q3 buyback $ and remaining authorization") from that period's clause, never the year to date's sentence quoted
// in their place; the shares named as bought ("shares bought so far and how much is left") as the count.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const QUARTER = [
  '# Example Outfitters Reports Third Quarter 2026 Results',
  '',
  'Example Outfitters today reported results for the third quarter ended October 31, 2026.',
  '',
  '| ($ in millions) | Q3 2026 | Q3 2025 |',
  '|---|---|---|',
  '| Net sales | 1,204.5 | 1,150.2 |',
  '',
  'During the third quarter, the Company repurchased 2.4 million shares of common stock for $96.0 million. Year to',
  'date, the Company has repurchased 5.1 million shares for $210.3 million, and $289.7 million remained available',
  'under the share repurchase authorization at the end of the quarter.',
];

const HALF = [
  '# Example Group plc Interim Results 2026',
  '',
  'Example Group plc today reports its results for the six months ended 30 June 2026.',
  '',
  '| £m | H1 2026 | H1 2025 |',
  '|---|---|---|',
  '| Revenue | 512.0 | 480.3 |',
  '',
  'Under the £80m share buyback programme announced on 2 March 2026, the Group bought back 14.6 million shares',
  'for a total consideration of £31.2m in the period to 30 June 2026, leaving £48.8m remaining.',
];

let n = 0;
const ask = (lines: string[], q: string) => inlineEngine(lines).ask(q, `period-and-count-${n++}`);

describe('parts asked beside what is left of a buyback', () => {
  it('gives the purchases of the quarter named, not the year to date', () => {
    for (const q of ['q3 buyback $ and remaining authorization', 'q3 repurchases and how much is left']) {
      const a = ask(QUARTER, q);
      expect(a.text).toContain('$289.7 million');
      expect(a.text).toMatch(/\$96\.0 million[^\n]*Q3/);
    }
  });

  it('states the shares bought as a figure beside what is left', () => {
    for (const q of ['buyback - shares bought so far and how much is left?', 'shares repurchased under the buyback and amount remaining']) {
      const a = ask(HALF, q);
      expect(a.text).toContain('£48.8');
      expect(a.text).toMatch(/^Shares[^\n]*14\.6 million shares/m);
    }
  });
});
