// Answers given one after the other, as one (handlers/index.ts oneAfterAnother): a change asked on two bases,
// a buyback asked beside another line. Each part's text in the order asked, one line each; an answer where
// any part answers (a part declined still says why), unless a part was not understood: then the reply carries
// that part's decline status, for its figures are not all that was asked; each citation once, in the order of the release's
// lines; every part's working, under its own sentence. No part answered: the first part's decline alone.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

let engine: Engine;
beforeAll(() => {
  engine = inlineEngine([
    '# Synthetic Fernhill Reports Second Quarter 2026 Results',
    '',
    'Synthetic Fernhill today reported results for the second quarter ended June 30, 2026.',
    '',
    '| ($ in millions) | Q2 2026 | Q1 2026 | Q2 2025 |',
    '|---|---:|---:|---:|',
    '| Revenue | 150.0 | 140.0 | 120.0 |',
    '| Net income | 12.0 | 11.0 | 10.0 |',
    '',
    '| ($ in millions) | Q2 2026 | Q2 2025 |',
    '|---|---:|---:|',
    '| Gross profit | 60.0 | 50.0 |',
    '',
    'The Board authorized a share repurchase program of up to $50.0 million in January 2026. As of June 30, 2026, the Company had repurchased 1.2 million shares for a total amount of $20.0 million under the program.',
    '',
    'Backlog was $300.0 million at the end of the quarter.',
  ], 'fernhill-2026q2.md');
});
let n = 0;
const ask = (q: string) => engine.ask(q, `one-after-another-${n++}`);

describe('answers given one after the other', () => {
  it('a change on two bases: both sentences, both formulas, each line cited once', () => {
    const a = ask('revenue change yoy and qoq');
    expect(a.status).toBe('answer');
    expect(a.text).toBe([
      'Revenue was $150.0 million in Q2 2026, up 25.0% year over year, from $120.0 million in Q2 2025 (an increase of $30.0 million).',
      'How: Revenue change year over year = (150.0 − 120.0) ÷ 120.0 × 100.',
      'Revenue was $150.0 million in Q2 2026, up 7.1% quarter over quarter, from $140.0 million in Q1 2026 (an increase of $10.0 million).',
      'How: Revenue change quarter over quarter = (150.0 − 140.0) ÷ 140.0 × 100.',
    ].join('\n'));
    expect(a.derivations.map((d) => d.formula)).toEqual(['(150.0 − 120.0) ÷ 120.0 × 100', '(150.0 − 140.0) ÷ 140.0 × 100']);
    // The three figures share one line of the release: one citation.
    expect(a.citations.map((c) => c.line)).toEqual([7]);
  });

  it('one part declined: answered, the declined part saying why', () => {
    const a = ask('gross profit change yoy and qoq');
    expect(a.status).toBe('answer');
    expect(a.text).toBe('Gross profit was $60.0 million in Q2 2026, up 20.0% year over year, from $50.0 million in Q2 2025 (an increase of $10.0 million).\nHow: Gross profit change year over year = (60.0 − 50.0) ÷ 50.0 × 100.\nThe release doesn\'t give Gross profit for Q1 2026, so no quarter over quarter change.');
    expect(a.derivations).toHaveLength(1);
  });

  it('one part not understood: the figures given, the reply no answer\'s status', () => {
    const a = ask('net income for the quarter and the GAAP one');
    expect(a.text).toMatch(/^Net income was \$12\.0 million in Q2 2026\.\n.*"GAAP"/);
    expect([a.status, a.reason]).toEqual(['unknown', 'not-understood']);
  });

  it('no part answered: the first decline alone', () => {
    const a = ask('backlog change yoy and qoq');
    expect([a.status, a.text]).toEqual(['unknown', "The release doesn't give Backlog for Q2 2025, so no year over year change."]);
  });

  it('a buyback beside another line: both, the sources in the order of their lines', () => {
    const a = ask('buybacks and net income');
    expect(a.status).toBe('answer');
    expect(a.text.split('\n').at(-1)).toBe('Net income was $12.0 million in Q2 2026.');
    expect(a.text).toContain('$20.0 million (as of June 30, 2026)');
    expect(a.citations.map((c) => c.line)).toEqual([8, 14]);
  });
});
