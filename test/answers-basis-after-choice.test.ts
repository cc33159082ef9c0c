// A basis word in reply to a choice of lines (h31-026): "EPS" asks basic or headline; "and adjusted?" asks the
// per-share figure on an adjusted basis, declined where the release prints none, never the one other line the
// word names ("Adjusted EBITDA"). A word that picks a choice still picks it. Made-up issuer and figures.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';
import { pick } from '../src/intents/refiners/ambiguity.js';

const RELEASE = [
  '# Witberg Minerals Limited',
  '',
  '**Unaudited condensed consolidated interim results for the six months ended 31 December 2025**',
  '',
  'Johannesburg, 19 February 2026',
  '',
  '- Adjusted EBITDA of R2,118 million (H1 F2025: R1,604 million)',
  '',
  '| Rm | Six months ended 31 December 2025 | Six months ended 31 December 2024 |',
  '|---|---|---|',
  '| Revenue | 8,412 | 7,230 |',
  '| Operating profit | 1,502 | 1,011 |',
  '| Profit for the period | 1,044 | 702 |',
  '| Basic earnings per share (cents) | 412.6 | 277.9 |',
  '| Headline earnings per share (cents) | 418.3 | 281.0 |',
];

describe('a basis word in reply to a choice of lines', () => {
  let engine: Engine;
  beforeAll(() => {
    engine = inlineEngine(RELEASE, 'witberg-h1-f2026.md');
  });

  it.each(['and adjusted?', 'adjusted', 'and underlying?', 'normalised?'])('"EPS" (a choice), then "%s": per share, never Adjusted EBITDA', (q) => {
    const [choice, reply] = [engine.ask('EPS', q), engine.ask(q, q)];
    expect(choice.status).toBe('clarify');
    expect(reply.text).toContain('per share');
    expect(reply.text).not.toMatch(/EBITDA|2,118/);
  });

  it('"and headline?" still picks the headline line', () => {
    engine.ask('EPS', 'h');
    expect(engine.ask('and headline?', 'h').text).toContain('418.3');
  });

  it('a basis word picks a choice by its own words first; with no words shared at the labels\' ends, none', () => {
    const choices = [{ label: 'Adjusted EBITDA', question: 'adjusted ebitda' }, { label: 'Operating profit', question: 'operating profit' }];
    expect(pick('and adjusted?', choices)?.label).toBe('Adjusted EBITDA');
    expect(pick('and underlying?', [choices[1]!, { label: 'Net income', question: 'net income' }])).toBeNull();
  });
});
