// Two bases of one line said once ("GAAP and adjusted diluted EPS") answered the adjusted line alone and dropped the
// GAAP one (hl21's Ostrander release, once its per-share bridge loaded): read whole, "GAAP" named no line. Each basis
// is now its own item of a list, answered or named.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../src/intents/engine.js';
import { buildRelease } from '../src/knowledge/build.js';
import { readRelease } from '../src/knowledge/document.js';
import { KnowledgeBase } from '../src/knowledge/kb.js';

describe('two bases of one line said once', () => {
  it('answers each basis, the GAAP line never dropped', () => {
    const engine = createEngine(new KnowledgeBase([buildRelease(readRelease('eval/hl21/docs/ostrander-fy2026q2.txt'))]));
    for (const q of ['GAAP and adjusted diluted EPS for Q2 FY26?', 'gaap & non-gaap diluted eps q2 fy26']) {
      const a = engine.ask(q, 'ostrander');
      expect(a.text).toContain('$1.12');
      expect(a.text).toContain('$1.36');
    }
  });
});
