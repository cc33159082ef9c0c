// A follow-up asking only another currency ("in US dollars?") after the midpoint of a guided range: the range and
// that midpoint translated, never the range alone (r57-100 dropped the midpoint its thread had asked for).
import { describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';

const engine = sharedEngine('test/fixtures/qfin-2024q2.md');
const thread = (id: string, ...qs: string[]) => qs.map((q) => engine.ask(q, id)).at(-1)!;

describe('the midpoint a guidance thread asked is kept when only the currency changes', () => {
  it.each([
    ['mid-a', ['what net income do they guide for Q3?', 'and the midpoint?', 'in US dollars?']],
    ['mid-b', ['Q3 net income outlook', 'mid-pt', 'usd?']],
  ])('%s', (id, qs) => {
    const a = thread(id, ...qs);
    expect(a.status, a.text).toBe('answer');
    // (1.55bn ÷ 7.2672 = US$213.3m: the midpoint, translated at the release's rate, with the rate cited.)
    expect(a.text).toMatch(/midpoint US\$213 million/);
    expect(a.text).toContain('7.2672');
  });

  it('a midpoint never asked is not added', () => {
    const a = thread('mid-c', 'Q3 net income outlook', 'in US dollars?');
    expect(a.text).not.toContain('midpoint');
  });
});
