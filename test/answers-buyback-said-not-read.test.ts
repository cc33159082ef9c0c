// A release whose buyback sentences no figure was read from ("bought back 1 250 000 of its own shares for 212,4 M€",
// "a share buyback of €400 million"), or whose board resolves "to acquire up to 3,000,000 shares of common stock":
// the bot said "The release says nothing about share repurchases", a false statement. Those sentences are now
// quoted (the plan's size by the words beside it), and the resolution is read as a buyback; a release with no
// buyback still says so.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';

const ask = (doc: string, q: string) => sharedEngine(doc).ask(q, q);

describe('buyback sentences no figure was read from', () => {
  it.each([
    ['eval/hl42/docs/verlaine-q3-2026.md', 'how many shares bought back in Q3', '1 250 000', 59],
    ['eval/hl42/docs/verlaine-q3-2026.md', 'buyback?', '212,4 M€', 59],
    ['eval/hl41/docs/meridional-3t26.md', 'size of the buyback', '€400 million', 48],
    ['eval/hl41/docs/meridional-3t26.md', 'share buyback', '€400 million', 48],
    ['eval/hl40/docs/kanemori-fy2026-2q.txt', 'buyback size in shares?', '3,000,000 shares', 74],
    ['eval/hl40/docs/kanemori-fy2026-2q.txt', 'share repurchase in yen', '15,000', 74],
  ])('%s: %s', (doc, q, shown, line) => {
    const a = ask(doc, q);
    expect(a.status).toBe('answer');
    expect(a.text).not.toContain('says nothing');
    expect(a.text).toContain(shown);
    expect(a.citations.map((c) => c.line)).toContain(line);
  });
  it('still says nothing where the release has no buyback', () => {
    expect(ask('eval/hl4/docs/larkspur-fy26q4.md', 'buyback?').text).toContain('says nothing about share repurchases');
  });
});

// (A part worked out from figures no reader took, the average price or what is left, was "answered" with the sentences
// alone: graded as an answer that gives no figure. It is a decline quoting them.)
describe('a part of such a buyback that its words do not state', () => {
  it.each(['avg price per share paid on the Q3 buyback', 'how much of the 800M buyback programme is left'])('%s: declined, quoting the sentences', (q) => {
    const a = ask('eval/hl42/docs/verlaine-q3-2026.md', q);
    expect(a.status).toBe('unknown');
    expect(a.text).toContain('212,4 M€');
    expect(a.citations.map((c) => c.line)).toContain(59);
  });
});
