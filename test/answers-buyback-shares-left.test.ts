// Capital returns asked as a figure get the figure: what is left of a plan sized in shares is its size less
// the shares bought to a date (never less a quarter's purchases), in the release's own currency where money;
// a plan found by any issuer's wording ("normal course issuer bid", "for cancellation", "acquisition of
// treasury shares"); the amount spent is the one its sentence states, dated by that sentence.
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import type { Engine } from '../src/intents/answer.js';

let northcrest: Engine;
let kisogawa: Engine;
beforeAll(() => {
  northcrest = sharedEngine('test/fixtures/synthetic-northcrest-2025q3.md');
  kisogawa = sharedEngine('test/fixtures/synthetic-kisogawa-2025q2.md');
});

let n = 0;
const said = (engine: Engine, q: string) => engine.ask(q, `buyback-shares-${n++}`).text.split('\nSources:')[0]!;

describe('what is left of a plan sized in shares', () => {
  it.each(['how many shares remain under the buyback?', 'how much is left on the buyback?'])('a C$ issuer bid: %s', (q) => {
    const a = said(northcrest, q);
    expect(a).toContain('1,750,000 shares of the plan\'s 3,000,000 shares remained as of September 30, 2025: 1,250,000 shares had been bought.');
    expect(a).not.toContain('2,590,000');
  });

  it('an acquisition of treasury shares: in shares, and in yen', () => {
    expect(said(kisogawa, 'how many shares remain under the buyback?')).toContain("580,000 shares of the plan's 2,000,000 shares remained as of September 30, 2025");
    const left = said(kisogawa, 'how much is left on the buyback?');
    expect(left).toContain("About ¥1,850 million of the plan's ¥6,000 million remained as of September 30, 2025: ¥4,150 million had been spent.");
    expect(left).not.toMatch(/US\$|RMB|-/);
  });
});

describe('the figure asked, not the plan\'s sentences', () => {
  it('the amount spent, dated by its sentence, in the release\'s currency', () => {
    const a = said(northcrest, 'how much have they spent on buybacks?');
    expect(a).toBe('Amount of common shares repurchased: C$41.3 million (in Q3 2025)');
    expect(said(kisogawa, 'how much has been spent on buybacks?')).toBe('Amount of treasury shares acquired: ¥4,150 million (as of September 30, 2025)');
  });

  it('the shares bought, not the plan\'s size in shares', () => {
    const so = said(kisogawa, 'how many shares have they bought back so far?');
    expect(so).toContain('Treasury shares acquired: 1,420,000 shares (as of September 30, 2025)\nAmount of treasury shares acquired: ¥4,150 million (as of September 30, 2025)');
    expect(so).not.toContain('2,000,000');
    const q3 = said(northcrest, 'how many shares did they buy back?');
    expect(q3).toContain('Common shares repurchased: 410,000 shares (in Q3 2025)');
    expect(q3).not.toContain('3,000,000');
  });

  it('the plan\'s size is said to be one', () => {
    expect(said(kisogawa, 'buybacks?')).toContain("Shares (the plan's size): 2,000,000 shares");
  });
});

describe('capital returned, printed in parentheses, is an amount paid out, never a signed figure', () => {
  it.each([
    ['northcrest', 'buybacks?', 'Repurchase of common shares: C$41.3 million (in Q3 2025), an outflow printed in parentheses in the release'],
    ['northcrest', 'dividends paid', 'Dividends paid was C$15.2 million in Q3 2025 (an outflow, printed in parentheses in the release).'],
    ['kisogawa', 'purchase of treasury shares', 'Purchase of treasury shares was ¥2,310'],
    ['kisogawa', 'buybacks?', 'Purchase of treasury shares: ¥2,310'],
  ])('%s: %s', (release, q, line) => {
    const a = said(release === 'northcrest' ? northcrest : kisogawa, q);
    expect(a).toContain(line);
    expect(a).not.toMatch(/(?:C\$|¥)-/);
  });
});
