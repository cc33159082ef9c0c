// Guidance carries the release's own caution, quoted and cited, and only where the release says one:
// a caveat the release does not state is a claim the bot cannot cite.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';

const ask = (releases: string[], q: string) => sharedEngine(...releases).ask(q, 'caveat');

describe('the outlook caveat', () => {
  it('is quoted from the release, with its line cited, when the release states one', () => {
    const a = ask(['data/releases/qfin-2024q1.md'], 'Q2 net income guidance');
    expect(a.text).toContain('RMB1.17 billion');
    expect(a.text).toContain('“This outlook reflects the Company\'s current and preliminary views, which is subject to material changes.”');
    expect(a.citations.map((c) => c.quote)).toContain("This outlook reflects the Company's current and preliminary views, which is subject to material changes.");
  });

  it('is left out when the release states none (a synthetic release whose outlook has no caution)', () => {
    const a = ask(['test/fixtures/qfin-2024q2.md'], 'Q3 net income guidance');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('RMB1.50 billion');
    expect(a.text).not.toMatch(/preliminary|subject to|release adds/i);
  });
});

describe('guidance narrowed by a word of a guided line', () => {
  it('"non-GAAP guide" answers the guided ranges, not the commentary (it quoted the dateline)', () => {
    const a = ask(['data/releases/qfin-2024q1.md'], 'implied yoy growth in the q2 non-gaap guide');
    expect(a.text).toContain('between 6.4% and 11.6%');
    expect(a.text).not.toContain('May 19, 2024');
  });

  it('a topic no guided line is named by still goes to the commentary', () => {
    const a = ask(['data/releases/qfin-2024q1.md'], 'what do they expect for risk metrics');
    expect(a.text).toContain('risk metrics');
    expect(a.text).not.toContain('RMB1.17 billion');
  });
});
