// An officer asked about the outlook ("what did the CRO say re outlook") is quoted where their remarks look ahead in
// words with no figure ("we expect to see further gradual improvement throughout this year", "Looking ahead, we intend
// to ..."): the bot said "The release quotes no Chief Risk Officer on the outlook" (r45-084), and read "re" as the
// topic asked. A remark on the quarter reported is no outlook. The issuer and its words are made up.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const release = [
  '# Synthetic Tamsin Credit Reports First Quarter 2026 Results',
  '',
  'Synthetic Tamsin Credit today reported results for the first quarter ended March 31, 2026.',
  '',
  '"Revenue grew in every segment this quarter," said Ms. Ana Ruiz, Chief Executive Officer. "Looking ahead, we intend to keep a disciplined approach to risk in a still uncertain market."',
  '',
  'Mr. Li Wen, Chief Risk Officer, added, "The first quarter was challenging for collections. We expect to see further gradual improvement in asset quality throughout this year."',
  '',
  '"Cash from operations was strong in the quarter," said Mr. Tom Hale, Chief Financial Officer.',
  '',
  '| (in millions) | Q1 2026 | Q1 2025 |',
  '|---|---|---|',
  '| Revenue | 402.0 | 371.5 |',
];

describe('an officer on the outlook, in words with no figure', () => {
  const engine = inlineEngine(release, 'tamsin-2026q1.md');
  it.each([
    ['what did the CRO say re outlook', 'Chief Risk Officer, in the release:', 'gradual improvement in asset quality throughout this year'],
    ['CRO comments wrt the outlook?', 'Chief Risk Officer, in the release:', 'throughout this year'],
    ['what did the CEO say about the outlook', 'Chief Executive Officer, in the release:', 'Looking ahead, we intend'],
  ])('%s', (q, head, words) => {
    const a = engine.ask(q, q);
    expect(a.status).toBe('answer');
    expect(a.text).toContain(head);
    expect(a.text).toContain(words);
    expect(a.text).not.toContain('challenging for collections');
    // Only the officer asked: the CRO's answer has none of the CEO's outlook, and the CEO's none of the CRO's.
    expect(a.text).not.toContain(head.startsWith('Chief Risk') ? 'Looking ahead' : 'asset quality');
  });
  it('an officer whose remarks are all of the quarter reported: declined', () => {
    const a = engine.ask('what did the CFO say about the outlook', 'cfo');
    expect(a.status).toBe('unknown');
    expect(a.text).toContain('quotes no Chief Financial Officer on the outlook');
  });
});
