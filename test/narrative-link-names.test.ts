// Prose figures joined to the table line they name: "Overseas parcel volume" in a sentence is the table's
// "Parcel volume – Overseas" (the same words in another order) even for a period the table does not
// print, so its change and its half-year figure are found by either name; a name the section's market
// qualifies ("Highlights (Domestic Market)") is also found without the market, where no other line has
// that name, and the answer still names the market. Synthetic, inline.
import { beforeAll, describe, expect, it } from 'vitest';
import { inlineEngine, inlineRelease } from './support/inline.js';

const LINES = [
  '# Kestrel Logistics Announces Third Quarter 2031 Results',
  '',
  '- Overseas parcel volume for the first nine months of 2031 grew 18.4% year over year to 912.5 million parcels.',
  '',
  '| (In millions) | Q3 2031 | Q3 2030 | YoY |',
  '|---|---|---|---|',
  '| Parcel volume – Overseas | 320.6 | 281.2 | 14.0% |',
  '| Parcel volume – Domestic | 1,204.3 | 1,190.0 | 1.2% |',
  '',
  '### Third Quarter 2031 Operating Highlights (Domestic Market)',
  '',
  '- As of September 30, 2031, active shipping accounts in the Domestic market reached 48.3 million.',
  '- The third quarter of 2031 had 2.6 million paying merchants, a 4.4% increase from the same period of 2030.',
];

describe('prose figures and the table lines they name', () => {
  let engine: ReturnType<typeof inlineEngine>;
  beforeAll(() => {
    engine = inlineEngine(LINES);
  });

  it('a line named with its words in another order is the table line: its stated change is found', () => {
    const a = engine.ask('overseas parcel volume yoy growth q3 2031', 'a');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('14.0%');
  });

  it('a name the section qualifies by its market is found without the market, and the answer names it', () => {
    const a = engine.ask('paying merchants in Q3 2031', 'b');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('2.6 million');
    expect(a.text).toMatch(/Domestic Market/i);
    const b = engine.ask('active shipping accounts as of September 30, 2031', 'c');
    expect(b.status).toBe('answer');
    expect(b.text).toContain('48.3 million');
  });

  it('a figure that agrees with another line is that line\'s, whatever its words: an adjusted per-share figure stays adjusted', () => {
    const release = inlineRelease([
      '# Kestrel Logistics Announces Third Quarter 2031 Results',
      '',
      '- Net income of $275 million, or $2.32 per diluted share.',
      '- Excluding special items, adjusted net income of $304 million, or $2.57 per diluted share, compared with $1.76 in the third quarter of 2030.',
      '',
      '| (In millions, except per share) | Q3 2031 | Q3 2030 |',
      '|---|---|---|',
      '| Net income | 275 | 210 |',
      '| Earnings per share, diluted | 2.32 | 1.76 |',
      '| Adjusted net income | 304 | 236 |',
      '| Adjusted diluted earnings per share | 2.57 | 1.76 |',
    ]);
    const gaap = release.facts.filter((f) => f.metric === 'earnings_per_share_diluted').map((f) => f.value.toString());
    expect(gaap).toContain('2.32');
    expect(gaap).not.toContain('2.57');
  });

  it('another market\'s figure is not given for it', () => {
    expect(engine.ask('overseas paying merchants in Q3 2031', 'd').status).not.toBe('answer');
  });
});

// A heading's bracket that remarks on the statement ("Segment Information (Unaudited)") names no market: the
// paragraph's "Flow Control net sales rose 9.5%" is the segment table's line, found by its own name (hl34 h-cases
// answered "Flow Control net sales in the Unaudited … gives no figure" though the table prints 412,350).
describe('a statement remark in a heading', () => {
  const SEGMENTS = [
    '# Synthetic Hartley Industries Reports Third Quarter 2026 Results',
    '',
    'Synthetic Hartley Industries today reported results for the third quarter ended September 30, 2026.',
    '',
    '## Segment Information (Unaudited)',
    '',
    '| (In thousands of U.S. dollars) | Q3 2026 | Q3 2025 |',
    '|---|---|---|',
    '| Net sales – Flow Control | 412,350 | 376,480 |',
    '| Net sales – Motion Systems | 298,610 | 281,920 |',
    '| Total net sales | 710,960 | 658,400 |',
    '',
    'Flow Control net sales rose 9.5% on pricing. Motion Systems net sales rose 5.9% on volume.',
  ];
  it.each(['(Unaudited)', '(unaudited)', '(Continued)', '(In millions)'])('%s qualifies no figure of the paragraph', (remark) => {
    const release = inlineRelease(SEGMENTS.map((l) => l.replace('(Unaudited)', remark)));
    expect(release.facts.map((f) => f.label).filter((l) => /unaudited|continued|millions/i.test(l))).toEqual([]);
  });

  it('the segment line is answered from its table, with the stated change beside it', () => {
    const a = inlineEngine(SEGMENTS).ask('flow control net sales?', 'remark-a');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('$412.4 million');
  });
});
