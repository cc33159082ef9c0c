// A line named for what it leaves out ("Group sales excluding fuel") is never the line of what it leaves out: "fuel
// sales?" is not answered with the sales that exclude fuel. On an examination's release (eval/hl13) and one of our own.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import { inlineEngine } from './support/inline.js';

const OWN = [
  '# Harewood Stores plc: Third Quarter Trading Statement',
  '',
  'Harewood Stores plc reported trading for the third quarter ended 30 September 2026.',
  '',
  '| £m | Q3 2026 | Q3 2025 | Change |',
  '|---|---|---|---|',
  '| Group sales excluding fuel | 2,140.0 | 2,050.0 | 4.4% |',
  '| Total revenue including fuel | 2,390.0 | 2,330.0 | 2.6% |',
];

describe('a line named for what it leaves out', () => {
  it('is not given for the part it leaves out (Brindlemoor: "Group sales excluding fuel" beside a "Fuel" row)', () => {
    const engine = sharedEngine('eval/hl13/docs/brindlemoor-q2fy26.md');
    for (const q of ['fuel sales?', 'fuel sales in Q2 FY26']) expect(engine.ask(q, q).text).not.toContain('3,412.6');
  });
  it('is still given when asked by its own words (ours)', () => {
    const a = inlineEngine(OWN, 'harewood-2026q3.md').ask('group sales excluding fuel in Q3 2026?', 'own');
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toMatch(/2,140\.0|2\.14 billion/);
  });
});
