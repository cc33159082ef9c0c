// A share whose part is no part of its whole: a statement's fee line over a volume the prose gives. It
// had been divided (a fee "as % of" a volume, 0.5%) where the release states the share of the volume
// asked for. Now: the stated share where the part's words said name its line; else a decline saying why.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer, Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

let engine: Engine;
beforeAll(() => {
  engine = inlineEngine([
    '# Tidewater Commerce Reports Third Quarter 2026 Results',
    '',
    'Tidewater Commerce today reported results for the third quarter ended September 30, 2026.',
    '',
    '## Third Quarter 2026 Operational Highlights',
    '',
    '- Total gross merchandise volume reached $48,200 million, an increase of 8.1% from $44,589 million in the same period of 2025.',
    '- Revenue from advertising services was $88.9 million, up 12.0% year over year.',
    '- Out of that volume, $29,884 million was under the partner-fulfilment model, representing 62.0% of the total, an increase of 5.0% from $28,461 million in the same period of 2025.',
    '',
    '## Condensed statements of operations',
    '',
    '| ($ in thousands) | Q3 2025 | Q3 2026 |',
    '|---|---|---|',
    '| Commission fees | 610,000 | 655,000 |',
    '| Partner-fulfilment fees | 201,000 | 233,500 |',
    '| **Total revenue** | 811,000 | 888,500 |',
  ], 'tidewater-2026q3.md');
});

let n = 0;
const ask = (q: string): Answer => engine.ask(q, `share-apart-${n++}`);

describe('a share of a volume asked by a line that is no part of it', () => {
  it('is the share the release states for the line of the words said', () => {
    const a = ask('what % of total gross merchandise volume was partner-fulfilment in Q3 2026?');
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain('62.0%');
  });
  it('a line of the prose of the whole\'s own kind (revenue from X, of total revenue) is still a part', () => {
    const a = ask('revenue from advertising services as % of total revenue, Q3 2026');
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain('10.0%');
  });
  it('a fee over a volume is declined, saying why, with no figure', () => {
    for (const q of ['partner-fulfilment fees as % of total gross merchandise volume, Q3 2026', 'commission fees as a share of total gross merchandise volume in Q3 2026']) {
      const a = ask(q);
      expect(a.status, `${q} → ${a.text}`).not.toBe('answer');
      expect(a.text).not.toMatch(/\d\.\d%/);
      expect(a.text).toContain('not a part of');
    }
  });
  it('the decline names each line with where the release gives it, and says why', () => {
    const a = ask('partner-fulfilment fees as % of total gross merchandise volume, Q3 2026');
    expect(a.reason).toBe('not-in-release');
    expect(a.text).toBe(
      'Partner-fulfilment fees (Condensed statements of operations) is not a part of total gross merchandise volume (Third Quarter 2026 Operational Highlights): one is not counted in the other, so I won\'t give it as a share of it. Ask for each figure.',
    );
  });
});
