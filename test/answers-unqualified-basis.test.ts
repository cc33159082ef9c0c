// A name said with no basis ("operating income?") is the reported line: a line on the adjusted basis never
// answers it. Where the name's words fit only adjusted lines ("Non-GAAP operating income", "Non-GAAP operating
// margin") beside a reported line printed as a loss ("Loss from operations"), the bot declines rather than give
// the adjusted figure, of another sign. Pins refiners/qualifiers.ts (namelessFollowUp) and other-basis.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import type { Engine } from '../src/intents/answer.js';

let engine: Engine;
beforeAll(() => {
  engine = sharedEngine('eval/hl21/docs/harborlight-2026q3.html');
});

describe('a name said with no basis is never answered from an adjusted line', () => {
  for (const q of ['operating income?', 'operating income yoy?', 'What was operating income in Q3 2026?', 'income from operations?', 'how much operating income did they make?']) {
    it(q, () => {
      const a = engine.ask(q, `basis-${q}`);
      expect(a.text).not.toMatch(/Non-GAAP|7\.0 million|4\.03/);
    });
  }
  it('in a thread too', () => {
    for (const q of ['revenue?', 'and last year?']) engine.ask(q, 'basis-thread');
    expect(engine.ask('what about operating income?', 'basis-thread').text).not.toMatch(/Non-GAAP|4\.03/);
  });
  it('the adjusted line still answers where its basis is said', () => {
    expect(engine.ask('non-GAAP operating income?', 'basis-said').text).toContain('Non-GAAP operating income was $7.0 million');
    expect(engine.ask('adjusted operating income?', 'basis-said-2').text).toContain('Non-GAAP operating income was $7.0 million');
  });
});
