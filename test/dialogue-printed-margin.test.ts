// A margin the release prints in a row of its own is the margin of the line it belongs to: "margin?" after
// "EBITDA (₹ in crore)" takes "EBITDA margin (% of revenue from operations)", and after a segment's sales the
// segment's row under "Segment operating margin" (printed, never profit ÷ sales worked out). Synthetic release.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const engine = () =>
  inlineEngine([
    '# Synthetic Orvane Tools Ltd — results for the third quarter of 2026',
    '',
    'Synthetic Orvane Tools Ltd reports its results for the quarter ended September 30, 2026.',
    '',
    '## Segment results',
    '',
    '(In millions)',
    '',
    '| | Q3 2026 | Q3 2025 |',
    '|---|---:|---:|',
    '| **Net sales** | | |',
    '| Drives | $412.0 | $398.0 |',
    '| Valves | 287.5 | 270.1 |',
    '| Pumps | 120.0 | 110.0 |',
    '| Total net sales | $819.5 | $778.1 |',
    '| **Segment operating profit** | | |',
    '| Drives | $61.9 | $63.3 |',
    '| Valves | 43.7 | 35.4 |',
    '| Pumps | 9.6 | 8.8 |',
    '| Total segment operating profit | $115.2 | $107.5 |',
    '| **Segment operating margin** | | |',
    '| Drives | 15.0% | 15.9% |',
    '| Valves | 15.2% | 13.1% |',
  ]);

const rupees = () =>
  inlineEngine([
    '# Synthetic Kesari Foods Limited — results for the quarter ended 30th September 2026 (Q2 FY27)',
    '',
    'Synthetic Kesari Foods Limited reports its results for the quarter ended 30th September 2026.',
    '',
    '(₹ in crore)',
    '',
    '| Particulars | Q2 FY27 | Q2 FY26 |',
    '|---|---:|---:|',
    '| Revenue from operations | 5,120.40 | 4,870.10 |',
    '| **EBITDA (₹ in crore)** | **1,003.60** | **915.60** |',
    '| EBITDA margin (% of revenue from operations) | 19.6% | 18.8% |',
  ]);

describe('a margin printed in its own row', () => {
  it('after a line named with a unit note: the printed margin row', () => {
    const e = rupees();
    e.ask('ebitda q2 fy27', 'a');
    const a = e.ask('margin?', 'a');
    expect(a.status).toBe('answer');
    expect(a.text).toMatch(/19\.6%/);
  });
  it("after a segment's sales: the segment's printed margin", () => {
    const e = engine();
    e.ask('valves sales q3 2026', 'b');
    const a = e.ask('margin?', 'b');
    expect(a.status).toBe('answer');
    expect(a.text).toMatch(/15\.2%/);
  });
  it("after the sales of a segment with no printed margin: never another segment's", () => {
    const e = engine();
    e.ask('pumps sales q3 2026', 'p');
    const a = e.ask('margin?', 'p');
    expect(a.text).not.toMatch(/15\.[02]%/);
  });
  it("a segment's operating margin asked by name: the printed row, not profit ÷ sales", () => {
    const a = engine().ask('drives segment operating margin q3 2026', 'c');
    expect(a.status).toBe('answer');
    expect(a.text).toMatch(/15\.0%/);
    expect(a.text).not.toMatch(/How:/);
    expect(a.citations.map((c) => c.row)).toContain('Drives (Segment operating margin)');
  });
  it("a segment margin's change year over year in basis points: from the printed rows", () => {
    const a = engine().ask('drives op margin chg yoy bps', 'd');
    expect(a.status).toBe('answer');
    expect(a.text).toMatch(/90 basis points|0\.9 percentage points|90 bps/);
  });
});
