// An earlier repurchase programme asked ("the prior buyback: shares and amount?") is answered by the release's own
// sentences about that programme, quoted; a period's cash outflow for treasury shares is no figure of it, so where
// the release says nothing of an earlier programme the bot declines rather than give that outflow or the new
// plan's size. Synthetic releases in other wordings than the examiners' Korean case.
import { beforeAll, describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const release = (plans: string) => [
  '# Synthetic Norrland Tools AB: interim report January-September 2026',
  '',
  'Synthetic Norrland Tools AB today reported results for the third quarter ended September 30, 2026.',
  '',
  '| (SEK millions) | 9M 2026 | 9M 2025 |',
  '|---|---:|---:|',
  '| Cash flow from operating activities | 4,210 | 3,980 |',
  '| Repurchase of own shares | (640) | (310) |',
  '',
  plans,
];

const BOTH =
  'The Board approved a new share buyback programme of up to SEK 1,000 million, running until April 2027. Under the prior programme, which ended in May 2026, the Company bought back 2,350,000 shares for SEK 702 million.';
const NEW_ONLY = 'The Board approved a new share buyback programme of up to SEK 1,000 million, running until April 2027.';

describe('an earlier buyback programme asked', () => {
  let both!: ReturnType<typeof inlineEngine>;
  let newOnly!: ReturnType<typeof inlineEngine>;
  beforeAll(() => {
    both = inlineEngine(release(BOTH));
    newOnly = inlineEngine(release(NEW_ONLY));
  });
  it("answered by the earlier programme's own sentence, never the period's outflow", () => {
    for (const q of ['prior buyback: number of shares and amount?', 'How much did they spend under the previous share repurchase program?']) {
      const a = both.ask(q, q);
      expect(a.status).toBe('answer');
      expect(a.text).toContain('2,350,000');
      expect(a.text).toContain('SEK 702 million');
      expect(a.text).not.toMatch(/\b640\b/);
      expect(a.citations.every((c) => c.quote.includes('prior programme'))).toBe(true);
    }
  });
  it('declined where the release says nothing of an earlier programme', () => {
    const a = newOnly.ask('What did the previous buyback cost?', 'none');
    expect(a.status).not.toBe('answer');
    expect(a.text).not.toMatch(/\b640\b|1,000/);
  });
});
