// Two things asked of one event, a count and what it cost ("how many shares did they buy back, and for how
// much?"): both figures, each cited, where the release states them in one clause; where it gives no
// amount it can tie to the count, a decline that says so, never the count alone as if that were all.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer, Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

let engine: Engine;
beforeAll(() => {
  engine = inlineEngine([
    '# Synthetic Outfitters Reports Second Quarter 2025 Results',
    '',
    'Synthetic Outfitters today reported results for the second quarter ended June 30, 2025.',
    '',
    '- Net sales were $812.5 million, an increase of 4.1% from the second quarter of 2024.',
    '- During the quarter the Company repurchased 730,000 shares of common stock for $44.2 million.',
    '- The Company opened 12 new stores in the quarter.',
  ]);
});

let n = 0;
const ask = (q: string): Answer => engine.ask(q, `count-amount-${n++}`);

describe('a count and its amount asked together', () => {
  it('gives both, from the clause that states them', () => {
    const a = ask('how many shares were bought back in Q2 2025, and for what amount?');
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain('730,000');
    expect(a.text).toContain('$44.2 million');
  });

  it('the count alone when only the count is asked', () => {
    const a = ask('how many shares were bought back in Q2 2025');
    expect(a.text).toContain('730,000');
    expect(a.text).not.toContain('$44.2 million');
  });

  it('declines where the release ties no amount to the count', () => {
    const a = ask('how many new stores did they open in the quarter and for how much');
    expect(a.status, a.text).toBe('unknown');
    expect(a.text).not.toContain('$');
  });
});
