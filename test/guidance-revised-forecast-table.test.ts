// A German release's forecast table, "Forecast 2026 (new)" beside "Forecast 2026 (March 2026)", was read as two
// outlooks the company gives: asked what it did to its SaaS guide, the bot said it expects 23–26% and 18–22%
// (hl25 bw-08). A column beside one headed as the outlook now given, of the same guidance, is the earlier outlook
// it replaced. And a range whose "%" stands only after its high end ("23 – 26 %") was read as 26% alone.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const release = (headers: [string, string], cells: [string, string], text: string[] = []) => [
  '# Synthetic Kestrel Software Inc. Reports Second Quarter 2026 Results',
  '',
  'Kestrel Software Inc. today reported results for the second quarter ended June 30, 2026.',
  '',
  '| (in millions) | Q2 2026 | Q2 2025 |',
  '|---|---:|---:|',
  '| Revenue | 52.5 | 46.9 |',
  '| Net income | 3.6 | 2.2 |',
  '',
  '## Forecast for 2026',
  '',
  `| | ${headers[0]} | ${headers[1]} |`,
  '|---|---|---|',
  `| SaaS revenue growth | ${cells[0]} | ${cells[1]} |`,
  '',
  ...text,
];

describe('a forecast table of a revision: the column beside the one headed as now given is the earlier outlook', () => {
  for (const headers of [
    ['Forecast 2026 (new)', 'Forecast 2026 (March 2026)'],
    ['Outlook 2026 (updated)', 'Outlook 2026 (February 2026)'],
    ['2026 guidance (revised)', '2026 guidance (original)'],
  ] as [string, string][]) {
    it(`"${headers[0]}" beside "${headers[1]}": expects only the new range, and names the old one as before`, () => {
      const e = inlineEngine(release(headers, ['23 – 26 %', '18 – 22 %']));
      const now = e.ask('SaaS revenue growth guidance 2026', 'n');
      expect(now.text).toMatch(/23%? (?:and|to|–) 26%/);
      expect(now.text).not.toMatch(/expects[^.]*18/);
      expect(now.text).toContain('It replaces the earlier forecast of 18%–22%.');
      const before = e.ask('what was the previous SaaS revenue growth guidance?', 'p');
      expect(before.text).toMatch(/18/);
      expect(before.text).not.toMatch(/expects[^.]*18/);
    });
  }

  // hl26 era-06: the month each column's guidance was given, "(February 2026)", was read as the period guided, one
  // already reported, so the earlier range was no earlier outlook and "by how much did the midpoint go up?" went unanswered.
  it('"Previous guidance (February 2026)" before "New guidance (July 2026)": the month of issue dates no period; the move is worked out', () => {
    const e = inlineEngine(release(['Previous guidance (February 2026)', 'New guidance (July 2026)'], ['18 – 22 %', '23 – 26 %']));
    const a = e.ask('new 2026 SaaS revenue growth guidance, and by how much did the midpoint go up?', 'm');
    expect(a.text).toMatch(/23%? (?:and|to|–) 26%/);
    expect(a.text).toMatch(/raised: that is 4\.5 percentage points above the earlier forecast of 18%–22%/);
  });

  it('a bound ("≤ 3.5x") or a multiple in a cell is left out, never an amount of the currency', () => {
    const lines = release(['Previous guidance (February 2026)', 'New guidance (July 2026)'], ['18 – 22 %', '23 – 26 %']);
    lines.splice(lines.findIndex((l) => l.startsWith('| SaaS revenue growth')) + 1, 0, '| Net debt / EBITDA | ≤ 3.5x | ≤ 3.5x (unchanged) |', '| Capital expenditure | $40 million | $45 million |');
    const a = inlineEngine(lines).ask("what's the 2026 guidance?", 'b');
    expect(a.text).toContain('$45 million');
    expect(a.text).not.toMatch(/3\.5/);
  });

  it('two guided periods side by side, one "current", are both given', () => {
    const e = inlineEngine(release(['Current quarter', 'Full year 2026'], ['20 – 22 %', '23 – 26 %']));
    expect(e.ask('SaaS revenue growth guidance 2026', 'f').text).toMatch(/23%? (?:and|to|–) 26%/);
  });
});

describe('a percentage range with its "%" after the high end only', () => {
  for (const range of ['23–26%', '23 – 26 %', '23-26%', 'between 23 and 26%', '23 to 26%']) {
    it(`"${range}" is 23% to 26%, never 26% alone`, () => {
      const text = ['## Outlook', '', `For 2026, the company now expects SaaS revenue growth of ${range}.`];
      const lines = release(['2026', 'Comment'], ['-', '-'], text).filter((l) => !/SaaS revenue growth \|/.test(l) && !/^\| \| 2026/.test(l) && l !== '|---|---|---|');
      const a = inlineEngine(lines).ask('SaaS revenue growth guidance 2026', 'r');
      expect(a.text).toMatch(/23%? (?:and|to|–) 26%/);
    });
  }
});

describe('a sentence "raised to X from Y": Y is the earlier outlook, named as such, never expected', () => {
  for (const sentence of [
    'The company raised its forecast for SaaS revenue growth in 2026 to 23% to 26% from 18% to 22%.',
    'Kestrel raised its 2026 SaaS revenue growth outlook to 23–26% (previously 18–22%).',
    'Full-year 2026 SaaS revenue growth guidance was increased to 23-26% from 18-22%.',
    'The Management Board raises its forecast for 2026 SaaS revenue growth to between 23% and 26%, up from 18% to 22% previously.',
  ]) {
    it(sentence, () => {
      const lines = release(['2026', 'Comment'], ['-', '-'], ['## Outlook', '', sentence]).filter((l) => !/SaaS revenue growth \|/.test(l) && !/^\| \| 2026/.test(l) && l !== '|---|---|---|');
      const a = inlineEngine(lines).ask('what did they do to the SaaS guide', 'w');
      expect(a.text).toMatch(/expects SaaS revenue growth between 23% and 26%/);
      expect(a.text).not.toMatch(/expects[^.]*18/);
      expect(a.text).toContain('earlier forecast of 18%–22%');
    });
  }
});
