// A name asked that fits only a line qualified by a word the question does not say, a part of a whole of the
// noun asked ("Mobile services revenue", a line of "Total revenue", for "service revenue"), is asked about, never
// answered silently as that narrower line; the line named exactly is answered where the release prints one, and a
// line whose extra words say only its basis or sign is the line asked. Synthetic, inline.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const release = (rows: string[]) => [
  '# Synthetic Quillon Telecom Reports Second Quarter 2026 Results', '',
  'Synthetic Quillon Telecom today reported results for the second quarter ended June 30, 2026.', '',
  '| ($ in millions) | Q2 2026 | Q2 2025 |', '|---|---|---|', ...rows,
];
const PART_ONLY = ['| Mobile services revenue | 1,840 | 1,760 |', '| Equipment revenue | 410 | 395 |', '| Total revenue | 2,250 | 2,155 |'];
let n = 0;
const ask = (lines: string[], q: string) => inlineEngine(lines).ask(q, `narrow-${n++}`);

describe('a part asked by the whole\'s name', () => {
  it.each(['service revenue', 'What were services revenues in Q2 2026?', 'service revenue growth yoy'])('%s → asks, naming the narrower line', (q) => {
    const a = ask(release(PART_ONLY), q);
    expect(a.status).toBe('clarify');
    expect(a.text).toContain('Mobile services revenue');
    expect(a.choices?.map((c) => c.label)).toEqual(['Mobile services revenue']);
  });

  it.each(['Revenue from mobile services', 'Services revenue - mobile', 'Service revenue (mobile)'])('the qualifier anywhere in the label: %s', (label) => {
    const a = ask(release(PART_ONLY.map((r) => r.replace('Mobile services revenue', label))), 'service revenue');
    expect(a.status).toBe('clarify');
  });

  it('the part named is answered, and so is the exact line where the release prints one', () => {
    expect(ask(release(PART_ONLY), 'mobile services revenue').text).toContain('$1.84 billion');
    const whole = release(['| Mobile services revenue | 1,840 | 1,760 |', '| Fixed services revenue | 920 | 905 |', '| Service revenue | 2,760 | 2,665 |', '| Equipment revenue | 410 | 395 |', '| Total revenue | 3,170 | 3,060 |']);
    const a = ask(whole, 'service revenue');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('$2.76 billion');
  });

  it('two parts, no whole: asks which', () => {
    const a = ask(release(['| Mobile services revenue | 1,840 | 1,760 |', '| Wholesale services revenue | 310 | 300 |', '| Total revenue | 2,150 | 2,060 |']), 'service revenue');
    expect(a.status).toBe('clarify');
  });

  it('words of basis or sign are no part: "GAAP operating income" is the operating income asked', () => {
    const lines = release(['| Revenue | 2,250 | 2,155 |', '| Segment operating income | 400 | 380 |', '| Corporate costs | (60) | (55) |', '| GAAP operating income | 340 | 325 |']);
    expect(ask(lines, 'operating income').status).toBe('answer');
  });
});
