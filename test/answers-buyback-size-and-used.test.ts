// A plan's size and the amount used under it, asked together ("2024 buyback plan size and how much used so
// far"): r35 gave only the amount spent, under its release label "total amount", so a reader could take it for
// the plan's size, and left the size out. Now both are given, each named for what it is by the release's
// words ("up to US$350 million" the size; "purchased ... for a total amount of US$65 million" the amount spent).
// Synthetic release.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

let engine: Engine;
beforeAll(() => {
  engine = inlineEngine([
    '# Synthetic Harbor Lending Announces First Quarter 2024 Results',
    '',
    'Synthetic Harbor Lending today announced its results for the first quarter ended March 31, 2024.',
    '',
    '### Update on Share Repurchase',
    '',
    'On March 12, 2024, the board of directors approved a new share repurchase plan (the "2024 Share Repurchase Plan") whereby the Company is authorized to repurchase its ADSs with an aggregate value of up to US$350 million during the 12-month period from April 1, 2024.',
    '',
    'As of May 17, 2024, the Company had in aggregate purchased approximately 3.4 million ADSs in the open market for a total amount of approximately US$65 million at an average price of US$19.3 per ADS pursuant to the 2024 Share Repurchase Plan.',
  ], 'harbor.md');
});

let n = 0;
const ask = (q: string) => engine.ask(q, `size-used-${n++}`);

describe("a buyback plan's size and the amount used, asked together", () => {
  it.each(['2024 buyback plan size and how much used so far', 'how big is the 2024 repurchase plan and how much has been spent?'])('%s: both, each named', (q) => {
    const a = ask(q);
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toMatch(/\(the plan's size\): (?:US)?\$350 million/);
    expect(a.text).toMatch(/\(the amount spent under the plan\): (?:US)?\$65 million/);
  });

  it('the amount used alone is never named as the size', () => {
    const a = ask('how much of the 2024 buyback was used so far');
    expect(a.text).toContain('$65 million');
    expect(a.text).not.toContain("the plan's size");
  });
});
