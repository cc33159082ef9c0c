// Market data a release does not print ("share price", "market cap", "P/E") was answered with a line sharing a word
// (a buyback's offer "Price", a "Capital Markets" segment); "total equity" and "net assets" with the parent's share of
// equity, or with "Total assets", where the release prints its total including non-controlling interests
// (naming/standard-measures.ts, refiners/standard-measures.ts).
import { describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import { inlineEngine } from './support/inline.js';

const ask = (doc: string, q: string) => sharedEngine(doc).ask(q, `mm-${q}`);
const SITARA = 'eval/hl24/docs/sitara-q2fy27.html';
const FRASERVIEW = 'eval/hl25/docs/fraserview-q4-2026.txt';
const KITAKAMI = 'eval/hl33/docs/kitakami-1hfy26.html';
const KAITOSHI = 'eval/hl13/docs/kaitoshi-1q-fy2026.txt';
const HOSHIMURA = 'eval/hl14/docs/hoshimura-q2fy2025.txt';

describe('a market measure the release does not print is declined, naming it', () => {
  it.each([
    [SITARA, 'what was the share price at quarter end?', 'share price'],
    [SITARA, 'price-to-book', 'price-to-book'],
    [SITARA, 'price to earnings', 'price to earnings'],
    [FRASERVIEW, 'market cap', 'market cap'],
    [FRASERVIEW, 'what is the market capitalization?', 'market capitalization'],
    [FRASERVIEW, "what's the P/E?", 'p/e'],
    [FRASERVIEW, 'enterprise value', 'enterprise value'],
  ])('%s: %s', (doc, q, named) => {
    const a = ask(doc, q);
    expect(a.status).toBe('unknown');
    expect(a.text).toContain(`doesn't give "${named}"`);
    expect(a.citations ?? []).toHaveLength(0);
  });

  it('a release that prints them answers them', () => {
    const engine = inlineEngine([
      '# Synthetic Tern Holdings Reports Second Quarter 2026 Results',
      '',
      'Synthetic Tern Holdings today reported results for the second quarter ended June 30, 2026.',
      '',
      '| ($ in millions, except per share) | Q2 2026 | Q2 2025 |',
      '|---|---|---|',
      '| Revenue | 500.0 | 450.0 |',
      '| Net income | 90.0 | 80.0 |',
      '| Capital Markets | 40.0 | 35.0 |',
      '| Market capitalisation | 9,120.0 | 8,400.0 |',
    ]);
    expect(engine.ask('market cap', 't1').text).toContain('Market capitalisation was $9.1 billion');
    expect(engine.ask('capital markets', 't2').text).toContain('Capital Markets were $40.0 million');
  });
});

describe('total equity is the total, non-controlling interests included, where the release prints it', () => {
  it.each([
    [KITAKAMI, 'total equity', 'Total net assets were ¥1,210.0 billion', 56],
    [KITAKAMI, 'net assets', 'Total net assets were ¥1,210.0 billion', 56],
    [KITAKAMI, 'equity', 'Total net assets were ¥1,210.0 billion', 56],
    [KAITOSHI, 'total equity', 'Total net assets were ¥482,733.0 million', 160],
    [HOSHIMURA, 'net assets', 'Total equity was ¥585,770.0 million', 144],
  ])('%s: %s', (doc, q, said, line) => {
    const a = ask(doc, q);
    expect(a.text).toContain(said);
    expect(a.citations?.[0]?.line).toBe(line);
  });

  it("the parent's share is answered when asked by its own name", () => {
    expect(ask(KITAKAMI, "shareholders' equity").text).toContain("Shareholders' equity (owners of parent) was ¥1,085.0 billion");
    expect(ask(HOSHIMURA, 'equity attributable to owners').text).toContain('Equity attributable to owners of parent was ¥562,740.0 million');
  });

  it("an invented release: the parent's share alone stands for total equity; beside the total, the total answers", () => {
    const rows = ['| Total assets | 900.0 | 850.0 |', '| Total liabilities | 400.0 | 380.0 |', '| Equity attributable to owners of the parent | 470.0 | 445.0 |'];
    const head = ['# Synthetic Plover Group Interim Report 2026', '', 'Synthetic Plover Group today reported results for the half year ended June 30, 2026.', '', '| (€ in millions) | Jun 30, 2026 | Dec 31, 2025 |', '|---|---|---|'];
    const alone = inlineEngine([...head, ...rows]);
    expect(alone.ask('total equity', 'p1').text).toContain('Equity attributable to owners of the parent was €470.0 million');
    const both = inlineEngine([...head, ...rows, '| Non-controlling interests | 30.0 | 25.0 |', '| Total equity | 500.0 | 470.0 |']);
    expect(both.ask('total equity', 'p2').text).toContain('Total equity was €500.0 million');
  });
});
