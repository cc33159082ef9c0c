// "Interim dividend", "interim DPS" of a line the release names "interim ordinary dividend": the class of share or
// the form of payment between the dividend's timing word and "dividend" is left unsaid (naming/rules.ts,
// dividend-kind-unsaid); hunt34 lmn-08 had declined. "Final dividend" is never that interim line.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

let e: Engine;
beforeAll(() => {
  e = inlineEngine(
    ['# Fernhill Bank plc — Q3 2025 Interim Management Statement', '', 'Fernhill Bank plc today publishes its interim management statement for the three months ended 30 September 2025 (Q3 2025).', '', '- An interim ordinary dividend of 3.4 pence per share was paid on 24 September 2025 (2024 interim dividend: 2.9 pence).', ''],
    'fernhill-q3-2025.md',
  );
});
let n = 0;
const ask = (q: string) => e.ask(q, `div-kind-${n++}`);

describe('a dividend asked without its class of share or form of payment', () => {
  it.each(['interim dividend', 'interim DPS', 'interim dividend per share'])('%s is the interim ordinary dividend', (q) => {
    const a = ask(q);
    expect(a.status).toBe('answer');
    expect(a.text).toContain('3.4 pence');
  });
  it('"final dividend" is not the interim one', () => {
    expect(ask('final dividend').text).not.toContain('3.4');
  });
});
