// A guidance sentence with a comma-set aside between the guided line and its range ("earnings per share,
// before the cumulative effect ..., but including $0.24 per share related to ..., to be between $2.66
// and $2.86"): the aside's figure is no guided range, and the line is named by the words before it.
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import { loadEngine } from '../src/bot.js';
import { writeTmp } from './knowledge-helpers.js';

const BIRCH = `# Birch Logistics Inc. Reports Second Quarter 2024 Results

**AKRON, July 25, 2024** — Birch Logistics Inc. (NYSE: BRCL) today reported results for the second quarter ended June 30, 2024.

Operating income was $52.0 million in the second quarter of 2024, compared with $47.5 million a year ago.

## Outlook

For the full year 2024, the company now expects operating income, excluding restructuring costs, but including $15 million of integration costs, to be between $210 million and $230 million.
`;

let n = 0;
let sears: ReturnType<typeof loadEngine>;
let birch: ReturnType<typeof loadEngine>;
beforeAll(() => {
  sears = sharedEngine('../shared/releases/filed/sears-2004q2.txt');
  birch = loadEngine({ releases: [writeTmp('birch-asides-2024q2.md', BIRCH)] });
});

describe('guidance with an aside between the line and its range', () => {
  it('Sears: full-year EPS guidance is $2.66 to $2.86 (midpoint $2.76), not the $0.24 it includes', () => {
    const a = sears.ask('What is the full-year 2004 EPS guidance?', `g-${n++}`);
    expect(a.status).toBe('answer');
    expect(a.text).toContain('$2.66');
    expect(a.text).toContain('$2.86');
    expect(sears.ask('midpoint of the full-yr eps outlook', `g-${n++}`).text).toContain('$2.76');
  });

  it('a release of our own: the operating income range, never the integration costs it includes', () => {
    const a = birch.ask('full year 2024 operating income guidance', `g-${n++}`);
    expect(a.status).toBe('answer');
    expect(a.text).toContain('$210');
    expect(a.text).toContain('$230');
    expect(a.text).not.toContain('$15');
  });
});
