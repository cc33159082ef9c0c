// A fiscal half-year named two ways ("the first half of 2026 (26 weeks)") is one period, not two to
// compare; "net result" is net income (a "Net income (loss)" line too); and "diluted EPS" beside a line
// "before" an item (cumulative effect of an accounting change) is the line that leaves nothing out.
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import type { Answer, Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

let engine: Engine;
let sears: Engine;
beforeAll(() => {
  engine = inlineEngine([
    '# Synthetic Stores Reports Second Quarter 2026 Results',
    '',
    'Synthetic Stores today reported results for the second quarter of fiscal 2026, the 13 weeks ended August 1, 2026.',
    '',
    '| ($ in millions, except per share amounts) | 13 Weeks Ended August 1, 2026 | 13 Weeks Ended August 2, 2025 | 26 Weeks Ended August 1, 2026 | 26 Weeks Ended August 2, 2025 |',
    '|---|---|---|---|---|',
    '| Net sales | 900 | 850 | 1,700 | 1,650 |',
    '| Net income (loss) | 40 | 35 | (120) | 60 |',
    '| Diluted earnings per share before cumulative effect of accounting change | 0.40 | 0.35 | 0.20 | 0.60 |',
    '| Diluted earnings (loss) per share | 0.40 | 0.35 | (1.20) | 0.60 |',
  ]);
  sears = sharedEngine('../shared/releases/filed/sears-2004q2.txt');
});
let n = 0;
const ask = (e: Engine, q: string): Answer => e.ask(q, `half-${n++}`);

describe('a half-year named twice, the net result and the diluted EPS', () => {
  it('one period, each figure once; never a change of a period from itself', () => {
    const a = ask(engine, 'What was the net result and diluted EPS for the first half of 2026 (26 weeks)?');
    expect(a.status).toBe('answer');
    expect(a.text.match(/\$120\.0 million/g)).toHaveLength(1);
    expect(a.text).toContain('$1.20');
    expect(a.text).not.toContain('$0.20');
    const l = ask(engine, 'net loss for the first half of 2026 (26 weeks)');
    expect(l.text).toContain('$120.0 million');
    expect(l.text).not.toMatch(/unchanged|no change/);
  });

  it('"before" asked is that line', () => {
    expect(ask(engine, 'diluted EPS before cumulative effect of accounting change for the 26 weeks ended August 1, 2026').text).toContain('$0.20');
  });

  it('as filed (Sears): the first half of 2004 (26 weeks)', () => {
    const a = ask(sears, 'What was the net result and diluted EPS for the first half of 2004 (26 weeks)?');
    expect(a.status).toBe('answer');
    expect(a.text.match(/\$806\.0 million/g)).toHaveLength(1);
    expect(a.text).toContain('$3.71');
  });
});
