// The amount of a change asked ("by how much did X change", "how much did X increase") is given, with its
// inputs shown; where the release states only the rate and not the earlier figure, the answer says it cannot
// give the amount rather than answer the level and rate alone. Synthetic, inline.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const engine = inlineEngine([
  '# Synthetic Tarnwick Foods Reports Third Quarter 2026 Results', '',
  'Synthetic Tarnwick Foods today reported results for the third quarter ended September 30, 2026.', '',
  '- Gross profit increased 9.1% year over year to $402.7 million.',
  '- Net loss of the ventures unit decreased 20.0% year over year to $40.0 million.', '',
  '| ($ in millions) | Q3 2026 | Q3 2025 |', '|---|---|---|',
  '| Net sales | 1,234.5 | 1,098.3 |', '| Operating income | 151.2 | 139.8 |', '| Net loss of the ventures unit | (40.0) | (50.0) |', '',
  '| ($ in millions) | Q3 2026 |', '|---|---|', '| Gross profit | 402.7 |',
]);
let n = 0;
const ask = (q: string) => engine.ask(q, `amount-${n++}`);
const how = (a: ReturnType<typeof ask>) => a.derivations.map((d) => `${d.label} = ${d.formula}`).join('\n');

describe('the amount of a change asked', () => {
  it.each(['by how much did operating income change yoy?', 'how much did operating income increase year over year?', 'what was the amount of the change in operating income yoy?'])('%s → the amount, with its inputs', (q) => {
    const a = ask(q);
    expect(a.status).toBe('answer');
    expect(a.text).toContain('an increase of $11.4 million');
    expect(how(a)).toContain('change in amount year over year = $151.2 million − $139.8 million');
  });

  it('a rate the release states beside both figures: the amount too', () => {
    const a = ask('by how much did the net loss of the ventures unit change yoy?');
    expect(a.text).toContain('20.0%');
    expect(a.text).toContain('a change of $10.0 million');
    expect(how(a)).toContain('change in amount');
  });

  it('only a rate stated, no earlier figure: the amount is said to be missing, never made up', () => {
    const a = ask('how much did gross profit increase?');
    expect(a.text).toContain('9.1%');
    expect(a.text).toContain('so not the amount of the change');
    expect(a.text).not.toMatch(/an increase of \$/);
  });

  it('a rate asked alone shows no amount derivation it was not asked for', () => {
    expect(how(ask('operating income change yoy %'))).not.toContain('change in amount');
  });
});
