// "Why did X fall?" answered with the release's reason where a sentence ties one to X by a cue beyond
// "due to": "as the company prepaid ...", "following ...", "was affected by ...", a "This reflects ..." that
// points back, one cause for two lines. A cause is never given for a line the sentence does not tie it to
// ("Grain grew while fertilizer declined as ...": grain has none). Before, these said "states no reason". Inline.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const RELEASE = [
  '# Tamarind Logistics Ltd. Third Quarter 2026 Results',
  '',
  '| R$ million | 3Q26 | 3Q25 |',
  '|---|---|---|',
  '| Net revenue | 1,210.4 | 1,105.0 |',
  '| Finance costs | 31.6 | 36.2 |',
  '| Operating profit | 301.2 | 280.9 |',
  '| Adjusted EBITDA | 455.0 | 410.3 |',
  '',
  'Grain volumes grew 11.2% while fertilizer volumes declined 3.5% as farmers delayed purchases ahead of lower prices.',
  '',
  'Finance costs declined 12.7% to R$ 31.6 million as the Company prepaid R$ 240 million of term loans in the quarter.',
  '',
  'Operating profit rose 7.2% to R$ 301.2 million. The increase reflects lower diesel consumption per tonne-kilometer.',
  '',
  'The gains in net revenue and Adjusted EBITDA were driven by record corn volumes through the northern terminal.',
];

const ask = (q: string) => inlineEngine(RELEASE).ask(q, q);

describe('stated reasons tied by their cue and clause', () => {
  it('"as" a clause after a move is the reason of the line before it', () => {
    const a = ask('why did finance costs fall in 3Q26?');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('prepaid R$ 240 million');
    expect(a.citations.map((c) => c.line)).toContain(12);
  });

  it('is the reason of its own clause only', () => {
    const a = ask('why did fertilizer volumes drop?');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('farmers delayed purchases');
    const grain = ask('why did grain volumes grow?');
    expect(grain.text).toMatch(/states no reason/);
    expect(grain.text).not.toContain('farmers');
  });

  it('a sentence pointing back ("The increase reflects") is the reason of the line before', () => {
    const a = ask('why did operating profit increase in 3Q26?');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('lower diesel consumption');
    expect(ask('why did finance costs fall in 3Q26?').text).not.toContain('diesel');
  });

  it('one cause stated for two lines is each one\'s', () => {
    expect(ask('why did net revenue rise in 3Q26?').text).toContain('record corn volumes');
    expect(ask('why did adjusted EBITDA rise in 3Q26?').text).toContain('record corn volumes');
    expect(ask('why did operating profit increase in 3Q26?').text).not.toContain('corn');
  });

  it("two lines asked: each one's reason under its own name, and none said for the one without", () => {
    const a = ask('why did grain volumes and finance costs change?');
    expect(a.text).toMatch(/reason for the change in Finance costs:\s*“Finance costs declined/);
    expect(a.text).toMatch(/states no reason for the change in Grain volumes/);
    expect(a.text).not.toMatch(/reason for the change in Grain volumes:/);
  });
});
