// A property owner's top line ("Revenue from investment properties", "Rental revenue") is what "revenue" asks
// where the release prints no revenue total, and its NOI over that line is the NOI margin (hl42-071, hl42-072:
// declined as "an amount, not a rate" and "couldn't tell which line 'revenue' means"). Inline releases, no issuer's.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer, Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

let reit: Engine;
let withTotal: Engine;
beforeAll(() => {
  reit = inlineEngine([
    '# Birchline Properties REIT Reports Second Quarter 2026 Results',
    '',
    'Birchline Properties REIT today reported results for the quarter ended June 30, 2026. All amounts in thousands of Canadian dollars.',
    '',
    '| | Q2 2026 | Q2 2025 |',
    '|---|---:|---:|',
    '| Rental revenue | 50,000 | 46,000 |',
    '| Property operating expenses | (20,000) | (19,000) |',
    '| Net operating income | 30,000 | 27,000 |',
    '| General and administrative expenses | (2,500) | (2,300) |',
  ]);
  withTotal = inlineEngine([
    '# Fernhill Realty Reports Second Quarter 2026 Results',
    '',
    'Fernhill Realty today reported results for the quarter ended June 30, 2026. All amounts in thousands of U.S. dollars.',
    '',
    '| | Q2 2026 | Q2 2025 |',
    '|---|---:|---:|',
    '| Rental revenue | 40,000 | 38,000 |',
    '| Other property income | 10,000 | 9,000 |',
    '| Total revenues | 50,000 | 47,000 |',
    '| Property operating expenses | (20,000) | (19,000) |',
    '| General and administrative | (2,500) | (2,300) |',
  ]);
});

let n = 0;
const ask = (e: Engine, q: string): Answer => e.ask(q, `property-${n++}`);
const said = (a: Answer) => a.text.split('\nHow: ')[0]!;

describe("a property owner's top line and NOI margin", () => {
  it('NOI margin: NOI over the rental revenue line, both cited', () => {
    const a = ask(reit, 'NOI margin Q2 2026');
    expect(said(a)).toBe('NOI margin was 60.0% in Q2 2026 (Net operating income C$30.0 million ÷ Rental revenue C$50.0 million).');
    expect(a.citations).toHaveLength(2);
  });
  it('"revenue" is the rental revenue line where no revenue total is printed', () => {
    expect(said(ask(reit, 'G&A as % of rev in the qtr'))).toContain('5.0% of rental revenue');
  });
  it('negative: "revenue" is the total where the release prints one, never the rental part', () => {
    const a = ask(withTotal, 'G&A as % of revenue');
    expect(said(a)).toContain('5.0% of total revenues');
    expect(a.text).not.toContain('6.3%');
  });
  it('negative: no NOI line, no NOI margin', () => {
    expect(ask(withTotal, 'NOI margin').status).not.toBe('answer');
  });
});
