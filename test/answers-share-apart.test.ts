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

// The prose states the share of a volume under a model; the statement has a line of that model's own word. A
// question naming that line over the volume is answered with the stated share, where every word said of the
// line (but the whole's own) is a word of the stated line; a word it lacks gives the decline.
describe('a statement line over a volume whose share of the total the prose states', () => {
  const release = (line: string) =>
    inlineEngine([
      '# Synthetic Osprey Finance Announces Second Quarter 2026 Unaudited Financial Results',
      '',
      'Synthetic Osprey Finance today announced its unaudited financial results for the second quarter ended June 30, 2026.',
      '',
      '## Operational Highlights',
      '',
      '- Total gross merchandise volume was RMB100.0 billion in the second quarter of 2026.',
      '- Merchandise volume under capital-light model was RMB40.0 billion in the second quarter of 2026, representing 40.0% of the total.',
      '',
      '## Condensed statements of operations',
      '',
      '| (RMB in thousands) | Q2 2025 | Q2 2026 |',
      '|---|---:|---:|',
      '| Commission fees | 500,000 | 600,000 |',
      `| ${line} | 300,000 | 350,000 |`,
      '| Total revenue | 800,000 | 950,000 |',
    ]);

  it('is the stated share, cited, where the words said of the line are the stated line\'s', () => {
    const a = release('Capital-light gross').ask('capital-light gross as % of total gross merchandise volume, Q2 2026', 'stated-1');
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toBe('Merchandise volume under capital-light model as a share of the total was 40.0% in Q2 2026.');
    expect(a.citations.map((c) => c.line)).toEqual([8]);
  });

  it('is declined where a word said of the line is none of the stated line\'s ("fees" is no volume)', () => {
    const a = release('Capital-light gross fees').ask('capital-light gross fees as % of total gross merchandise volume, Q2 2026', 'stated-2');
    expect(a.status).not.toBe('answer');
    expect(a.text).not.toMatch(/\d\.\d%/);
    expect(a.text).toContain('is not a part of total gross merchandise volume');
  });

  it('is declined where no word of the line but the whole\'s own is said (no stated line is named)', () => {
    const a = release('Gross merchandise').ask('gross merchandise as % of total gross merchandise volume, Q2 2026', 'stated-3');
    expect(a.status).not.toBe('answer');
    expect(a.text).not.toContain('40.0%');
    expect(a.text).toContain('Gross merchandise (Condensed statements of operations) is not a part of total gross merchandise volume');
  });
});
