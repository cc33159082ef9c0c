// A heading underlined rather than marked ("Outlook" over "-------", "Results" over "======="): it heads its section, and
// the table under it is read under that heading, never under a label of dashes. A guidance table so headed is read as
// guidance, its hedged cells ("approx. 4%", "c. 3%") as the figures they hedge, and a row stating its own currency
// ("(US$ millions)") in that currency, never the document's. Synthetic release, made-up figures: before, the dashes
// were the table's title and the table was skipped at its first hedged cell.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Release } from '../src/knowledge/release.js';
import { inlineEngine, inlineRelease } from './support/inline.js';

const LINES = [
  'Brisa Ferries – second quarter 2026 results',
  '===========================================',
  '',
  'Brisa Ferries reports its results for the second quarter of 2026. Amounts are in millions of euros unless stated otherwise.',
  '',
  '| € millions | Q2 2026 | Q2 2025 |',
  '|:--|--:|--:|',
  '| Revenue | 412.6 | 388.1 |',
  '| Operating profit | 61.3 | 55.0 |',
  '',
  'Full-year guidance',
  '------------------',
  '',
  '| | Q3 2026 | Full year 2026 |',
  '|:--|:--|:--|',
  '| Passenger growth | approx. 4% | 3% – 5% |',
  '| Cabin occupancy | c. 91% | 84% – 86% |',
  '| Capital expenditure (US$ millions) | – | 140 – 160 |',
];

describe('an underlined heading over a guidance table', () => {
  let r!: Release;
  beforeAll(() => {
    r = inlineRelease(LINES, 'brisa.md');
  });
  it('heads its section, the underline no text of it', () => {
    const growth = r.facts.filter((f) => f.metric === 'passenger_growth');
    expect(r.skipped).toEqual([]);
    expect(growth.map((f) => f.statement)).toContain('Full-year guidance');
    expect(r.facts.every((f) => !/^[-=]+$/.test(f.statement))).toBe(true);
  });
  it('reads a hedged cell as its figure, the hedge no word of the line', () => {
    const q3 = (m: string) => r.facts.filter((f) => f.metric === m && f.period.kind === 'duration' && f.period.months === 3).map((f) => `${f.role} ${f.value.toString()}`);
    expect(q3('passenger_growth')).toEqual(['low 4', 'high 4']);
    expect(q3('cabin_occupancy')).toEqual(['low 91', 'high 91']);
    expect(r.facts.some((f) => /approx|\bc\b/i.test(f.label))).toBe(false);
  });
  it('answers the guidance, a row in its own currency in that currency', () => {
    const engine = inlineEngine(LINES, 'brisa.md');
    const capex = engine.ask('What is the full-year 2026 capital expenditure guidance?', 'setext-capex');
    expect(capex.text).toMatch(/US\$\s?140 million/);
    expect(capex.text).not.toMatch(/€\s?140/);
    expect(engine.ask('What passenger growth do they expect for the full year 2026?', 'setext-growth').text).toMatch(/3%.*5%/);
  });
});
