// Every operation a guidance question asks is answered or declined by name (hl19's examination): "how much
// did they raise it" answered with the new forecast only, "what % of the FY forecast did they achieve in H1"
// with the bare forecast, and "and for the full fiscal year?" after a quarter's guide looked up an actual.
// Now the revision is the new forecast less the earlier one the release states beside it, progress the
// actual of the part done over the forecast (a range's midpoint, said so), each with its inputs cited.
// Synthetic releases.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';
import { quillmoor } from './support/quillmoor.js';

const yen = [
  '# Synthetic Kuroshio Instruments Co., Ltd. Announces Results for the First Half of the Fiscal Year Ending March 31, 2026',
  '',
  '**TOKYO, November 7, 2025** -- Synthetic Kuroshio Instruments Co., Ltd. today announced its consolidated results for the six months ended September 30, 2025 (the first half, "1H FY2025") of the fiscal year ending March 31, 2026 ("FY2025").',
  '',
  '- Guidance: the Company raised its full-year FY2025 forecast for revenue to ¥385,000 million (previous forecast: ¥370,000 million) and for operating profit to ¥50,000 million (previous forecast: ¥46,000 million); the forecast for profit attributable to owners of the parent is ¥36,000 million.',
  '',
  '## Consolidated Operating Results (First Half)',
  '',
  '(In millions of yen)',
  '',
  '| | 1H FY2025 (Apr-Sep 2025) | 1H FY2024 (Apr-Sep 2024) |',
  '|---|---:|---:|',
  '| Revenue | 186,420 | 171,305 |',
  '| Operating profit | 24,236 | 19,874 |',
  '',
  '## Quarterly Results',
  '',
  '(In millions of yen)',
  '',
  '| | 2Q FY2025 (Jul-Sep 2025) | 1Q FY2025 (Apr-Jun 2025) | 2Q FY2024 (Jul-Sep 2024) |',
  '|---|---:|---:|---:|',
  '| Revenue | 97,935 | 88,485 | 89,120 |',
  '| Operating profit | 13,318 | 10,918 | 10,652 |',
  '',
  'Note: Fiscal year figures refer to the fiscal year ending March 31 of the following calendar year; FY2025 is the fiscal year ending March 31, 2026.',
];

describe('how much guidance was raised', () => {
  const e = inlineEngine(yen, 'kuroshio.md');

  it('is the new forecast less the earlier one stated beside it, in a sentence that reads', () => {
    const a = e.ask("what's the new full-year revenue forecast and how much did they raise it by?", 'r');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('expects Revenue of ¥385,000 million.');
    expect(a.text).not.toMatch(/\bto of\b/);
    expect(a.text).toContain('¥15,000 million (4.1%) above the earlier forecast of ¥370,000 million');
    expect(a.text).toContain('¥385,000 million − ¥370,000 million');
  });

  it('pairs each line with its own earlier forecast, never the one before it in the sentence', () => {
    const a = e.ask('operating profit forecast vs prior guidance', 'o');
    expect(a.text).toContain('¥4,000 million (8.7%) above the earlier forecast of ¥46,000 million');
  });

  it('declines by name where the release states no earlier forecast of the line, never the bare forecast', () => {
    const a = e.ask('how much did they raise the profit attributable to owners of the parent forecast?', 'p');
    expect(a.status).toBe('unknown');
    expect(a.text).toContain("states no earlier forecast of profit attributable to owners of the parent for fiscal 2025 beside its current one, so I can't say whether or by how much");
    expect(a.text).not.toContain('36,000');
  });

  it('asked of every guided line, answers those it can and names the one it cannot', () => {
    const a = e.ask('how much did they raise the full-year guidance?', 'all');
    expect(a.text).toContain('¥15,000 million (4.1%) above the earlier forecast of ¥370,000 million');
    expect(a.text).toContain('¥4,000 million (8.7%) above the earlier forecast of ¥46,000 million');
    expect(a.text).toContain('states no earlier forecast of profit attributable to owners of the parent');
    expect(a.text).not.toContain('36,000');
  });

  it('finds the earlier outlook in a sentence of its own, citing it', () => {
    const lines = [...quillmoor('For the full year 2026, the company now expects revenue between $1,240 million and $1,260 million.'), '', 'The prior full-year 2026 outlook called for revenue between $1,200 million and $1,230 million.'];
    const a = inlineEngine(lines).ask('how much did they raise the 2026 revenue outlook?', 's');
    expect(a.text).toContain('$35 million (2.9%) above the earlier forecast of $1,200 million–$1,230 million');
    expect(a.citations.map((c) => c.line)).toEqual([9, 11]);
  });

  it('never takes a sentence of several lines\' earlier outlooks as one line\'s', () => {
    const lines = [
      ...quillmoor('For the full year 2026, the company now expects revenue between $1,240 million and $1,260 million and adjusted EBITDA between $300 million and $310 million.'),
      '',
      'The prior full-year 2026 outlook called for revenue between $1,200 million and $1,230 million and adjusted EBITDA between $290 million and $300 million.',
    ];
    const a = inlineEngine(lines).ask('how much did they raise the 2026 revenue outlook?', 'two');
    expect(a.status).toBe('unknown');
    expect(a.text).not.toMatch(/above the earlier/);
  });

  it('moves a guided rate by percentage points, and sets no part of the year against it', () => {
    const e = inlineEngine(quillmoor('The company raised its full-year 2026 operating margin outlook to 21.0% from 20.0%.'));
    const a = e.ask('how much did they raise the 2026 operating margin outlook?', 'pp');
    expect(a.text).toContain('1.0 percentage points above the earlier forecast of 20.0%');
    const b = e.ask('what % of the 2026 operating margin guidance have they achieved so far?', 'pr');
    expect(b.status).toBe('unknown');
    expect(b.text).toContain('is guided as a rate');
  });

  it('compares a revised range midpoint to midpoint, the midpoints shown', () => {
    const a = inlineEngine(quillmoor('The company raised its full-year 2026 revenue outlook to $1,240 million to $1,260 million from $1,200 million to $1,230 million.')).ask('how much did they raise the 2026 revenue outlook?', 'q');
    expect(a.text).toContain('$35 million (2.9%) above the earlier forecast of $1,200 million–$1,230 million (midpoint to midpoint)');
    expect(a.text).toContain('($1,200 million + $1,230 million) ÷ 2');
  });
});

describe('progress against guidance', () => {
  const e = inlineEngine(yen, 'kuroshio.md');

  it('is the first half over the full-year forecast, never the bare forecast', () => {
    const a = e.ask('What % of the full-year operating profit forecast did they already achieve in H1?', 'h1');
    expect(a.text).toContain('is 48.5% of the fiscal 2025 forecast of ¥50,000 million');
    expect(a.text).toContain('¥24,236 million ÷ ¥50,000 million × 100');
    expect(a.citations.map((c) => c.quote)).toEqual(expect.arrayContaining([expect.stringContaining('| Operating profit | 24,236 |')]));
  });

  it('"needed in H2" is what is left after the first half', () => {
    const a = e.ask("what's needed in H2 to hit the operating profit guidance?", 'h2');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('¥25,764');
    expect(a.text).toContain('is left for the rest of fiscal 2025');
  });

  it('takes the part named: the first quarter, not the half', () => {
    expect(e.ask('how much of the full-year revenue forecast did they achieve in Q1?', 'q1').text).toContain('¥88,485.0 million in fiscal Q1 2025 is 23.0%');
  });

  it('declines by name where the release reports no actual for the year so far', () => {
    const a = inlineEngine(quillmoor('For the full year 2026, the company expects revenue between $1,240 million and $1,260 million.')).ask('what % of the 2026 revenue guidance have they achieved so far?', 'n');
    expect(a.status).toBe('unknown');
    expect(a.text).toContain("reports no revenue for the first 9 months of FY2026 to set against its FY2026 forecast, so I can't say what share");
    expect(a.text).not.toContain('1,240');
  });
});

describe('a thread about guidance keeps its operation', () => {
  const e = inlineEngine([
    '# Synthetic Tarnwell Software Reports Third Quarter Fiscal 2026 Results',
    '',
    'Synthetic Tarnwell Software, Inc. today announced results for its third quarter of fiscal 2026 ended October 31, 2025.',
    '',
    '## Financial Outlook',
    '',
    'For the fourth quarter of fiscal 2026, ending January 31, 2026, Tarnwell expects total revenue of $424.0 million to $428.0 million. For the full fiscal year 2026, ending January 31, 2026, Tarnwell expects total revenue of $1,593 million to $1,597 million.',
    '',
    '## Condensed Consolidated Statements of Operations',
    '',
    '(in thousands)',
    '',
    '| | Three Months Ended October 31, 2025 | Three Months Ended October 31, 2024 | Nine Months Ended October 31, 2025 | Nine Months Ended October 31, 2024 |',
    '|---|---:|---:|---:|---:|',
    '| Total revenue | 412,318 | 351,760 | 1,168,905 | 998,420 |',
  ]);

  it('"and for the full fiscal year?" after a quarter\'s guide is the year\'s guidance, never an actual', () => {
    expect(e.ask("What's the Q4 revenue guide?", 't').text).toContain('$424.0 million and $428.0 million');
    expect(e.ask('and for the full fiscal year?', 't').text).toContain('expects Total revenue between $1,593 million and $1,597 million');
  });

  it('"what % of the FY midpoint have they booked?" is the progress of that guidance, inputs to every digit', () => {
    e.ask("What's the FY revenue guide?", 'p');
    const a = e.ask('what % of the FY midpoint have they already booked through nine months?', 'p');
    expect(a.text).toContain('is 73.3% of the fiscal 2026 forecast of $1,595 million (the midpoint of its range)');
    expect(a.text).toContain('$1,168.905 million ÷ $1,595 million × 100');
  });
});

describe('the part of a guided year asked', () => {
  const e = inlineEngine(yen, 'kuroshio.md');

  it('"implied H2" from the full-year guide is what is left after the first half', () => {
    const a = e.ask('what does the full-year operating profit guidance imply for H2?', 'i');
    expect(a.text).toContain('¥25,764');
    expect(a.text).toContain('¥50,000 million − ¥24,236 million');
  });

  it('a part in the middle of the year is declined by name, never set against the forecast', () => {
    const a = e.ask('what % of the full-year revenue forecast did they achieve in Q2?', 'm');
    expect(a.status).toBe('unknown');
    expect(a.text).toContain('only a part of fiscal 2025 that runs from its start or to its end');
  });
});

describe('the growth a range implies', () => {
  const lines = [
    '# Synthetic Brightwater Labs Reports Fourth Quarter and Full Year 2026 Results',
    '',
    'Synthetic Brightwater Labs today reported results for the fourth quarter and full year ended December 31, 2026.',
    '',
    '## Outlook',
    '',
    'For the full year 2027, the company expects revenue between $1,300 million and $1,340 million.',
    '',
    '## Condensed Statements of Operations',
    '',
    '(in thousands)',
    '',
    '| | Three Months Ended December 31, 2026 | Three Months Ended December 31, 2025 | Year Ended December 31, 2026 | Year Ended December 31, 2025 |',
    '|---|---:|---:|---:|---:|',
    '| Revenue | 318,400 | 300,400 | 1,204,600 | 1,102,300 |',
  ];

  it('stated none, is the midpoint over the year before, inputs cited', () => {
    const a = inlineEngine(lines).ask("what's the 2027 revenue guide and the implied yoy growth?", 'g');
    expect(a.text).toContain('expects Revenue between $1,300 million and $1,340 million');
    expect(a.text).toContain('implies growth of 9.6% year on year at the midpoint of its range');
    expect(a.text).toContain('($1,320 million − $1,204.600 million) ÷ $1,204.600 million × 100');
  });

  it('with no figure for the year before, is declined by name, never the bare range', () => {
    const a = inlineEngine(yen, 'kuroshio.md').ask("what's the full-year revenue forecast and the implied yoy growth?", 'n');
    expect(a.status).toBe('unknown');
    expect(a.text).toContain('states no growth with its fiscal 2025 forecast of revenue, and gives no revenue for fiscal 2024');
  });
});
