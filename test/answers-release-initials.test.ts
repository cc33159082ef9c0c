// A short form the release writes itself ("HLS led the quarter") for a line it prints spelled out
// ("Healthcare & life sciences"): the bot said it did not know the word. The release's own short forms
// that are the initials of exactly one line's label now name it; one fitting two lines names none.
// Synthetic release.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const release = (extra: string[] = []) => [
  '# Synthetic Pellworth Systems Ltd Reports Second Quarter 2026 Results',
  '',
  'Synthetic Pellworth Systems Ltd today reported results for the second quarter ended June 30, 2026.',
  '',
  '"HLS led the quarter because two hospital groups moved their records to our platform," said the Chief Executive Officer.',
  '',
  '## Revenue by industry',
  '',
  '(in millions of US dollars)',
  '',
  '| | Q2 2026 | Q2 2025 |',
  '|---|---|---|',
  '| Healthcare & life sciences | 120.0 | 100.0 |',
  '| Manufacturing | 180.0 | 175.0 |',
  ...extra,
  '| Total revenue | 300.0 | 275.0 |',
];

describe("the release's own short form of a line", () => {
  it('names the one line whose initials it is', () => {
    const e = inlineEngine(release());
    expect(e.ask('HLS in Q2 2026?', 'x').text).toContain('120');
    const a = e.ask('HLS revenue in Q2 2026?', 'h');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('120');
  });

  it('names none where two lines have those initials', () => {
    const a = inlineEngine(release(['| Hotels, leisure & sport | 0.0 | 0.0 |'])).ask('HLS revenue in Q2 2026?', 'h');
    expect(a.text).not.toContain('120');
  });
});

// Initials the release never prints itself, of words it prints spelled out: "SP NOI" for "Same-property NOI", "NAV" for
// "IFRS net asset value per unit", "NCIB" for the "Normal Course Issuer Bid" its heading names (hl42-066..078: "I don't
// recognise 'SP'"). Initials fitting two runs of its words, or two letters of two plain words, are read as neither.
const reit = [
  '# Synthetic Harlow Creek REIT Reports Third Quarter 2026 Results',
  '',
  'Synthetic Harlow Creek REIT today announced its results for the three months ended September 30, 2026.',
  '',
  '## Same-Property NOI',
  '',
  '(in thousands of Canadian dollars)',
  '',
  '| | Q3 2026 | Q3 2025 |',
  '|---|---:|---:|',
  '| Same-property NOI | 55,218 | 52,604 |',
  '| Provision expense | 1,200 | 1,100 |',
  '| Prepaid expenses | 800 | 700 |',
  '| Net income margin | 49.7% | 50.2% |',
  '| NOI | 59,507 | 54,885 |',
  '',
  '## Financial Position',
  '',
  '| | Sep 30, 2026 | Dec 31, 2025 |',
  '|---|---:|---:|',
  '| IFRS net asset value per unit | 18.72 | 18.05 |',
  '',
  '## Normal Course Issuer Bid',
  '',
  'Under its normal course issuer bid, the REIT purchased and cancelled 412,600 units during the quarter for a total cost of $6,536.',
];

describe('initials of words the release spells out', () => {
  it.each([
    ['SP NOI in Q3 2026', '55.2 million'],
    ['IFRS NAV/unit', '18.72'],
  ])('"%s" names the one line whose words they are', (q, want) => {
    const a = inlineEngine(reit).ask(q, 'i');
    expect(a.status).toBe('answer');
    expect(a.text).toContain(want);
  });

  it('"units bought back under the NCIB in Q3": the bid the heading names', () => {
    const a = inlineEngine(reit).ask('units bought back under the NCIB in Q3', 'n');
    expect(a.text).toContain('412,600');
  });

  it('"NIM in Q3 2026": initials finance gives another line (net interest margin) never name "Net income margin"', () => {
    const a = inlineEngine(reit).ask('NIM in Q3 2026', 'm');
    expect(a.status).not.toBe('answer');
    expect(a.text).not.toContain('49.7');
  });

  it('"PE in Q3 2026": two letters of two plain words (Provision expense, Prepaid expenses) name no line', () => {
    const a = inlineEngine(reit).ask('PE in Q3 2026', 'p');
    expect(a.status).not.toBe('answer');
    expect(a.text).toContain('PE');
  });
});
