// A Japanese-style release: amounts in "¥100 million" (a scale of 1e8, never millions) and a fiscal year ending March
// that it names ("the fiscal year ending March 31, 2027 ("FY2026")"), so "1H FY2026" is April–September 2026, never
// January–June. Synthetic issuer, made-up figures.
import { beforeAll, describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const LINES = [
  '# Tsubame Fasteners, Ltd.',
  '## Consolidated Financial Results for the First Half of FY2026 (April 1 – September 30, 2026)',
  '',
  'November 5, 2026 — Tsubame Fasteners, Ltd. today announced its consolidated results for the first half of the fiscal year ending March 31, 2027 ("FY2026"). All figures are presented in units of ¥100 million unless otherwise stated.',
  '',
  '| (¥100 million) | 1H FY2025 | 1H FY2026 |',
  '|---|---:|---:|',
  '| Revenue | 1,204 | 1,318 |',
  '| Operating profit | 96 | 112 |',
  '',
  '| (¥100 million) | 1Q FY2025 | 2Q FY2025 | 3Q FY2025 | 4Q FY2025 | 1Q FY2026 | 2Q FY2026 |',
  '|---|---:|---:|---:|---:|---:|---:|',
  '| Revenue | 590 | 614 | 630 | 655 | 648 | 670 |',
];

describe('a release in ¥100 million whose fiscal year ends in March', () => {
  let engine!: ReturnType<typeof inlineEngine>;
  beforeAll(() => {
    engine = inlineEngine(LINES, 'tsubame.md');
  });
  const ask = (q: string) => engine.ask(q, `tsubame-${q}`).text;

  it('reads "¥100 million" as a scale of a hundred million, shown in billions', () => {
    expect(ask('revenue 1H FY26')).toContain('¥131.8 billion');
  });
  it('dates the first half by the fiscal year the release names: April to September', () => {
    expect(ask('revenue 1H FY26')).toContain('September 30, 2026');
    expect(ask('operating profit first half fiscal 2025')).toMatch(/¥9\.6 billion in the 6 months ended September 30, 2025/);
  });
  it('names the quarters by that year: 2Q FY2026 is July–September 2026', () => {
    expect(ask('revenue 2Q FY2026')).toContain('¥67.0 billion in fiscal Q2 2026');
    expect(ask('revenue 1Q FY2025')).toContain('¥59.0 billion in fiscal Q1 2025');
  });
  it('declines a quarter of that year the release does not reach yet, never the year before\'s ("FY2026" is no name of the issuer)', () => {
    expect(ask('Q3 FY2026 revenue?')).toMatch(/doesn't give Revenue for fiscal Q3 2026/);
  });
});
