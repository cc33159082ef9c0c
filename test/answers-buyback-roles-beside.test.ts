// A buyback's size (authorised) and what was bought under it, each read from the words beside its figure
// (handlers/buyback-roles.ts): the size asked was answered with the amount bought ("Completed (the plan's size):
// A$41.3 million" beside "up to $150 million"), the shares bought with the programme's size, and the shares bought
// of a plan that had bought none with its ceiling. Synthetic releases.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const HEAD = ['# Synthetic Quillon Holdings -- Q1 FY26 results', '', 'Quillon reports results for the quarter ended 30 September 2025 (Q1 FY26).', '', '- Revenue of $84.2 million, up 6.1% on Q1 FY25.', '', 'CAPITAL MANAGEMENT'];
let n = 0;
const ask = (lines: string[], q: string) => inlineEngine([...HEAD, ...lines], 'synthetic.txt').ask(q, `bb-beside-${n++}`);

describe("the plan's size asked is its size, never what was bought", () => {
  const COLON = ['- On-market share buy-back of up to $150 million: $41.3 million completed', '', 'At 30 September 2025 the Group had bought back 12.6 million shares for $41.3 million.'];
  const UNDER = ['During the quarter the Company repurchased 2,150,000 shares for $38.7 million, leaving $161.3 million available under the $250 million repurchase program.'];
  it.each([
    [COLON, 'buyback authorised', '$150 million'],
    [COLON, 'how big is the buyback program?', '$150 million'],
    [UNDER, 'how big is the buyback program?', '$250 million'],
  ])('%#: %s', (lines, q, size) => {
    const a = ask(lines, q);
    expect(a.status).toBe('answer');
    // (In a figure read, or in the release's words where the sentence's figure is not read as one.)
    expect(a.text.split('\n')[0]).toMatch(/the plan's size/i);
    expect(a.text.split('\n')[0]).toContain(size);
    expect(a.text).not.toMatch(/\(the plan's size\): \$(?:41\.3|38\.7)|2,150,000|12\.6 million/);
  });

  it('where no size is printed, says so and gives what is left, named as that', () => {
    const a = ask(['During the quarter the Company repurchased 2.1 million shares for $118.4 million; $640.0 million remained available under the repurchase authorization at quarter end.'], 'buyback authorised');
    expect(a.text).toContain('does not print the size');
    expect(a.text).toContain('$640.0 million (said to remain)');
    expect(a.text).not.toMatch(/authori[sz]ation[^:\n]*: (?:2\.1 million|\$118\.4)/i);
  });
});

describe('the shares bought asked are the shares bought, never the plan', () => {
  it('the count and amount bought under a named programme, not its size', () => {
    const a = ask(['Under the $150 million share buyback programme announced in February 2025, the group repurchased 4.2 million shares for $148.3 million during the quarter.'], 'total shares bought back under the program so far');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('4.2 million shares');
    expect(a.text).toContain('$148.3 million');
    expect(a.text).not.toContain('$150 million');
  });

  it('none bought: the release\'s words saying so', () => {
    const a = ask(['On August 7, 2025 the Board resolved to repurchase up to 3,000,000 shares of common stock for up to $15 million. No shares have been repurchased under this resolution as of the date of this report.'], 'how many shares did they repurchase in the quarter?');
    expect(a.text).toMatch(/^None: .*No shares have been repurchased/);
  });
});
