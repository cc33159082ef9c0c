// "What was the prior guidance?": the earlier outlook a revision replaces is kept as a statement, never as
// the guidance; asked for the prior range, the bot said the current one (no "prior" modifier). It now quotes
// the release's sentence of the earlier outlook, and declines where the release keeps none. Synthetic releases.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';
import { quillmoor } from './support/quillmoor.js';

const revised = quillmoor(
  'For the full year 2026, the company now expects revenue between $1,240 million and $1,260 million.',
  '',
  'The prior full-year 2026 outlook called for revenue between $1,200 million and $1,230 million.',
);
const unrevised = quillmoor('For the full year 2026, the company expects revenue between $1,240 million and $1,260 million.');

describe('prior guidance asked', () => {
  it('quotes the earlier range the release keeps, not the current one', () => {
    const e = inlineEngine(revised);
    for (const q of ['what was the prior guidance?', 'previous revenue outlook for 2026?']) {
      const a = e.ask(q, 'p');
      expect(a.status).toBe('answer');
      expect(a.text).toContain('1,200');
      expect(a.text).not.toMatch(/expects Revenue between/);
    }
    // The current range is still the guidance.
    expect(e.ask('revenue guidance for 2026?', 'c').text).toContain('$1,240');
  });

  it('declines where the release keeps no earlier outlook, never giving the current range as the prior', () => {
    const a = inlineEngine(unrevised).ask('what was the prior guidance?', 'p');
    expect(a.status).not.toBe('answer');
    expect(a.text).not.toContain('1,240');
  });
});

describe('prior guidance asked for a line the revision did not touch', () => {
  // (hunt31: "prior forecast for operating profit?" quoted the revenue revision; "guidance previously" gave the new one.)
  const twoLines = quillmoor(
    'For the full year 2026, revenue is now expected at around $1,250 million (previously: around $1,220 million).',
    '',
    'For the full year 2026, net income is expected between $80 million and $90 million.',
  );
  it("declines naming where the earlier outlook stands, never quoting another line's", () => {
    const a = inlineEngine(twoLines).ask('what was the prior forecast for net income?', 'p');
    expect(a.status).toBe('unknown');
    expect(a.text).toMatch(/no earlier outlook for net income/i);
    expect(a.text).not.toContain('1,220');
  });
  it('reads "guidance previously" and an earlier figure said "previously: around"', () => {
    const a = inlineEngine(twoLines).ask('revenue guidance previously', 'q');
    expect(a.text).toContain('1,220');
    expect(inlineEngine(twoLines).ask('revenue guidance', 'r').text).toMatch(/expects Revenue of around \$1,250 million\.\nIt replaces the earlier forecast of \$1,220 million/);
  });
});

describe('prior guidance asked of a "Raised | Prior" outlook table', () => {
  const lines = [
    '<html><body><h1>Synthetic Tillworth Corp. Reports Second Quarter Fiscal 2026 Results</h1>',
    '<p>Synthetic Tillworth Corp. today announced results for its second quarter of fiscal 2026 ended June 30, 2026.</p>',
    '<p>Net sales were $412.6 million, up 9% from $378.5 million a year earlier.</p>',
    '<h2>Fiscal 2026 Outlook</h2>',
    '<table><tr><th></th><th>Raised</th><th>Prior</th></tr>',
    '<tr><td>Net sales</td><td>$1,650 &ndash; $1,700 million</td><td>$1,600 &ndash; $1,650 million</td></tr></table>',
    '</body></html>',
  ];
  it('quotes the prior column, never the raised range', () => {
    const a = inlineEngine(lines, 'synthetic.html').ask('what was the prior net sales guidance?', 'p');
    expect(a.text).toContain('1,600');
    expect(a.text).not.toMatch(/1,700/);
  });
});
