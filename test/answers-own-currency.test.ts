// Currencies in questions and refusals are the release's own: a change asked in a currency the release does not
// report in is declined naming the release's currency (never "US dollar figures ... in RMB", another issuer's);
// "how many euros" of a euro release, and "dollars" of a release in Canadian dollars, are its own figures.
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import type { Engine } from '../src/intents/answer.js';

let fjordvik: Engine;
let northcrest: Engine;
let seed: Engine;
beforeAll(() => {
  fjordvik = sharedEngine('test/fixtures/synthetic-fjordvik-2025q2.md');
  northcrest = sharedEngine('test/fixtures/synthetic-northcrest-2025q3.md');
  seed = sharedEngine('data/releases/qfin-2024q1.md');
});

let n = 0;
const said = (engine: Engine, q: string) => engine.ask(q, `own-currency-${n++}`).text.split('\n')[0]!;

describe('a change asked in another currency: declined in the release\'s own terms', () => {
  it.each([
    ['fjordvik', 'group sales change in USD', 'EUR'],
    ['fjordvik', 'EBITDA change in RMB yoy', 'EUR'],
    ['northcrest', 'net sales change in US dollars', 'CAD'],
  ])('%s: %s', (release, q, own) => {
    const a = said(release === 'fjordvik' ? fjordvik : northcrest, q);
    expect(a).toContain(`changes are in ${own}`);
    expect(a).not.toMatch(/US dollar figures only|in RMB;/);
  });

  it('a release that translates its quarter into USD says so', () => {
    expect(said(seed, 'net income change in USD')).toBe('The release gives USD figures only for Q1 2024, so changes are in RMB; a percentage change is the same in any currency. Ask for a single figure in USD.');
  });
});

describe('the release\'s own currency named in the question', () => {
  it('"how many euros" of a euro release', () => {
    expect(said(fjordvik, 'by how many euros did group sales rise?')).toContain('(an increase of €30.3 million)');
  });

  it.each(['by how many dollars did net sales rise?', 'net sales change in dollars'])('dollars of a release in Canadian dollars: %s', (q) => {
    expect(said(northcrest, q)).toContain('C$481.5 million in Q3 2024');
  });

  it('US dollars are not its own', () => {
    expect(said(northcrest, 'net sales change in US dollars')).toContain('gives no USD figures');
  });
});
