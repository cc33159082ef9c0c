// Every part of a buyback question is answered or declined by name: "size and price?" gave the plan's size
// and left the price out without saying so.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const HEAD = ['# Synthetic Alder Works Reports Third Quarter 2026 Results', '', 'Synthetic Alder Works today reported results for the third quarter ended September 30, 2026.', ''];
const TABLE = ['', '| (€ in millions) | Q3 2025 | Q3 2026 |', '|---|---|---|', '| Revenue | 200.0 | 230.0 |'];
let n = 0;
const ask = (lines: string[], q: string) => inlineEngine([...HEAD, ...lines, ...TABLE]).ask(q, `buyback-price-${n++}`).text;

describe('a buyback price asked beside its size', () => {
  it('the price the plan sentence prints is given with the size, wrapped over lines', () => {
    const a = ask(['The Board approved the buyback of up to 4,000,000 shares', 'at €52 per share through a tender offer, for an aggregate amount of up to €208 million.'], 'tender offer buyback size and price?');
    expect(a).toContain('4,000,000');
    expect(a).toContain('€52 per share');
  });

  it('no price printed: said so by name, never left out', () => {
    const a = ask(['The Board approved a share buyback of up to €150 million.'], 'buyback size and price?');
    expect(a).toContain('€150 million');
    expect(a).toMatch(/no price per share/);
  });
});
