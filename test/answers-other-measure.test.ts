// A qualified line asked ("adjusted operating profit", "comparable net sales", "EBITDA on a taxable-equivalent
// basis") is answered with that line or declined naming it: never with the base line's figure, nor with
// another line that shares the qualifier but drops a word of the name (adjusted net profit).
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import type { Answer, Engine } from '../src/intents/answer.js';

let fjordvik: Engine;
let northcrest: Engine;
beforeAll(() => {
  fjordvik = sharedEngine('test/fixtures/synthetic-fjordvik-2025q2.md');
  northcrest = sharedEngine('test/fixtures/synthetic-northcrest-2025q3.md');
});

let n = 0;
const ask = (engine: Engine, q: string): Answer => engine.ask(q, `other-measure-${n++}`);

describe('a measure the release does not print is declined, naming it', () => {
  it.each([
    ['comparable operating profit', 'comparable operating profit'],
    ['operating profit on a comparable basis', 'comparable operating profit'],
    ['like-for-like EBITDA', 'like-for-like ebitda'],
    ['EBITDA on a taxable-equivalent basis', 'taxable-equivalent ebitda'],
    ['adjusted operating profit', 'non-gaap operating profit'],
  ])('fjordvik: %s', (q, named) => {
    const a = ask(fjordvik, q);
    expect(a.status).toBe('unknown');
    expect(a.text).toContain(`doesn't give "${named}"`);
    expect(a.text).not.toMatch(/€/);
  });

  it.each([
    ['comparable net sales growth', 'comparable net sales'],
    ['net sales on a like-for-like basis', 'like-for-like net sales'],
    ['organic net sales growth', 'organic net sales'],
  ])('northcrest: %s', (q, named) => {
    const a = ask(northcrest, q);
    expect(a.status).toBe('unknown');
    expect(a.text).toContain(`doesn't give "${named}"`);
    expect(a.text).not.toMatch(/C\$/);
  });
});

describe('the measure printed is answered', () => {
  it.each([
    ['fjordvik', 'adjusted net profit', 'Adjusted net profit was €44.0 million in Q2 2025.'],
    ['northcrest', 'adjusted EBITDA after leases', 'Adjusted EBITDA after leases were C$71.0 million in Q3 2025.'],
  ])('%s: %s', (release, q, line) => {
    expect(ask(release === 'fjordvik' ? fjordvik : northcrest, q).text.split('\n')[0]).toBe(line);
  });

  it('a comparable period is a period, not a measure', () => {
    expect(ask(fjordvik, 'EBITDA growth vs the comparable quarter').status).toBe('answer');
  });
});

describe('a run of words holding two names is not a third line', () => {
  it('northcrest: adjusted EBITDA and net earnings, never adjusted net earnings', () => {
    const a = ask(northcrest, 'how much did adjusted EBITDA exceed net earnings by');
    expect(a.text).toContain('Adjusted EBITDA was C$96.0 million');
    expect(a.text).not.toContain('C$55.9 million');
  });

  it('fjordvik: an adjusted EBITDA it does not print, never adjusted net profit', () => {
    const a = ask(fjordvik, 'how much did adjusted EBITDA exceed net profit by');
    expect(a.status).toBe('unknown');
    expect(a.text).not.toContain('€44.0 million');
  });
});
