// Two outlook misreadings in a UK half-year release (hunt30 h30-024). "Given the strength of the first half, the
// Board now expects FY27 adjusted profit before tax of £300m–£315m": the half the lead phrase names was taken as the
// guided period, and a half already reported guides nothing, so the outlook was dropped. And "the remaining £61.6m
// (of a buyback) is expected to be completed by the financial year end" was answered as guidance for a line
// "Remaining". A lead phrase's period is its cause's; an amount a plan is to finish is the plan's progress.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const release = (outlook: string) => [
  '# Synthetic Lydford Stores plc: Interim results for the 26 weeks to 27 September 2026 (H1 FY27)',
  '',
  'All figures are in pounds sterling.',
  '',
  '| £m | H1 FY27 | H1 FY26 |',
  '|---|---:|---:|',
  '| Revenue | 2,184.6 | 2,061.3 |',
  '| Adjusted profit before tax | 137.1 | 116.3 |',
  '',
  '## Capital returns',
  '',
  'Of the £150m share buyback announced in May 2026, £88.4m had been completed by 27 September; the remaining £61.6m is expected to be completed by the financial year end.',
  '',
  '## Outlook',
  '',
  outlook,
];

describe('an outlook sentence led by a phrase naming the half just reported', () => {
  it('guides the year its main clause names', () => {
    const a = inlineEngine(release('Given the strength of the first half, the Board now expects FY27 adjusted profit before tax of £300m to £315m, up from the £285m to £305m range set in May.')).ask('guidance', 'a');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('£300 million');
    expect(a.text).toContain('£315 million');
    expect(a.text).not.toMatch(/remaining/i);
  });
  it('another lead phrase of the kind', () => {
    const a = inlineEngine(release('Following a strong first half, we expect FY27 revenue of £4.3bn to £4.4bn.')).ask('revenue guidance', 'b');
    expect(a.text).toContain('£4.3 billion');
  });
  it('the rest of a buyback to be completed is no guidance of any line', () => {
    const a = inlineEngine(release('Trading since the period end has been in line with our expectations.')).ask('guidance', 'c');
    expect(a.text).not.toMatch(/remaining/i);
    expect(a.text).not.toContain('61.6');
  });
});
