// The summary card (handlers/card.ts) as a user reads it: each headline line's figure for the quarter with
// its change on the year, signed (+ up, - down, +0.0% unchanged), a percentage line's change in points, no
// change where the year before is nil or not printed, and each percentage change's formula under "How:".
// Help names the releases loaded. A release of our own, with a line down on the year and a margin.
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import type { Answer, Engine } from '../src/intents/answer.js';
import { EXAMPLES } from '../src/intents/catalog.js';
import { createEngine } from '../src/intents/engine.js';
import { KnowledgeBase } from '../src/knowledge/kb.js';
import { inlineEngine, inlineRelease } from './support/inline.js';

let corvid: Engine;
/** Two releases of the company: the quarter before, with a margin up on the year and a line printed for its quarter only. */
let both: Engine;
beforeAll(() => {
  both = createEngine(
    new KnowledgeBase([
      inlineRelease(
        ['# Corvid Lending Reports Fourth Quarter 2025 Results', '', 'Corvid Lending today reported results for the fourth quarter ended December 31, 2025.', '', '| (RMB in thousands) | Three months ended December 31, 2024 | Three months ended December 31, 2025 |', '|---|---|---|', '| Total net revenue | 1,800,000 | 2,100,000 |', '| GAAP operating margin | 20.0% | 22.5% |', '', '## Non-GAAP', '', '| (RMB in thousands) | Three months ended December 31, 2025 |', '|---|---|', '| Non-GAAP net income | 300,000 |'],
        'corvid-2025q4.md',
      ),
      inlineRelease(['# Corvid Lending Reports First Quarter 2026 Results', '', 'Corvid Lending today reported results for the first quarter ended March 31, 2026.', '', '| (RMB in thousands) | Three months ended March 31, 2025 | Three months ended March 31, 2026 |', '|---|---|---|', '| Total net revenue | 2,000,000 | 2,300,000 |'], 'corvid-2026q1.md'),
    ]),
  );
  corvid = inlineEngine([
    '# Corvid Lending Reports First Quarter 2026 Results',
    '',
    'Corvid Lending today reported results for the first quarter ended March 31, 2026.',
    '',
    '| (RMB in thousands) | Three months ended March 31, 2025 | Three months ended March 31, 2026 |',
    '|---|---|---|',
    '| Total net revenue | 2,000,000 | 2,300,000 |',
    '| Income from operations | 500,000 | 420,000 |',
    '| Net income | 400,000 | 400,000 |',
    '| GAAP operating margin | 25.0% | 18.3% |',
    '| Non-GAAP net income | — | 450,000 |',
  ]);
});

let n = 0;
const ask = (q: string): Answer => corvid.ask(q, `card-${n++}`);

describe('the summary card', () => {
  it('the quarter: each headline with its change on the year, signed; a margin in points; a nil year before, none', () => {
    const a = ask('summary');
    expect(a.text.split('\nHow: ')[0]).toBe(
      [
        'Q1 2026 at a glance:',
        '- Total net revenue: RMB2,300.0 million (+15.0% YoY)',
        '- Income from operations: RMB420.0 million (-16.0% YoY)',
        '- Net income: RMB400.0 million (+0.0% YoY)',
        '- Non-GAAP net income: RMB450.0 million',
        '- GAAP operating margin: 18.3% (-6.7 percentage points YoY)',
      ].join('\n'),
    );
    expect(a.derivations).toEqual([
      { label: 'Total net revenue YoY', value: '15.0%', formula: '(2,300,000 − 2,000,000) ÷ 2,000,000 × 100' },
      { label: 'Income from operations YoY', value: '-16.0%', formula: '(420,000 − 500,000) ÷ 500,000 × 100' },
      { label: 'Net income YoY', value: '0.0%', formula: '(400,000 − 400,000) ÷ 400,000 × 100' },
    ]);
    // Each line's two figures cited: five lines, both columns on one line each.
    expect(a.citations.map((c) => c.line)).toEqual([7, 8, 9, 10, 11]);
  });
  it('a quarter named: its own figures, and no change where the release prints no year before it', () => {
    const a = ask('summary for Q1 2025');
    expect(a.text).toBe(
      ['Q1 2025 at a glance:', '- Total net revenue: RMB2,000.0 million', '- Income from operations: RMB500.0 million', '- Net income: RMB400.0 million', '- Non-GAAP net income: nil', '- GAAP operating margin: 25.0%'].join('\n'),
    );
    expect(a.derivations).toEqual([]);
  });
  it('a margin up on the year in points, signed +; a headline line with no figure for the quarter left out', () => {
    expect(both.ask('summary for Q4 2025', 'card-both-1').text.split('\nHow: ')[0]).toBe(
      ['Q4 2025 at a glance:', '- Total net revenue: RMB2,100.0 million (+16.7% YoY)', '- Non-GAAP net income: RMB300.0 million', '- GAAP operating margin: 22.5% (+2.5 percentage points YoY)'].join('\n'),
    );
    expect(both.ask('summary for Q4 2024', 'card-both-2').text).toBe(['Q4 2024 at a glance:', '- Total net revenue: RMB1,800.0 million', '- GAAP operating margin: 20.0%'].join('\n'));
  });
});

describe("the issuer's own headline lines (its aliases file beside the release)", () => {
  it('after the catalogue\'s, each with its change on the year where the release prints the year before', () => {
    const seed = sharedEngine('data/releases/qfin-2024q1.md');
    expect(seed.ask('summary', 'card-seed').text.split('\nHow: ')[0]).toBe(
      [
        'Q1 2024 at a glance:',
        '- Total net revenue: RMB4,153.2 million (+15.4% YoY)',
        '- Income from operations: RMB1,364.1 million (+35.5% YoY)',
        '- Net income: RMB1,160.1 million (+24.8% YoY)',
        '- Non-GAAP net income: RMB1,204.8 million (+23.4% YoY)',
        '- GAAP operating margin: 32.8% (+4.8 percentage points YoY)',
        '- Diluted net income per ADS: RMB7.30 (+29.4% YoY)',
        '- Total facilitation and origination loan volume: RMB99,237 million (-9.3% YoY)',
        '- 90 day+ delinquency rate of loans originated by financial institutions across our platform: 3.35%',
      ].join('\n'),
    );
  });
});

describe('help', () => {
  it('names the release loaded and lists every example, no figure cited', () => {
    const a = ask('help');
    expect(a.status).toBe('answer');
    const lines = a.text.split('\n');
    expect(lines[0]).toBe("I answer questions about Corvid Lending Reports First Quarter 2026 Results with the release's own figures, each cited to its line.");
    expect(lines.slice(lines.indexOf('Examples:') + 1)).toEqual(EXAMPLES.map((e) => `- ${e}`));
    expect(lines[1]).toMatch(/^Ask for a figure, its change \(YoY, QoQ, percentage points\).*carry on from the last answer\.$/);
    expect([a.citations, a.derivations, a.choices]).toEqual([[], [], []]);
  });
  it('names each release loaded', () => {
    expect(both.ask('help', 'card-both-3').text.split('\n')[0]).toBe(
      "I answer questions about Corvid Lending Reports Fourth Quarter 2025 Results; Corvid Lending Reports First Quarter 2026 Results with the release's own figures, each cited to its line.",
    );
  });
});
