// Guidance is what a release says it expects: a result stated under a heading that looks ahead ("grew by
// 4.5%") is no outlook for the year the heading names; and a guidance sentence that names no period of its
// own guides the period an earlier sentence of its paragraph named ("For the year ending 31 December 2026
// we expect ... We now expect capital expenditure of £35m to £40m"). Synthetic releases, written inline.
import { describe, expect, it } from 'vitest';
import { inlineEngine, inlineRelease } from './support/inline.js';

const HALF = (outlook: string[]) => [
  '# Tarnwick Group plc: half-year results for the six months ended 30 June 2026',
  '',
  'Tarnwick Group plc today announces its results for the six months ended 30 June 2026 ("H1 2026").',
  '',
  '| £m | H1 2026 | H1 2025 |',
  '|---|---|---|',
  '| Revenue | 212.4 | 200.1 |',
  '| Operating profit | 30.2 | 27.5 |',
  '',
  ...outlook,
];

const guided = (lines: string[]) => inlineRelease(lines, 'tarnwick-h1-2026.md').facts.filter((f) => f.role === 'low' || f.role === 'high');

describe('a result under a heading that looks ahead', () => {
  it.each([
    ['Full-year outlook', 'Components revenue grew by 4.5%, with organic growth of 2.8%.'],
    ['Outlook for the full year', 'Services revenue rose 6.1% and the division margin was 15.2%.'],
    ['2026 guidance', 'Organic growth was 3.9% in the half, and the order book stood at £512m.'],
  ])('is no guidance (%s: %s)', (heading, sentence) => {
    expect(guided(HALF([`## ${heading}`, '', sentence]))).toEqual([]);
  });
  it.each([
    ['Full-year outlook', 'Revenue growth of 4% to 6%; operating margin of 14.0% to 14.5%.', 4],
    ['Outlook', 'For the full year 2026 we expect revenue growth of 4% to 6%.', 2],
  ])('leaves guidance there guidance (%s)', (heading, sentence, n) => {
    expect(guided(HALF([`## ${heading}`, '', sentence]))).toHaveLength(n);
  });
});

// A plain-text release, hard-wrapped as filed.
const HALF_TEXT = (outlook: string[]) => [
  'TARNWICK GROUP PLC',
  'Half-year results for the six months ended 30 June 2026',
  '',
  'Tarnwick Group plc today announces its unaudited results for the six months ended 30 June 2026.',
  '',
  'SUMMARY INCOME STATEMENT',
  '',
  '                                  H1 2026     H1 2025',
  '                                       £m          £m',
  'Revenue                             212.4       200.1',
  'Operating profit                     30.2        27.5',
  'Profit before tax                    26.0        24.1',
  '',
  'OUTLOOK',
  '',
  ...outlook,
];

const CARRIED = [
  'For the year ending 31 December 2026 we continue to expect revenue growth of 4% to 6%. Reflecting',
  'further investment, we now expect capital expenditure of £35m to £40m (previously £30m to',
  '£35m). At current exchange rates, currency translation would reduce revenue by £6m.',
];

describe('a guidance sentence naming no period of its own', () => {
  // (The earlier range wraps onto the next line: its line alone shows its low end only, the sentence both.)
  it('guides the period its paragraph named before it, and its earlier range, wrapped, is the earlier outlook', () => {
    const a = inlineEngine(HALF_TEXT(CARRIED), 'tarnwick-h1-2026.txt').ask('capex guidance for 2026, new vs old', 'carried');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('£35 million');
    expect(a.text).toContain('£40 million');
    expect(a.text).toContain('£32.5 million');
    expect(a.text).not.toContain('£30 million (midpoint');
    expect(a.citations.map((c) => c.line)).toContain(17);
  });
  it.each([
    ['For the half year revenue grew 6%. We now expect capital expenditure of £35m to £40m.'],
    ['We now expect capital expenditure of £35m to £40m.'],
  ])('is kept a statement where no earlier sentence names a period to come (%s)', (sentence) => {
    expect(inlineRelease(HALF_TEXT([sentence]), 'tarnwick-h1-2026.txt').facts.filter((f) => f.role === 'low' || f.role === 'high')).toEqual([]);
  });
});
