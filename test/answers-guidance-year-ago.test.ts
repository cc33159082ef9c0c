// A follow-up asking the guided line a year earlier ("and last year's?", "and a year ago?") names its year: the year
// before the one the thread asked, never rolled forward to the year guided, whose range would be answered again as
// the earlier year's (test/fixtures/synthetic-march-year.txt guides only the year ending March 2028).
import { describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';

describe('guidance asked a year earlier in a thread', () => {
  it.each([
    ['What is the revenue forecast for next year?', "and last year's?"],
    ['What is the revenue forecast?', 'and a year ago?'],
  ])('%s → %s: declined, never the guided year again', (first, then) => {
    const engine = sharedEngine('test/fixtures/synthetic-march-year.txt');
    const thread = `guidance-year-ago-${then}`;
    expect(engine.ask(first, thread).text).toContain('¥225,000 million');
    const a = engine.ask(then, thread);
    expect(a.status).toBe('unknown');
    expect(a.text).not.toContain('225,000');
  });
});
