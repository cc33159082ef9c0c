// Guidance asked by the line whose movement the release guides: "capacity guide" where the release guides
// "capacity growth" of ASMs, "ARR guidance" where it guides "ARR growth at constant currency", "AOP guidance"
// where the outlook names the line with its year ("full-year 2026/27 adjusted operating profit"). The bot
// declined while quoting the guidance ("gives no guidance for ARR, SEK m; it guides ARR growth at constant
// currency"). Now the guided movement answers, with its range, midpoint where asked, and citation; a line whose
// name adds another word ("margin") is not the one asked, and guidance truly not given is declined naming what is.
// Synthetic releases, written inline.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const AIRLINE = [
  '# Northway Air Reports Third Quarter 2026 Results',
  '',
  'Northway Air today reported results for the quarter ended September 30, 2026.',
  '',
  '| | Q3 2026 | Q3 2025 |',
  '|---|---|---|',
  '| Available seat miles (ASMs) (millions) | 9,120 | 8,540 |',
  '| Operating revenues (C$ millions) | 2,080.7 | 1,922.3 |',
  '| Adjusted EBITDA (C$ millions) | 555.7 | 512.0 |',
  '',
  'Our network grew, but we trimmed our fourth-quarter schedule, and we now expect full-year capacity growth of 6.5% to 7.5%.',
  '',
  '## Outlook',
  '',
  'For the full year 2026, Northway now plans to increase ASM capacity by 6.5% to 7.5% from 2025, compared to 7.0% to 8.5% previously, and expects adjusted EBITDA of $1.90 billion to $2.05 billion (unchanged). Fourth quarter 2026 capacity is planned to grow by approximately 5% year over year.',
];

const SAAS = [
  '# Fjordsoft AB Interim Report January-June 2026',
  '',
  'Fjordsoft reports results for the second quarter ended 30 June 2026.',
  '',
  '| SEK m | Q2 2026 | Q2 2025 |',
  '|---|---|---|',
  '| ARR, SEK m | 1,240 | 1,030 |',
  '| Net sales | 310 | 262 |',
  '| Adjusted EBITA margin, % | 24.1 | 21.8 |',
  '',
  '## Outlook',
  '',
  'For 2026 the company expects ARR growth at constant currency of 19–21%.',
];

const GROCER = [
  '# Harrowgate Stores plc Interim Results 2026/27',
  '',
  'Harrowgate Stores plc reports results for the 26 weeks to 29 August 2026 (H1 2026/27).',
  '',
  '| GBPm | H1 2026/27 | H1 2025/26 |',
  '|---|---|---|',
  '| Adjusted operating profit | 588 | 560 |',
  '| Revenue | 9,412 | 9,100 |',
  '',
  '## Outlook',
  '',
  'We now expect full-year 2026/27 adjusted operating profit of GBP1,120m to GBP1,170m.',
];

const reply = (lines: string[], q: string) => inlineEngine(lines).ask(q, q);

describe('guidance asked by the line whose movement it guides', () => {
  it('answers a line asked where the release guides its growth, in its words, with the range cited', () => {
    for (const q of ['capacity guidance for 2026', "what's the FY26 capacity guide?", 'ASM outlook 2026', 'full year capacity guide midpoint', '2026 capacity outlook?']) {
      const a = reply(AIRLINE, q);
      expect(a.status, q).toBe('answer');
      expect(a.text, q).toMatch(/capacity growth[^.]*between 6\.5% and 7\.5%/i);
      expect(a.citations.some((c) => c.quote.includes('6.5% to 7.5%')), q).toBe(true);
    }
    expect(reply(AIRLINE, 'full year capacity guide midpoint').text).toContain('The midpoint is 7.0%');
  });

  it('reads "by X% to Y%" after a planned movement as its range, and the range it replaced', () => {
    const a = reply(AIRLINE, "what's the FY26 capacity guide now, and what was it before");
    expect(a.status).toBe('answer');
    expect(a.text).toMatch(/between 6\.5% and 7\.5%/);
    expect(a.text).toContain('7.0%–8.5%');
  });

  it('dates a clause guiding the full year by its own words, not an earlier clause naming a quarter', () => {
    const a = reply(AIRLINE, 'Q4 capacity guide');
    expect(a.text).toContain('of approximately 5%');
    expect(a.text).not.toContain('6.5%');
  });

  it('answers ARR guidance with the ARR growth the release guides', () => {
    for (const q of ['2026 ARR growth guide at cc', 'ARR guidance', 'what do they expect for ARR this year?', 'arr outlook 2026 midpoint', 'FY26 ARR guide?']) {
      const a = reply(SAAS, q);
      expect(a.status, q).toBe('answer');
      expect(a.text, q).toContain('ARR growth at constant currency between 19% and 21%');
    }
    expect(reply(SAAS, 'arr outlook 2026 midpoint').text).toContain('The midpoint is 20%');
  });

  it('gives the range of a line the outlook names with its fiscal year, cited', () => {
    for (const q of ['adjusted operating profit outlook', 'adjusted operating profit guidance', 'adjusted operating profit guide, midpoint?', 'what adjusted operating profit do they expect?', 'adj operating profit outlook range']) {
      const a = reply(GROCER, q);
      expect(a.status, q).toBe('answer');
      expect(a.text, q).toMatch(/1,120 ?m(?:illion)?\b.{1,16}1,170/);
      expect(a.citations.some((c) => c.quote.includes('GBP1,120m')), q).toBe(true);
    }
  });

  it('declines guidance the release does not give, naming what it guides', () => {
    for (const [lines, q] of [[SAAS, 'net sales guidance for 2026'], [SAAS, 'EBITA margin outlook 2026'], [AIRLINE, 'operating revenue guidance 2026']] as const) {
      const a = reply([...lines], q);
      expect(a.status, q).toBe('unknown');
      expect(a.text, q).not.toMatch(/between/);
    }
    expect(reply(SAAS, 'net sales guidance for 2026').text).toMatch(/gives no guidance for Net sales; it guides ARR growth at constant currency/);
  });
});
