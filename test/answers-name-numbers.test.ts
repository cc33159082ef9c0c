// A line named by its number ("stage 2 assets", "tier 1 capital") is answered only by the line with that number:
// never a sibling with another ("Gross Stage 3 assets"); where the release prints none for the period asked, the bot
// declines naming what was asked (refiners/name-numbers.ts). "tier 1" is "Tier I".
import { describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';

const SAHYADRI = 'eval/hl39/docs/sahyadri-q1fy27.md';
const CEDAR = 'eval/hl38/docs/cedar-prairie-q3-2026.html';
const LUMEN = 'eval/hl14/docs/lumen-bank-q3-2025.md';
const QIFU = '../shared/releases/qfin-2024q1.md';
const ask = (doc: string, q: string) => sharedEngine(doc).ask(q, `nn-${q}`);

describe('a name number said picks its own line', () => {
  it('Sahyadri: stage 2 assets are never the Gross Stage 3 assets', () => {
    for (const q of ['stage 2 assets as of March 31, 2026?', 'stage 1 assets June 30 2026']) {
      const a = ask(SAHYADRI, q);
      expect(a.status, q).not.toBe('answer');
      expect(a.text, q).not.toMatch(/1,162\.2|1,172\.5|2\.52%|2\.41%/);
    }
    // (Its own line prints the quarter's figure only, "4.12% | - | -": the earlier quarter is declined by its date.)
    expect(ask(SAHYADRI, 'stage 2 assets as of March 31, 2026?').text).toMatch(/doesn't give Stage 2 assets \(% of AUM\) for March 31, 2026/);
    for (const q of ['stage 2 assets as of June 30, 2026?', 'stage-2 assets in june 2026']) expect(ask(SAHYADRI, q).text, q).toContain('Stage 2 assets (% of AUM) were 4.12% as of June 30, 2026');
  });
  it('Sahyadri: the stage said still answers its own line', () => {
    expect(ask(SAHYADRI, 'gross stage 3 assets as of March 31, 2026?').text).toContain('₹1,162.2 crore');
  });
  it('Sahyadri: tier 1 capital is the Tier I capital', () => {
    for (const q of ['tier 1 capital as of June 30, 2026?', 'tier I capital as of June 30, 2026?']) expect(ask(SAHYADRI, q).text, q).toContain('Tier I capital was 17.8%');
  });
  it('Sahyadri: a name number after another name is its own line, never a qualifier of the one before', () => {
    const a = ask(SAHYADRI, 'CRAR and tier 1');
    expect(a.text).toContain('CRAR was 19.6%');
    expect(a.text).toContain('Tier I capital was 17.8%');
  });
  it('Qifu: level 3 assets are no Total assets; the delinquency buckets still answer', () => {
    const a = ask(QIFU, 'level 3 assets');
    expect(a.status).toBe('unknown');
    expect(a.text).toContain('"level 3 assets"');
    expect(ask(QIFU, 'day-1 delinquency rate').text).toContain('Day-1 delinquency rate was 4.9%');
    expect(ask(QIFU, '90 day+ delinquency rate Q1 2024').text).toContain('3.35%');
  });
  it('Cedar Prairie: tier 2 is no Tier 1 leverage ratio', () => {
    expect(ask(CEDAR, 'tier 1 leverage ratio Q3 2026').text).toContain('9.61%');
    expect(ask(CEDAR, 'tier 2 leverage ratio Q3 2026').text).not.toMatch(/9\.61%/);
  });
  it('Lumen: the stage in "Stage 3 loans were 1.6%" names the line, never a count of 3 loans', () => {
    const a = ask(LUMEN, 'stage 2 loans');
    expect(a.status).toBe('unknown');
    expect(a.text).not.toMatch(/(?<!Stage )\b3 loans\b/);
    expect(ask(LUMEN, 'stage 3 loans').text).toContain('Stage 3 loans (£ billion) were £1.65 billion');
  });
});
