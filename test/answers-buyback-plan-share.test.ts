// A share of a repurchase plan asked ("what % of the authorization was used", "what share remains") is
// arithmetic on the plan's stated size and the amount spent or left under it: answered with both shares and
// their inputs, never with the amount alone. Where no figure says, the plan's own words; a % of something
// else (the shares outstanding) is no share of the plan. Synthetic releases of three issuers.
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';
import { modifiersOf } from '../src/intents/recognisers/modifiers.js';

const BANK = [
  '# Synthetic Valley Bancorp Reports Third Quarter 2026 Results',
  '',
  'Synthetic Valley Bancorp today reported results for the third quarter ended September 30, 2026.',
  '',
  '| (Dollars in thousands) | Q3 2026 | Q3 2025 |',
  '|---|---:|---:|',
  '| Net interest income | 88,500 | 86,700 |',
  '',
  'During the third quarter the Company repurchased 305,000 shares of common stock for $11.7 million under the $80.0 million share repurchase program authorized in January 2026. As of September 30, 2026, $60.0 million remained available under the program.',
];

let kisogawa: Engine;
let bank: Engine;
beforeAll(() => {
  kisogawa = sharedEngine('test/fixtures/synthetic-kisogawa-2025q2.md');
  bank = inlineEngine(BANK);
});
let n = 0;
const said = (engine: Engine, q: string) => engine.ask(q, `plan-share-${n++}`).text;

describe('the share of a plan used or left', () => {
  it.each(['what % of the buyback plan has been used?', 'what share of the repurchase program remains?', 'how much of the buyback plan is left, as a %?'])('size and amount spent stated (yen): %s', (q) => {
    const a = said(kisogawa, q);
    // ¥4,150 of ¥6,000 million: 69.2% used, 30.8% left.
    expect(a).toContain('69.2% of the plan had been used and 30.8% remained');
    expect(a).toContain('¥4,150 million ÷ ¥6,000 million × 100');
  });

  it('size and amount left stated: the amount used is the size less it', () => {
    const a = said(bank, 'what percentage of the share repurchase authorization has been utilized?');
    expect(a).toContain('$20.0 million');
    expect(a).toContain('25.0% of the plan had been used and 75.0% remained');
    expect(a).not.toContain('$11.7 million');
  });

  it('the plan named as the whole, not any % in a buyback question', () => {
    expect(modifiersOf('what % of the 2024 plan was used')).toContain('of-plan');
    expect(modifiersOf('how much of the authorization is left in percent')).toContain('of-plan');
    expect(modifiersOf('what % of shares outstanding did they repurchase')).not.toContain('of-plan');
    expect(modifiersOf('how much of the plan is left')).not.toContain('of-plan');
  });
});
