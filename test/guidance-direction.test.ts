// A question asking how guidance changed is answered with its direction, both ranges cited, or with the release's
// own word for it ("unchanged", "raised"), or declined saying no earlier range is given: never the current range
// alone as if complete (hl23's examination: "2025 EBITDA guide - raised or cut?", "FY25 rev guide now? did they
// raise it", "margin guide FY25, what changed" each answered with the new range only). Synthetic releases.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';
import { quillmoor } from './support/quillmoor.js';

/** A Canadian release guiding one line in a headline bullet (raised, no earlier range) and again, with its earlier range, in its outlook; its quarter's capital expenditures in prose. */
const loonbay = () => [
  '# Synthetic Loonbay Pipelines Ltd. Announces Second Quarter 2026 Results',
  '',
  '**CALGARY, Alberta, August 5, 2026** -- Synthetic Loonbay Pipelines Ltd. today announced its results for the three months ended June 30, 2026. All amounts are in Canadian dollars unless otherwise noted.',
  '',
  '- Revenue of $512.4 million, up 4% from the second quarter of 2025.',
  '- Full-year adjusted EBITDA guidance raised to $410 million to $430 million.',
  '',
  'Capital expenditures were $24.6 million in the second quarter.',
  '',
  '## 2026 Guidance',
  '',
  'Loonbay is raising its full-year 2026 adjusted EBITDA guidance to a range of $410 million to $430 million, from the previous range of $395 million to $415 million. Capital expenditure guidance is unchanged at $90 million to $100 million. Loonbay continues to expect 2026 distributable cash flow of $250 million to $270 million.',
];

/** A text release whose revised range wraps onto the next line, its earlier range there. */
const wrapped = () => [
  'Synthetic Ostmark Werke AG: Results for the First Quarter 2026',
  '',
  'Ostmark Werke AG today reported results for the first quarter ended 31 March 2026. Revenue was',
  'EUR 812.5 million, up 3.1% from EUR 788.1 million a year earlier.',
  '',
  'Outlook 2026',
  '',
  'Based on the strong first quarter, the Executive Board now expects an adjusted EBIT margin of 9.5 % to 10.5 %',
  '(previously: 9.0 % to 10.0 %). Net cash is still expected to be between EUR 300 million and',
  'EUR 350 million.',
];

describe('a question asking how guidance changed', () => {
  it('says the direction with both ranges, finding the earlier range where another copy of the range states it', () => {
    const e = inlineEngine(loonbay(), 'loonbay.md');
    for (const q of ['2026 EBITDA guide - raised or cut?', 'full-year EBITDA guidance now? did they raise it', 'EBITDA guidance, what changed', 'adjusted EBITDA guidance vs prior guide']) {
      const a = e.ask(q, q);
      expect(a.status, q).toBe('answer');
      expect(a.text, q).toContain('between C$410 million and C$430 million');
      expect(a.text, q).toContain('The forecast was raised: that is C$15 million (3.7%) above the earlier forecast of C$395 million–C$415 million');
      expect(a.citations.map((c) => c.line), q).toEqual(expect.arrayContaining([12]));
    }
  });

  it('asked as a follow-up to a guidance answer, is asked of that guidance', () => {
    const e = inlineEngine(loonbay(), 'loonbay.md');
    for (const q of ['did they raise it?', 'raised or cut?', 'any change?']) {
      // (The line is named without the "2026" and "guidance ... raised to" the release wraps it in.)
      expect(e.ask('adjusted EBITDA guidance for 2026?', q).text).toContain('the company expects Adjusted EBITDA between C$410 million and C$430 million.');
      expect(e.ask(q, q).text, q).toContain('The forecast was raised: that is C$15 million (3.7%) above the earlier forecast of C$395 million–C$415 million');
    }
  });

  it("answers with the release's own word where it prints no earlier range", () => {
    const e = inlineEngine(loonbay(), 'loonbay.md');
    for (const q of ['capex guidance, any change?', 'is the capital expenditure guidance still 90-100?', 'capital expenditure guide maintained?']) {
      const a = e.ask(q, q);
      expect(a.status, q).toBe('answer');
      expect(a.text, q).toContain('between C$90 million and C$100 million');
      expect(a.text, q).toContain('The release says the forecast of capital expenditure for FY2026 is unchanged.');
    }
  });

  it('says the move the release states even when it is not asked', () => {
    const a = inlineEngine(loonbay(), 'loonbay.md').ask('capex guidance for 2026?', 'c');
    expect(a.text).toContain('between C$90 million and C$100 million');
    expect(a.text).toContain('is unchanged');
  });

  it('takes a move word as the guidance moving only where it is said of the guidance, never of the line', () => {
    const e = inlineEngine(quillmoor('For the full year 2026, the company expects revenue to increase 5% to 7%.', '', 'Reflecting the cut in its fleet plan, the company expects 2026 capital expenditures of $90 million to $95 million.'));
    for (const q of ['2026 revenue growth guidance?', '2026 capital expenditures guidance?']) {
      const a = e.ask(q, q);
      expect(a.text, q).toMatch(/the company expects .* between/);
      expect(a.text, q).not.toMatch(/release says the forecast/);
    }
  });

  it('reads the earlier range on the line a wrapped sentence runs onto', () => {
    const e = inlineEngine(wrapped(), 'ostmark.txt');
    const a = e.ask('margin guide FY26, what changed', 'm');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('between 9.5% and 10.5%');
    expect(a.text).toContain('The forecast was raised: that is 0.5 percentage points above the earlier forecast of 9.0%–10.0%');
    expect(a.citations.map((c) => c.line)).toEqual([8, 9]);
    expect(e.ask('is net cash guidance still 300-350?', 'n').text).toContain('is unchanged');
  });

  it('declines saying no earlier range is given where the release states neither one nor a move', () => {
    const a = inlineEngine(quillmoor('For the full year 2026, the company expects revenue between $1,240 million and $1,260 million.')).ask('2026 revenue guide, raised or cut?', 'r');
    expect(a.status).toBe('unknown');
    expect(a.text).toContain("states no earlier forecast of revenue for FY2026 beside its current one, so I can't say whether or by how much");
    expect(a.text).not.toContain('1,240');
  });
});

describe('a release with no guided range read', () => {
  it('declines without saying the release has no guidance', () => {
    const a = inlineEngine(['# Synthetic Quillmoor Holdings Reports Third Quarter 2026 Results', '', 'Synthetic Quillmoor Holdings today reported results for the third quarter ended September 30, 2026.', '', 'Revenue was $318.4 million, up 6% from $300.4 million a year ago.']).ask('2027 revenue guidance?', 'e');
    expect(a.status).toBe('unknown');
    expect(a.text).not.toMatch(/release gives no guidance/);
    expect(a.text).toContain('I read no guided range in the release');
  });
});

// hl24 nv05: "The outlook for an adjusted EBITA margin of 12–13% is unchanged." (its year said in the sentence before)
// was read as guidance of a line named "the", so "whats the 2026 outlook and what changed?" gave the growth range only
// and said the release gave no earlier forecast "of the". The outlook's own subject names the line; "is unchanged" is its move.
describe('an outlook named by what it is for ("The outlook for a margin of 12–13% is unchanged")', () => {
  it('is that line\'s guidance, said unchanged beside the range raised', () => {
    const e = inlineEngine([
      '# Synthetic Varde Kraft AB Interim Report January–June 2026',
      '',
      'Synthetic Varde Kraft AB reports results for the second quarter ended 30 June 2026.',
      '',
      '| SEK m | Q2 2026 | Q2 2025 |',
      '|---|---:|---:|',
      '| Net sales | 9,120 | 8,600 |',
      '| Adjusted EBITA margin, % | 12.6 | 12.1 |',
      '',
      '## Outlook',
      '',
      'For full-year 2026 Varde now expects organic sales growth of 4–6% (previously 3–5%). The outlook for an adjusted EBITA margin of 12–13% is unchanged.',
    ], 'varde.md');
    const a = e.ask('whats the 2026 outlook and what changed?', 'v');
    expect(a.text).toMatch(/Adjusted EBITA margin, % between 12% and 13%/);
    expect(a.text).toContain('is unchanged');
    expect(a.text).not.toMatch(/forecast of the\b/);
  });
});
