// A short form the release only defines ("ROCE is ... EBIT divided by ...") while its table spells the line out
// ("Return on capital employed"): "what's the ROCE?" asks the figure, "what does ROCE mean?" the definition
// (hl53-109 had quoted the definition of ROIC and given no figure).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

let engine: Engine;
beforeAll(() => {
  engine = inlineEngine([
    '# Synthetic Ardmore Haulage plc -- results for the six months ended 31 December 2025', '',
    'Ardmore Haulage plc reports its results for the six months ended 31 December 2025 (H1 FY26).', '',
    '| £m | H1 FY26 | H1 FY25 |',
    '|---|---|---|',
    '| Revenue | 412.6 | 389.0 |',
    '| Return on capital employed (rolling 12 months) | 14.2% | 13.1% |', '',
    'Definitions', '',
    'ROCE is rolling 12-month operating profit divided by average capital employed (net debt plus equity).',
  ], 'ardmore-h1fy26.md');
});

describe('a short form the release defines names the line it is the initials of', () => {
  it.each(["What's the ROCE?", 'roce in H1 FY26?'])('"%s" gives the figure', (q) => {
    const a = engine.ask(q, q);
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toMatch(/14\.2%/);
  });
  it('"what does ROCE mean?" still gives the definition', () => {
    const a = engine.ask('what does ROCE mean?', 'roce-def');
    expect(a.text).toMatch(/average capital employed/);
  });
});
