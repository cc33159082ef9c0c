// Guidance asked for a period the release guides nothing for, in words no guided line takes ("Q3 FFO guide?"):
// the commentary's sentence about raising the year's guidance was quoted as if it answered the quarter.
// Now it declines for that period and names what the release does guide.
import { beforeAll, describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const RELEASE = [
  '# Harlow Ridge Logistics Trust Reports Second Quarter 2026 Results and Raises 2026 Guidance',
  '',
  'DENVER, July 23, 2026 -- Harlow Ridge Logistics Trust today announced results for the quarter ended June 30, 2026.',
  '',
  '- Nareit FFO was $0.63 per diluted share, compared with $0.58 per diluted share for the second quarter of 2025.',
  '- Same-property cash NOI increased 5.4% compared with the second quarter of 2025.',
  '',
  '"Leasing remained healthy," said Chief Executive Officer Dana Voss. "With leasing well ahead of plan, we are raising our FFO guidance for the second time this year."',
  '',
  '## 2026 Guidance',
  '',
  'For the full year 2026, the Company expects same-property cash NOI growth of 5.0% to 6.0%.',
];

describe('guidance asked for a period the release does not guide, by a topic', () => {
  let engine: ReturnType<typeof inlineEngine>;
  beforeAll(() => {
    engine = inlineEngine(RELEASE, 'harlow-2q26.md');
  });
  it('declines for the quarter asked, naming the guided year, and quotes no sentence about guidance', () => {
    for (const q of ['Q3 FFO guide?', 'What is the Q3 2026 FFO guidance?', '2027 FFO outlook?']) {
      const a = engine.ask(q, 'unguided-words');
      expect(a.status, q).toBe('unknown');
      expect(a.text, q).toMatch(/^The release gives no guidance for (?:Q3 2026|FY2027); it guides .*for FY2026\.$/);
      expect(a.citations, q).toEqual([]);
    }
  });
});
