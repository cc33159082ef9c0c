// Capital spent and charges a release prints in parentheses (capital expenditures, purchases of property
// and equipment, exceptional items, restructuring charges) are amounts: answered positive, said to be an
// outflow or a charge, and their change compares the amounts ("capex rose $94 million"). Synthetic, inline.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer, Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

let engine: Engine;
beforeAll(() => {
  engine = inlineEngine([
    '# Synthetic Rigging Reports Second Quarter 2026 Results',
    '',
    'Synthetic Rigging today reported results for the second quarter ended June 30, 2026.',
    '',
    '| ($ in millions) | Q2 2026 | Q2 2025 |',
    '|---|---|---|',
    '| Revenue | 1,284.6 | 1,112.9 |',
    '| Cost of sales | (801.2) | (700.4) |',
    '| Exceptional items | (12.3) | (4.1) |',
    '| Restructuring charges | (6.0) | (2.5) |',
    '| Operating profit | 465.1 | 405.9 |',
    '',
    '### Condensed cash flow statement',
    '',
    '| ($ in millions) | Q2 2026 | Q2 2025 |',
    '|---|---|---|',
    '| Net cash provided by operating activities | 512.0 | 430.0 |',
    '| Capital expenditures | (346.0) | (252.0) |',
    '| Purchases of property, plant and equipment for rental | (88.0) | (91.0) |',
    '| Net cash used in investing activities | (434.0) | (343.0) |',
  ]);
});

let n = 0;
const ask = (q: string): Answer => engine.ask(q, `charges-${n++}`);
const said = (a: Answer) => a.text.split('\nHow: ')[0]!;

describe('capital spent, printed in parentheses', () => {
  it('capex is the amount spent, an outflow', () => {
    const a = said(ask('capex?'));
    expect(a).toMatch(/\$346\.0 million in Q2 2026 \(an outflow/);
    expect(a).not.toMatch(/\$-|-\$/);
  });

  it('its change compares the amounts: it rose', () => {
    const a = said(ask('capex yoy?'));
    expect(a).toMatch(/increase of \$94(\.0)? million/);
    expect(a).toContain('37.3%');
    expect(a).not.toMatch(/decrease|\$-|not meaningful/);
  });

  it('purchases of property and equipment are an outflow too', () => {
    const a = said(ask('purchases of property, plant and equipment for rental in Q2 2026'));
    expect(a).toMatch(/\$88\.0 million/);
    expect(a).not.toMatch(/\$-/);
  });
});

describe('charges, printed in parentheses', () => {
  it('exceptional items are a charge of that size', () => {
    const a = said(ask('exceptional items?'));
    expect(a).toMatch(/Exceptional items were \$12\.3 million in Q2 2026 \(a charge/);
    expect(a).not.toMatch(/\$-/);
  });

  it('restructuring charges rose', () => {
    const a = said(ask('restructuring charges yoy'));
    expect(a).toMatch(/increase of \$3\.5(0)? million/);
    expect(a).not.toMatch(/decrease|\$-|not meaningful/);
  });
});
