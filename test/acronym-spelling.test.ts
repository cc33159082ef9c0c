// Spelling correction and acronyms: a word one letter off an acronym the release prints is another term
// ("EBITDA" is not the release's "EBITA"), so it is declined, never corrected into it and answered; a real
// misspelling of an ordinary word is still corrected. Synthetic release, written inline.
import { describe, expect, it } from 'vitest';
import { buildRelease } from '../src/knowledge/build.js';
import { parseReleaseText } from '../src/knowledge/document.js';
import { KnowledgeBase } from '../src/knowledge/kb.js';
import { createEngine } from '../src/intents/engine.js';

const LINES = [
  '# Synthetic Werke AG Reports Results for the Second Quarter of 2026',
  '',
  'Synthetic Werke AG today reported results for the second quarter ended June 30, 2026.',
  '',
  '- Order intake was EUR 1,310.2 million, up 4.1%.',
  '- Adjusted EBITA was EUR 152.9 million, compared with EUR 140.3 million in the second quarter of 2025.',
];

describe('a word one letter off an acronym the release prints', () => {
  const engine = createEngine(new KnowledgeBase([buildRelease(parseReleaseText('synthetic.md', LINES.join('\n')))]));
  const ask = (q: string) => engine.ask(q, `acronym-${q}`);
  it('is not corrected into the acronym: no figure of the other term', () => {
    const a = ask('adjusted EBITDA for the quarter?');
    expect(a.status).not.toBe('answer');
    expect(a.text).not.toContain('152.9');
  });
  it('the acronym itself, and a misspelt ordinary word, are still answered', () => {
    expect(ask('adjusted EBITA Q2 2026').text).toContain('152.9');
    expect(ask('ordr intake').text).toContain('1,310.2');
  });
});
