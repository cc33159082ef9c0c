// A share of a line named after its "of", asked of a buyback's count ("ADSs repurchased under 2024 plan as a % of
// diluted weighted ADS"), is that share: the buyback cue outranked the share cue, and the reply gave the plan's use
// (18.6% of the plan's US$350 million), figures not asked. The share of the plan itself stays the plan's.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';

let n = 0;
const seed = sharedEngine();
const ask = (q: string) => seed.ask(q, `buyback-count-share-${n++}`);

describe('a buyback count as a share of another line', () => {
  it('is never answered with the plan used and left', () => {
    const a = ask('ADSs repurchased under 2024 plan as a % of diluted weighted ADS');
    expect(a.text).not.toContain('remained');
    expect(a.text).not.toContain('US$350 million');
  });

  it('leaves the share of the plan the plan\'s', () => {
    expect(ask('what % of the 2024 plan has been used').text).toContain('18.6% of the 2024 plan had been used');
  });
});
