// A follow-up naming a line of the thread's adjusted line by the words they share ("and basic?" after adjusted basic
// EPS, "and EBITDA?" after adjusted EBITDA) asks the line as printed: carried onto the thread's basis it would be the
// thread's own figure again (intents/thread-segment.ts). A line the thread did not ask keeps the thread's basis.
// hunt42 pnv-15; the release here is worded apart.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const release = [
  '# Harrowgate Foods plc: results for the six months to 30 June 2026',
  '',
  'Harrowgate Foods plc reported results for the six months ended 30 June 2026.',
  '',
  '| £m | H1 2026 | H1 2025 |',
  '|---|---|---|',
  '| Revenue | 812.4 | 760.1 |',
  '| Adjusted EBITDA | 121.7 | 110.2 |',
  '| EBITDA | 104.3 | 98.6 |',
  '| Adjusted diluted earnings per share (pence) | 21.4 | 19.0 |',
  '| Diluted earnings per share (pence) | 17.8 | 16.1 |',
  '| Adjusted basic earnings per share (pence) | 21.9 | 19.5 |',
  '| Basic earnings per share (pence) | 18.2 | 16.4 |',
];

function thread(questions: string[]) {
  const engine = inlineEngine(release, 'harrowgate-h1-2026.md');
  return questions.map((q) => engine.ask(q, 'c'));
}

describe('a follow-up naming the unadjusted line of the thread\'s adjusted one', () => {
  it('"and EBITDA?" after adjusted EBITDA: EBITDA as printed, never the adjusted figure again', () => {
    const [adjusted, plain] = thread(['adjusted EBITDA in H1 2026?', 'and EBITDA?']);
    expect(adjusted!.text).toContain('121.7');
    expect(plain!.status).toBe('answer');
    expect(plain!.text).toContain('104.3');
    expect(plain!.text).not.toContain('121.7');
  });

  it('"what about diluted?" after adjusted diluted EPS: diluted EPS, 17.8p', () => {
    const [, plain] = thread(['adjusted diluted EPS for the half', 'what about diluted?']);
    expect(plain!.text).toContain('17.8');
    expect(plain!.text).not.toContain('21.4');
  });

  it('a line the thread did not ask keeps its adjusted basis: "and basic EPS?" after adjusted diluted EPS', () => {
    const [, basic] = thread(['adjusted diluted EPS for the half', 'and basic EPS?']);
    expect(basic!.text).toContain('21.9');
  });
});
