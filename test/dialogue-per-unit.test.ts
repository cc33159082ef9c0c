// A per-unit basis named ("per ordinary share", "per common share") is the line's unit, never a share asked
// ("... per ordinary share" at the end of a question was read as "as a share?"); a follow-up naming only
// another unit ("and per ordinary share?" after a per-ADS figure) is the thread's line per that unit (an ADS
// holds several shares: never one figure for the other). Synthetic release, and the seed's own lines.
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';
import { OPERATION_CUES } from '../src/intents/recognisers/operations.js';

const TERN = [
  '# Synthetic Tern Holdings Announces Second Quarter 2026 Unaudited Financial Results',
  '',
  'Synthetic Tern Holdings today announced its unaudited financial results for the second quarter ended June 30, 2026. Each ADS represents three Class A ordinary shares.',
  '',
  '| (RMB in thousands, except per share and per ADS data) | Q2 2025 | Q2 2026 |',
  '|---|---:|---:|',
  '| Net income | 10,000 | 12,000 |',
  '| Net income per ordinary share - Basic | 0.50 | 0.60 |',
  '| Net income per ordinary share - Diluted | 0.48 | 0.58 |',
  '| Net income per ADS - Basic | 1.50 | 1.80 |',
  '| Net income per ADS - Diluted | 1.44 | 1.74 |',
  '| Weighted average shares used in calculating net income per ordinary share - Basic | 19,800,000 | 20,000,000 |',
  '| Weighted average shares used in calculating net income per ordinary share - Diluted | 20,600,000 | 20,700,000 |',
];

let tern: Engine;
let seed: Engine;
beforeAll(() => {
  tern = inlineEngine(TERN);
  seed = sharedEngine();
});

describe('a per-unit basis is no share asked', () => {
  it.each(['net income per ordinary share', 'eps per common share', 'income per class a share?'])('"%s": no share cue', (q) => {
    const share = OPERATION_CUES.find((c) => c.op === 'share')!.cues;
    expect(share.test(q)).toBe(false);
    expect(share.test('and as a share?')).toBe(true);
  });

  it('named whole, the seed line fitting several lines by its "diluted"', () => {
    expect(seed.ask('diluted net income per ordinary share', 'unit-1').text).toContain('RMB3.65');
  });
});

describe('a follow-up naming only another unit', () => {
  it('after a per-ADS figure: the same line per ordinary share (synthetic)', () => {
    expect(tern.ask('diluted net income per ADS Q2 2026', 'unit-2').text).toContain('RMB1.74');
    expect(tern.ask('and per ordinary share?', 'unit-2').text).toContain('Diluted net income per ordinary share was RMB0.58');
  });

  it('after a per-ADS figure shown in dollars: per ordinary share (seed)', () => {
    seed.ask('diluted EPS per ADS this qtr', 'unit-3');
    expect(seed.ask('and per ordinary share?', 'unit-3').text).toContain('RMB3.65');
  });

  it('after the per-share figure: per ADS, the basic line kept', () => {
    tern.ask('basic net income per ordinary share Q2 2026', 'unit-4');
    expect(tern.ask('per ADS?', 'unit-4').text).toContain('Basic net income per ADS was RMB1.80');
  });
});
