// A short form the prose defines beside a figure ("All-in sustaining cost (AISC) of A$1,912/oz") and uses
// again ("AISC rose 4%"): asked "AISC", the bot said the release gave only the change and no figure, since the
// later sentence made "AISC" a metric of its own. The short form now names the line its defining sentence
// found; a per-unit line ("A$/oz") whose initials keep a hyphenated "in" is heard by them too. Synthetic releases.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const release = (defining: string, later: string) => [
  '# Synthetic Quoll Ridge Mining Ltd: Full Year Results for the Year Ended 30 June 2026 (FY26)',
  '',
  'All figures are in Australian dollars (A$).',
  '',
  '## Key points',
  '',
  `- ${defining}`,
  '',
  '## Costs',
  '',
  later,
  '',
  '## Operations',
  '',
  '| | FY26 | FY25 | H2 FY26 | H1 FY26 |',
  '|---|---:|---:|---:|---:|',
  '| Gold sold (koz) | 410 | 392 | 212 | 198 |',
  '| All-in sustaining cost (A$/oz) | 1,912 | 1,838 | 1,890 | 1,936 |',
  '| Cash cost per tonne milled (A$/t) | 61.2 | 58.0 | 60.1 | 62.3 |',
];

describe('a short form the prose defines beside a figure', () => {
  it('answers the figure of the line it was defined for, with the change the later sentence states', () => {
    const e = inlineEngine(release('All-in sustaining cost (AISC) of A$1,912/oz, within guidance.', 'AISC increased 4% on FY25, mainly on higher royalties.'));
    const a = e.ask('AISC FY26', 'a');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('1,912');
    expect(a.text).not.toContain('gives no');
  });
  it('another line and short form of the kind', () => {
    const e = inlineEngine(release('Cash cost per tonne milled (CCT) of A$61.2/t, up on FY25.', 'CCT increased 6% on FY25 on higher power prices.'));
    expect(e.ask('CCT FY26', 'c').text).toContain('61.2');
  });
  it('a short form the prose uses but never defines stays its own', () => {
    const e = inlineEngine(release('Gold sold of 410koz.', 'XQR increased 6% on FY25.'));
    expect(e.ask('XQR FY26', 'x').text).not.toContain('1,912');
  });
});
