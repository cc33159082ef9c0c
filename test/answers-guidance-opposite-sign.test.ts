// A reported figure printed with the other sign than its forecast sets nothing against it: Kestrel Bank (hl22)
// prints "Operating expenses (2,667)" and forecasts A$2.72–2.75 billion for the next year, which once gave implied
// growth of −202.5%. The growth is declined, naming both figures; the range and midpoint are still given.
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import type { Engine } from '../src/intents/answer.js';

let engine: Engine;
beforeAll(() => {
  engine = sharedEngine('eval/hl22/docs/kestrel-bank-fy26.txt');
});

describe('guidance set against a figure of the other sign', () => {
  it('gives the range and midpoint, and no growth', () => {
    const a = engine.ask('FY27 opex target midpoint and implied growth', 'os-1');
    expect(a.text).toContain('A$2.72 billion');
    expect(a.text).not.toMatch(/implies growth of/);
    expect(a.text).toContain('the signs differ');
  });
});
