// A line with a similar name is never answered for the one asked (src/intents/recognisers/names.ts, metrics.ts,
// runs.ts; naming/other-measure.ts, naming/rules.ts): a short form the label prints in brackets names that line
// ("CASM" is "Cost per ASM (CASM)", not the catalog's CASM given to a line "excluding fuel"); a ratio's whole
// is said without "total" ("ACL to loans"); a run of words out of order ending on another head ("revenue
// passenger miles") is no name of "Passenger revenue". Invented releases.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import { inlineEngine } from './support/inline.js';

const airline = inlineEngine([
  '# Synthetic Tern Air Reports Second Quarter 2026 Results',
  '',
  'Synthetic Tern Air today reported results for the second quarter ended June 30, 2026.',
  '',
  '- Cost per available seat mile excluding fuel and special items (CASM-ex) of 7.41 cents, up 2.0%.',
  '',
  '## Revenue',
  '',
  '| ($ in millions) | Q2 2026 | Q2 2025 |',
  '|---|---:|---:|',
  '| Passenger | 1,904 | 1,811 |',
  '| Cargo | 88 | 80 |',
  '| Total operating revenues | 1,992 | 1,891 |',
  '',
  '## Operating Statistics',
  '',
  '| | Q2 2026 | Q2 2025 |',
  '|---|---:|---:|',
  '| Available seat miles (ASMs) (millions) | 20,510 | 19,960 |',
  '| Cost per ASM (CASM) (cents) | 9.37 | 9.12 |',
  '| CASM excluding fuel and special items (CASM-ex) (cents) | 7.41 | 7.26 |',
]);

const bank = inlineEngine([
  '# Synthetic Heron Bancorp Reports Third Quarter 2026 Results',
  '',
  'Synthetic Heron Bancorp today reported results for the third quarter ended September 30, 2026.',
  '',
  '| ($ in thousands) | Sep 30, 2026 | Jun 30, 2026 | Sep 30, 2025 |',
  '|---|---:|---:|---:|',
  '| Total loans | 5,120,400 | 5,050,100 | 4,880,300 |',
  '| Allowance for credit losses on loans | 70,150 | 69,020 | 65,880 |',
  '| Allowance for credit losses to total loans | 1.37% | 1.37% | 1.35% |',
  '| Nonperforming loans | 20,480 | 19,700 | 15,120 |',
  '| Nonperforming loans to total loans | 0.40% | 0.39% | 0.31% |',
]);

describe('a short form the label prints names its own line', () => {
  it('"CASM" is the CASM line, not the one excluding fuel', () => {
    for (const q of ['CASM', 'casm q2 2026', 'what was CASM?']) {
      const a = airline.ask(q, `sn-${q}`);
      expect(a.status, q).toBe('answer');
      expect(a.text, q).toContain('9.37');
      expect(a.text, q).not.toContain('7.41');
    }
  });
});

describe('a run out of order ending before another head names no line', () => {
  it('"revenue passenger miles" is not passenger revenue nor TRASM (hunt33 h33-017)', () => {
    const a = sharedEngine('eval/hl7/docs/kestrel-1q-fy2027.md').ask('revenue passenger miles', 'rpm');
    expect(a.text).not.toMatch(/Passenger was|TRASM|\$2\.85 billion/);
    // the line counts miles ("(millions)" of a unit of things), so its own figure is the answer, never dollars
    expect(a.status).toBe('answer');
    expect(a.text).toMatch(/27,148 million/);
    expect(a.text).not.toMatch(/\$27/);
  });
  it('"passenger revenue" still is', () => {
    expect(airline.ask('passenger revenue', 'pr').text).toMatch(/\$1\.90 billion|1,904/);
  });
});

describe('a ratio asked without "total" before its whole', () => {
  it('"ACL to loans" is the printed ratio, not the allowance', () => {
    for (const q of ['ACL to loans', 'allowance for credit losses to loans']) {
      const a = bank.ask(q, `acl-${q}`);
      expect(a.text, q).toContain('1.37%');
      expect(a.text, q).not.toMatch(/\$70\.2 million/);
    }
  });
  it('"NPLs to loans yoy change" is the ratio\'s change in points', () => {
    const a = bank.ask('nonperforming loans to loans yoy change', 'npl');
    expect(a.text).toMatch(/0\.09 percentage points/);
  });
  it('the allowance itself is still the allowance', () => {
    expect(bank.ask('allowance for credit losses on loans', 'acl').text).toMatch(/\$70\.2 million/);
  });
});
