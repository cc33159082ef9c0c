// What is left of a buyback, for any issuer's wording: the plan's size less the amount spent under it,
// each read from the sentence that states it ("a program of up to $40 million", "had repurchased ...
// for $9.5 million"), or the amount the release says remains. "How much is left on the buyback" asks
// that, not the number of shares bought (it was answered with the shares repurchased).
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const HEAD = ['# Synthetic Orchard Reports Second Quarter 2026 Results', '', 'Synthetic Orchard today reported results for the second quarter ended June 30, 2026.', ''];
const TABLE = ['', '| ($ in thousands) | Q2 2025 | Q2 2026 |', '|---|---|---|', '| Revenue | 200,000 | 230,000 |'];
let n = 0;
const ask = (lines: string[], q: string) => inlineEngine([...HEAD, ...lines, ...TABLE]).ask(q, `buyback-left-${n++}`).text;

describe('what is left of a buyback', () => {
  it('size less spent, each from its sentence, as fine as the amount spent', () => {
    const a = ask(['On May 2, 2026, the Board approved a share repurchase program of up to $40 million. As of June 30, 2026, the Company had repurchased 0.8 million shares for $9.5 million under the program.'], 'how much is left on the buyback?');
    expect(a).toContain('$30.5 million');
    expect(a).toContain('$40 million');
  });

  it('the amount the release says remains, where it says one', () => {
    const a = ask(['During the quarter the Company repurchased 410,000 shares for $6.2 million. At quarter end, $51.3 million remained available under the share repurchase authorization.'], 'how much is left on the buyback?');
    expect(a).toContain('$51.3 million');
    expect(a).not.toContain('410,000');
  });

  it('"how much is left?" after the shares bought is the plan, not those shares again', () => {
    const e = inlineEngine([...HEAD, 'During the quarter the Company repurchased 410,000 shares for $6.2 million. At quarter end, $51.3 million remained available under the share repurchase authorization.', ...TABLE]);
    e.ask('how many shares did they buy back in Q2?', 'buyback-thread');
    const a = e.ask('how much is left?', 'buyback-thread').text;
    expect(a).toContain('$51.3 million');
    expect(a).not.toContain('410,000');
  });

  it('the amount spent and how many shares, asked together, are both answered', () => {
    const a = ask(['On May 2, 2026, the Board approved a share repurchase program of up to $40 million. As of June 30, 2026, the Company had repurchased 0.8 million shares for a total amount of $9.5 million under the program.'], 'how much has been spent on the buyback so far, and how many shares?');
    expect(a).toContain('$9.5 million');
    expect(a).toContain('0.8 million');
  });

  it('two programs that no year tells apart are not paired', () => {
    const a = ask(['The Board approved a share repurchase program of up to $40 million and a second program of up to $25 million. The Company had repurchased 0.8 million shares for $9.5 million.'], 'how much is left on the buyback?');
    expect(a).not.toMatch(/\$(?:30\.5|15\.5) million/);
  });
});
