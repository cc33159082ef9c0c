// "X excluding SBC" is the release's non-GAAP X where its reconciliation says exactly that (non-GAAP X = X + SBC
// for every period asked): that line, with the arithmetic shown. It was declined as "no part of X". Where the
// adjusted line takes out more than the item named, the figures do not add up and it stays declined.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import { inlineEngine } from './support/inline.js';

let n = 0;
const seed = sharedEngine();
const ask = (q: string) => seed.ask(q, `adjusted-for-${n++}`);

describe('a line without the item its non-GAAP reconciliation adds back', () => {
  it('is the non-GAAP line, with the reconciliation shown and cited', () => {
    const a = ask('net income excluding SBC');
    expect(a.status).toBe('answer');
    expect(a.text).toContain("is the release's non-GAAP net income: RMB1,204.8 million in Q1 2024");
    expect(a.text).toContain('RMB1,160.1 million + RMB44.6 million = RMB1,204.8 million');
    expect(a.citations.map((c) => c.line)).toEqual(expect.arrayContaining([295, 350, 351]));
  });

  it('its change is the non-GAAP line\'s change, where the identity holds in both periods', () => {
    expect(ask('net income ex-SBC yoy').text).toContain('up 23.4% year over year, from RMB976.3 million in Q1 2023');
  });

  it('an item the reconciliation does not add back stays declined', () => {
    expect(ask('net income excluding income tax expense').status).toBe('unknown');
  });

  const birchfield = (rows: string[]) =>
    inlineEngine([
      '# Synthetic Birchfield Reports Third Quarter 2026 Results',
      '',
      'Synthetic Birchfield today reported results for the third quarter ended September 30, 2026.',
      '',
      '| (US$ in millions) | Q3 2025 | Q3 2026 |',
      '|---|---|---|',
      '| Net income | 50.0 | 60.0 |',
      '| Add: Share-based compensation | 8.0 | 9.0 |',
      ...rows,
    ]).ask('net income excluding share-based compensation', `birchfield-${n++}`);

  it('another issuer\'s adjusted line that is exactly the line less the item answers it', () => {
    expect(birchfield(['| Adjusted net income | 58.0 | 69.0 |']).text).toContain("is the release's adjusted net income: $69.0 million in Q3 2026");
  });

  it('an adjusted line that takes out more than the item named is no answer for it', () => {
    const a = birchfield(['| Add: Amortization of acquired intangibles | 3.0 | 3.0 |', '| Adjusted net income | 61.0 | 72.0 |']);
    expect(a.status).toBe('unknown');
    expect(a.text).not.toContain('72.0');
  });
});

describe('a rate without an item the reconciliation beside it takes out (r42-141)', () => {
  const seedEngine = () => sharedEngine('data/releases/qfin-2024q1.md');
  it('is the release\'s adjusted rate, with the identity that shows the adjustment', () => {
    const e = seedEngine();
    const a = e.ask('op margin ex-SBC 1Q24', 'rate-ex-1');
    expect(a.text).toContain("GAAP operating margin excluding share-based compensation expenses is the release's non-GAAP operating margin: 33.9% in Q1 2024");
    expect(a.text).toContain('RMB1,364.1 million + RMB44.6 million = RMB1,408.7 million');
  });
  it('asked as a follow-up opening on the exclusion, of the thread\'s rate', () => {
    const e = seedEngine();
    e.ask('op income 1Q24', 'rate-ex-2');
    e.ask('op margin', 'rate-ex-2');
    expect(e.ask('ex-SBC', 'rate-ex-2').text).toContain('33.9%');
  });
});
