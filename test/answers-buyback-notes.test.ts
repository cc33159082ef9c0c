// A repurchase plan for notes or bonds ("authorized the repurchase of up to $25.0 million of the Company's 2029
// convertible senior notes") is no share buyback: its size is named for what it buys (knowledge/prose/parts.ts), so no
// reply calls it a share repurchase authorization.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import { inlineEngine } from './support/inline.js';

const VELTRANE = 'eval/hl37/docs/veltrane-q3-2026.html';
const HEAD = ['# Synthetic Larch Therapeutics Reports Third Quarter 2026 Results', '', 'Synthetic Larch Therapeutics today reported results for the third quarter ended September 30, 2026.', ''];
const TABLE = ['', '| ($ in thousands) | Q3 2026 | Q3 2025 |', '|---|---|---|', '| Net product revenue | 48,200 | 39,900 |'];

describe('a notes repurchase plan is no share buyback', () => {
  it('Veltrane: the $25.0 million is named as the notes\' authorization', () => {
    const engine = sharedEngine(VELTRANE);
    for (const q of ['share buyback / repurchase', 'buyback']) {
      const a = engine.ask(q, `notes-${q}`);
      expect(a.text, q).toContain('notes');
      expect(a.text, q).not.toMatch(/^Share repurchase authorization/);
    }
  });

  it('a share plan in the same words is still the share repurchase authorization', () => {
    const shares = inlineEngine([...HEAD, 'On October 20, 2026 the Board authorized the repurchase of up to $25.0 million of the Company\'s common stock.', ...TABLE]);
    expect(shares.ask('share buyback authorization', 's1').text).toMatch(/share repurchase authorization[^\n]*\$25\.0 million/i);
    const bonds = inlineEngine([...HEAD, 'On October 20, 2026 the Board authorized the repurchase of up to $40.0 million of its 2031 senior bonds.', ...TABLE]);
    expect(bonds.ask('share buyback authorization', 'b1').text).not.toMatch(/^share repurchase authorization/i);
  });
});
