// A guided line naming an expense line's movement by its kind and a half or quarter ("2H26 marketing spend growth",
// "Q4 advertising spend growth") guides that expense line: asked by the line's name, the range is given, not declined.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

const LINES = [
  '# Kestrel Retail plc — Q3 2026 trading update (invented issuer, for testing)',
  '',
  'Kestrel Retail plc today reported results for the third quarter ended September 30, 2026.',
  '',
  '| (£ million) | Q3 2026 | Q3 2025 |',
  '|---|---:|---:|',
  '| Revenue | 820.0 | 790.0 |',
  '| Advertising | 41.0 | 38.0 |',
  '| Store costs | 210.0 | 205.0 |',
  '',
  '## Outlook',
  '',
  '| Metric | Guidance |',
  '|---|---|',
  '| Q4 2026 advertising spend growth | 10% – 12% |',
];

let bot: Engine;
beforeAll(() => {
  bot = inlineEngine(LINES, 'kestrel-q3-26.md');
});
let n = 0;
const ask = (q: string) => bot.ask(q, `spend-${n++}`);

describe('an expense line’s guided movement named by its kind', () => {
  it('answers guidance asked of the line', () => {
    const a = ask('advertising guidance for Q4 2026?');
    expect(a.status).toBe('answer');
    expect(a.text).toMatch(/10(?:\.0)?%.{1,9}12(?:\.0)?%/);
    expect(a.citations.map((c) => c.line)).toContain(15);
  });

  it('another line asked is still declined', () => {
    expect(ask('store costs guidance for Q4 2026?').status).toBe('unknown');
  });
});
