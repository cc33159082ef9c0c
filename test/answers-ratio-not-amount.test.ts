// An amount asked ("net charge-offs", "net debt") is never answered with a line that divides it by another
// ("Net charge-offs to average loans", "Net debt to equity"): the catalog's names of the amount do not reach the
// ratio line, nor does a standard measure (naming/other-measure.ts, ratio-of). The ratio asked as one still answers.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

const engines = new Map<string, Engine>();
let n = 0;
const ask = (doc: string, q: string) => {
  if (!engines.has(doc)) engines.set(doc, sharedEngine(doc));
  return engines.get(doc)!.ask(q, `ratio-amount-${n++}`);
};
const CEDAR = 'eval/hl38/docs/cedar-prairie-q3-2026.html';
const MERIDIAN = 'eval/hl36/docs/meridian-agro-q2fy27.txt';
const FAIRHAVEN = 'eval/hl5/docs/fairhaven-2026q3.md';
const HARROWGATE = 'eval/hl37/docs/harrowgate-q2-2026.txt';

/** An invented bank whose only credit rows are these (label, Q3 2026, Q3 2025). */
const bank = (rows: [string, string, string][]) =>
  inlineEngine([
    '# Synthetic Plover Bancorp Reports Third Quarter 2026 Results',
    '',
    'Synthetic Plover Bancorp today reported results for the third quarter ended September 30, 2026.',
    '',
    '| ($ in thousands) | Q3 2026 | Q3 2025 |',
    '|---|---|---|',
    ...rows.map(([l, a, b]) => `| ${l} | ${a} | ${b} |`),
  ]);

describe('a ratio line is no answer to its amount', () => {
  // (Its amount rows are read since tables31; before, only the ratio was, and these declined.)
  it('Cedar Prairie: net charge-offs answer the amount, never the ratio to loans; the ratio answers as one', () => {
    for (const q of ['net charge-offs in Q3', 'net charge-offs', 'NCOs?']) {
      const a = ask(CEDAR, q);
      expect(a.text, q).toContain('$3.20 million');
      expect(a.text, q).not.toContain('0.14%');
    }
    for (const q of ['NCO ratio', 'net charge-offs to average loans']) expect(ask(CEDAR, q).text, q).toContain('0.14%');
  });

  it('the ratio is not named by its head alone, though prose says "Net charge-offs were 0.28% of average loans"', () => {
    for (const doc of [FAIRHAVEN, HARROWGATE]) expect(ask(doc, 'net charge-offs').status, doc).toBe('unknown');
    expect(ask(FAIRHAVEN, 'net charge-off rate').text).toContain('0.28%');
  });

  it('Meridian: net debt declines rather than give net debt to equity (0.23 times)', () => {
    const a = ask(MERIDIAN, 'net debt');
    expect(a.text).not.toContain('0.23');
    expect(ask(MERIDIAN, 'net debt to equity').text).toContain('0.23 times');
  });

  it('the amount line answers where the release prints both', () => {
    const engine = bank([['Total loans', '9,214,557', '8,702,118'], ['Net charge-offs', '3,195', '2,402'], ['Net charge-offs to average loans (annualized)', '0.14%', '0.11%']]);
    expect(engine.ask('net charge-offs Q3 2026', 'b1').text).toContain('$3.20 million');
    expect(engine.ask('nco ratio Q3 2026', 'b2').text).toContain('0.14%');
  });
});
