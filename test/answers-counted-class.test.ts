// Numbers that only say which things are counted: a rank ("the top 10 clients") is no count of clients, and a
// threshold ("clients with annual revenue above USD 100 million") is no amount; the count of that class is the figure
// its clause arrives at, even where the sentence wraps onto a line that opens on the figure ("... rose to" / "42, ...")
// (knowledge/prose/count-parts.ts, knowledge/blocks.ts). hl50 h50-114. Synthetic release, other wordings.
import { describe, expect, it } from 'vitest';
import { inlineEngine, inlineRelease } from './support/inline.js';

const LINES = [
  '# Synthetic Orrin Systems Reports Third Quarter 2026 Results',
  '',
  'Synthetic Orrin Systems today reported results for the third quarter ended September 30, 2026.',
  '',
  '## Customers',
  '',
  'Revenue was $640.2 million, an increase of 9.1% from the third quarter of 2025.',
  'The count of customers with annual spend over $5 million grew to',
  '57, four more than a year ago, and customers above $1 million numbered 212. Our largest 20 customers',
  'accounted for 31.5% of revenue.',
];
const engine = inlineEngine(LINES);
let n = 0;
const ask = (q: string) => engine.ask(q, `counted-class-${n++}`);

describe('a counted class named by a rank or a threshold', () => {
  it('never answers a count of customers with the rank', () => {
    for (const q of ['how many customers', 'number of $5M+ customers', 'largest customers count']) {
      const a = ask(q);
      expect(a.status === 'answer' && /\b20\b/.test(a.text), `${q}: ${a.text}`).toBe(false);
    }
  });
  it('reads the class by its threshold with the count its clause arrives at, over a wrapped line', () => {
    const facts = inlineRelease(LINES).facts.filter((f) => f.unit.kind === 'count');
    expect(facts.map((f) => f.value.toNumber()).sort((a, b) => a - b)).toEqual([57, 212]);
    expect(facts.find((f) => f.value.toNumber() === 57)?.citation.quote).toContain('57, four more');
  });
  it('answers the other threshold with its own count, never the first', () => {
    const a = ask('customers above $1 million count');
    expect(a.text).toContain('212');
    expect(a.text).not.toContain('57');
  });
  it('gives the threshold amount as no figure of its own', () => {
    expect(ask('customers above $1 million in dollars').text).not.toContain('$1 million was');
  });
});

describe('a line opening on a figure joins the line before only where a verb awaits it', () => {
  it('"ending the quarter with 412 stores in" / "38 states (408 at the beginning of the quarter)": 412 is the quarter end\'s', () => {
    const r = inlineRelease([
      '# Synthetic Harrow Foods Reports Third Quarter Fiscal 2025 Results',
      '',
      'Synthetic Harrow Foods today reported results for the third quarter ended November 1, 2025.',
      '',
      'During the third quarter the Company opened six stores and closed two, ending the quarter with 412 stores in',
      '38 states (408 at the beginning of the quarter).',
    ]);
    const stores = r.facts.filter((f) => f.value.toString() === '412');
    expect(stores.length).toBeGreaterThan(0);
    for (const f of stores) expect(f.period.kind === 'instant' ? f.period.date : '').toBe('2025-11-01');
  });
});
