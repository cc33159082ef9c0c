// A thread on a count stays on counts: "diluted?" after the basic unit count is the diluted unit count, even where the
// bare word alone names only per-unit lines and another count (refiners/qualifiers.ts turnToSibling). r60-114 ("diluted?"
// after the basic ADS count) asked which of the diluted EPS lines and the share count was meant. Synthetic release.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

let engine: Engine;
beforeAll(() => {
  engine = inlineEngine([
    '# Synthetic Harbour Trust Reports First Quarter 2026 Results',
    '',
    'Synthetic Harbour Trust today reported results for the first quarter ended March 31, 2026.',
    '',
    '**Weighted average basic units used in calculating distributable income per unit** was 82.40 million.',
    '',
    '**Weighted average diluted units used in calculating distributable income per unit** was 84.15 million.',
    '',
    '(C$ in thousands, except per unit and unit data)',
    '',
    '| | Three months ended March 31, 2026 | Three months ended March 31, 2025 |',
    '|---|---:|---:|',
    '| Distributable income | 61,200 | 57,300 |',
    '| Distributable income per unit | | |',
    '| Basic | 0.74 | 0.71 |',
    '| Diluted | 0.73 | 0.70 |',
    '| Weighted average trust units outstanding | | |',
    '| Basic | 81,990,512 | 80,450,300 |',
    '| Diluted | 83,870,004 | 82,001,980 |',
  ]);
});

describe('a basis word after a count', () => {
  it('"diluted?" after the basic unit count used for the per-unit figure: that diluted count, no per-unit figure', () => {
    const first = engine.ask('weighted average basic units used in calculating distributable income per unit, Q1 2026', 'count-twin-1');
    expect(first.status, first.text).toBe('answer');
    expect(first.text).toContain('82.40 million');
    const a = engine.ask('diluted?', 'count-twin-1');
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain('84.15 million');
    expect(a.text).not.toContain('0.73');
  });

  it('"diluted?" after basic distributable income per unit stays per unit', () => {
    engine.ask('basic distributable income per unit Q1 2026', 'count-twin-2');
    const a = engine.ask('diluted?', 'count-twin-2');
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain('0.73');
  });
});
