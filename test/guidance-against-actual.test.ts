// The outlook asked beside its result in words that name no comparison ("what did they actually do", "did
// it land inside the range"): the earlier release's range, the later release's actual and the verdict.
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../src/intents/engine.js';
import { KnowledgeBase } from '../src/knowledge/kb.js';
import { inlineRelease } from './support/inline.js';

const GUIDES = [
  '# Orlin Fastening Reports First Quarter 2025 Results',
  '',
  'CLEVELAND, May 1, 2025 -- Orlin Fastening Co. today reported results for the first quarter ended March 31, 2025.',
  '',
  '- Net sales were $212.4 million, up 4.0% from $204.2 million.',
  '',
  '## Outlook',
  '',
  'For the second quarter of 2025, Orlin expects net sales of $215 million to $225 million.',
];
const REPORTS = [
  '# Orlin Fastening Reports Second Quarter 2025 Results',
  '',
  'CLEVELAND, July 31, 2025 -- Orlin Fastening Co. today reported results for the second quarter ended June 30, 2025.',
  '',
  '- Net sales were $221.7 million, up 5.2% from $210.7 million.',
];

describe('the guidance and what came of it, asked without a comparison word', () => {
  let engine: ReturnType<typeof createEngine>;
  beforeAll(() => {
    engine = createEngine(new KnowledgeBase([inlineRelease(GUIDES, 'orlin-2025q1.md'), inlineRelease(REPORTS, 'orlin-2025q2.md')]));
  });
  for (const q of ['what had Orlin guided Q2 2025 net sales to, and what did it actually report?', 'did Orlin land its second quarter 2025 net sales within the guided range?']) {
    it(q, () => {
      const a = engine.ask(q, q);
      expect(a.status).toBe('answer');
      expect(a.text).toContain('$215 million');
      expect(a.text).toContain('$221.7 million');
      expect(a.text).toContain('within');
      expect(a.citations.map((c) => `${c.document}:${c.line}`)).toEqual(expect.arrayContaining(['orlin-2025q1.md:9', 'orlin-2025q2.md:5']));
    });
  }
});
