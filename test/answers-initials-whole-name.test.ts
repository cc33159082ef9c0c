// A question's ordinary word is no initialism of a run inside a sentence that keeps a joining word's letter: "paid"
// was read as "pay an interim dividend" and "divs paid 1H" answered the interim dividend per share (hunt38 kit-09).
// A joining word's letter belongs to a whole name's initials only ("return on equity" is ROE).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

let engine: Engine;
beforeAll(() => {
  engine = inlineEngine([
    '# Synthetic Tarnwell Foods plc -- interim results for the six months ended 30 June 2026', '',
    'Tarnwell Foods plc reports its results for the six months ended 30 June 2026 (H1 2026).', '',
    '- Interim dividend raised to 4.2p per share from 3.9p.', '',
    '| £m | H1 2026 | H1 2025 |',
    '|---|---|---|',
    '| Revenue | 318.4 | 296.1 |',
    '| Return on equity | 12.6% | 11.9% |', '',
    'The Board will pay an interim dividend of 4.2p per share (H1 2025: 3.9p).',
  ], 'tarnwell-h1-2026.md');
});

describe('initials that keep a joining word name a whole name only', () => {
  it.each(['divs paid in H1 2026', 'dividends paid H1'])('"%s" gives no dividend per share as the dividends paid', (q) => {
    const a = engine.ask(q, q);
    expect(a.text).not.toMatch(/4\.2p/);
    expect(a.status).not.toBe('answer');
  });
  it('"roe in H1 2026" still reads the whole name', () => {
    const a = engine.ask('roe in H1 2026', 'roe');
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toMatch(/12\.6%/);
  });
});
