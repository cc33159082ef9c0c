// A plan named by its size ("buyback so far as % of the 350m plan") is that plan: its share used is worked out from
// its size and the amount spent, both cited, and a size no plan of the release has is declined by name. Before, the
// size between "the" and "plan" hid the share asked, and the plan's paragraph came back with no share at all.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';
import { sizeNamed } from '../src/intents/handlers/buyback-sized.js';

const RELEASE = [
  '# Example Devices Reports First Quarter 2026 Results',
  '',
  'Example Devices today reported results for the first quarter ended March 31, 2026.',
  '',
  '| ($ in millions) | Q1 2026 | Q1 2025 |',
  '|---|---|---|',
  '| Revenue | 410.2 | 388.9 |',
  '',
  'On February 3, 2026, the board approved a share repurchase program of up to $400 million. As of March 31, 2026, the Company had repurchased 3.2 million shares for a total amount of $120 million under the program.',
];

let n = 0;
const ask = (q: string) => inlineEngine(RELEASE).ask(q, `plan-by-size-${n++}`);

describe('a buyback plan named by its size', () => {
  it('works out the share of that plan used, its inputs cited', () => {
    for (const q of ['buyback so far as % of the 400m plan', 'repurchases to date as a % of the $400 million program']) {
      const a = ask(q);
      expect(a.status).toBe('answer');
      expect(a.text).toContain('30.0%');
      expect(a.citations.map((c) => c.quote).join(' ')).toContain('$120 million');
    }
  });

  it('declines a size no plan has, never another plan\'s share', () => {
    const a = ask('buyback so far as % of the 250m plan');
    expect(a.status).toBe('unknown');
    expect(a.text).toContain('250m');
    expect(a.text).not.toContain('%');
  });

  it('reads a size with its scale, never a year', () => {
    expect(sizeNamed('% of the 1.5bn plan')?.value.toString()).toBe('1500000000');
    expect(sizeNamed('% of the 2024 plan')).toBeNull();
  });
});
