// A named line is answered only by a line that holds what the question says of it: "total debt" is debt before cash,
// never the net debt printed as the table's total; "average price of repurchased shares" is no share count, where the
// release prints no price ("price", a word no line goes by, is never dropped from the name the words grew to): it is the
// buyback's price, worked out from the amount and shares bought.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import type { Engine } from '../src/intents/answer.js';

const engines = new Map<string, Engine>();
let n = 0;
const ask = (doc: string, q: string) => {
  if (!engines.has(doc)) engines.set(doc, sharedEngine(doc));
  return engines.get(doc)!.ask(q, `held-${n++}`);
};
const KESTRELAIR = 'eval/hl12/docs/kestrelair-1q-fy27.html';
const TESSARIL = 'eval/hl27/docs/tessaril-fy2026q1.txt';
const MERIDIAN = 'eval/hl36/docs/meridian-agro-q2fy27.txt';

describe('total debt is debt before cash', () => {
  it('Kestrelair: gross debt, never net debt', () => {
    for (const q of ['total debt', 'gross debt', 'total borrowings?']) {
      const a = ask(KESTRELAIR, q);
      expect(a.text, q).toContain('A$5,102');
      expect(a.text, q).not.toContain('3,412');
    }
  });
  it('Meridian: declined where only current and non-current borrowings are printed', () => {
    const a = ask(MERIDIAN, 'total debt');
    expect(a.status).toBe('unknown');
    expect(a.text).toContain('total debt');
  });
});

describe('a word of the name no line goes by', () => {
  it('Tessaril: the average price of repurchased shares is worked out from the amount and shares bought, never the diluted share count nor the dividend per share', () => {
    for (const q of ['average price of repurchased shares', 'what was the average price of shares repurchased']) {
      const a = ask(TESSARIL, q);
      expect(a.status, q).toBe('answer');
      expect(a.text, q).toContain('worked out, about $119.05');
      expect(a.text, q).not.toMatch(/412\.6|\$0\.30/);
    }
    expect(ask(TESSARIL, 'shares repurchased').text).toContain('2.1 million shares');
  });
});
