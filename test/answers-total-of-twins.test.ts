// "Total X" where the release prints X only as its current and non-current parts ("total payable to investors of the
// consolidated trusts") listed both parts and left the total asked unsaid; it is now their sum, both lines cited.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';

let n = 0;
const seed = sharedEngine();
const ask = (q: string) => seed.ask(q, `twins-total-${n++}`);

describe('the total of a line printed only in its current and non-current parts', () => {
  it('is their sum, with both parts cited', () => {
    for (const q of ['total payable to investors of the consolidated trusts', 'total payable to investors of consolidated trusts at 3/31/24', "what's the total payable to investors of the consolidated trusts?"]) {
      const a = ask(q);
      expect(a.text).toContain('RMB14,787.9 million as of March 31, 2024');
      expect(a.citations.map((c) => c.line)).toEqual(expect.arrayContaining([240, 251]));
    }
  });

  it('the name alone still shows each part, no sum', () => {
    const a = ask('payable to investors of the consolidated trusts');
    expect(a.text).toContain('RMB9,633.3 million');
    expect(a.text).not.toContain('14,787.9');
  });
});
