// A declined question asking a change against a named base ("change vs end of June") names only the
// comparison's base: the thread stays at its own, later date, so a bare follow-up ("and leverage?") asks
// that date's figure, never the base's.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

let engine: Engine;
beforeAll(() => {
  engine = inlineEngine([
    'SYNTHETIC PALMARES LOGÍSTICA S.A.',
    '3Q26 EARNINGS RELEASE',
    '',
    'Synthetic Palmares announces its results for the third quarter of 2026 (3Q26), ended September 30, 2026.',
    '',
    'HIGHLIGHTS 3Q26',
    '',
    '- Net revenue of R$ 1,482.6 million, +12.4%',
    '- Leverage (net debt / LTM Adjusted EBITDA) fell to 1.96x from 2.18x at June 30, 2026',
  ], 'palmares-3q26.txt');
});
let n = 0;

describe('a follow-up after a declined change against a named base', () => {
  it.each([
    ['blorf at end of Sept?', 'change vs end of June, R$ and %?', 'and leverage?'],
    ['blorf?', 'how did it move compared with June 30?', 'and leverage?'],
    ['blorf at quarter end?', 'change versus end of June?', 'what about leverage?'],
  ])('%s / %s / %s: the thread\'s own date', (...turns) => {
    const conversation = `compared-base-${n++}`;
    const replies = turns.map((q) => engine.ask(q, conversation));
    const last = replies.at(-1)!;
    expect(last.status, last.text).toBe('answer');
    expect(last.text).toContain('1.96');
    expect(last.text).not.toContain('2.18');
  });
});
