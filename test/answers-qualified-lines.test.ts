// Lines named with a qualifier (session 26): a row that names only which part of a group (a region,
// segment or market under "Total X") is asked with the group's measure ("pacific passenger rev", "EMEA
// backlog"); a count by its noun and "count"; a total under "X by Y" by "Y" ("which region ..."); and
// "adjusted" is a basis word, the adjusted twin of the thread's line, never a line labelled "Adjustments".
// Where two lines fit a qualifier, the bot asks, naming both.
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import type { Answer, Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

const engines = new Map<string, Engine>();
let n = 0;
function ask(file: string, ...qs: string[]): Answer[] {
  if (!engines.has(file)) engines.set(file, sharedEngine(file));
  const thread = `q-${n++}`;
  return qs.map((q) => engines.get(file)!.ask(q, thread));
}
const LAURENTIDE = 'eval/hl30/docs/laurentide-3q26.html';
const NORRVIK = 'eval/hl30/docs/norrvik-q2-2026.md';

let own: Engine;
beforeAll(() => {
  own = inlineEngine([
    '# Tarnow Systems Reports Second Quarter 2026 Results',
    '',
    'Tarnow Systems today reported results for the second quarter ended June 30, 2026.',
    '',
    '## Orders by region',
    '',
    '| ($ in millions) | Q2 2026 | Q2 2025 |',
    '|---|---|---|',
    '| Americas | 410.0 | 380.0 |',
    '| EMEA | 220.0 | 205.0 |',
    '| Asia Pacific | 95.0 | 90.0 |',
    '| Total orders | 725.0 | 675.0 |',
    '',
    '## Backlog by region',
    '',
    '| ($ in millions) | Q2 2026 | Q2 2025 |',
    '|---|---|---|',
    '| Americas | 1,210.0 | 1,100.0 |',
    '| EMEA | 640.0 | 610.0 |',
    '| Asia Pacific | 330.0 | 280.0 |',
    '| Total backlog | 2,180.0 | 1,990.0 |',
  ], 'tarnow-2026q2.md');
});
const askOwn = (...qs: string[]): Answer[] => {
  const thread = `own-${n++}`;
  return qs.map((q) => own.ask(q, thread));
};

describe('a part of a group asked with the group measure', () => {
  it('answers a region row of a passenger revenue table, and its share of the total in the thread', () => {
    const [a, b] = ask(LAURENTIDE, 'pacific passenger rev in the quarter?', 'what share of total pax rev is that');
    expect(a!.status, a!.text).toBe('answer');
    expect(a!.text).toContain('C$203.8 million');
    expect(b!.text).toContain('11.1%');
  });
  it('answers a region row of an ARR table', () => {
    const [a] = ask(NORRVIK, 'rest of world arr');
    expect(a!.status, a!.text).toBe('answer');
    expect(a!.text).toContain('SEK 161.0 million');
  });
  it('tells two tables of the same regions apart by their measure, and asks naming both where none is said', () => {
    const [a] = askOwn('emea backlog');
    expect(a!.status, a!.text).toBe('answer');
    expect(a!.text).toContain('640.0 million');
    const [b] = askOwn('asia pacific orders in q2 2026');
    expect(b!.text).toContain('95.0 million');
    expect(b!.text).not.toContain('330.0');
    const [c] = askOwn('emea');
    expect(c!.status, c!.text).toBe('clarify');
    expect(c!.text).toContain('220.0');
    expect(c!.text).toContain('640.0');
  });
});

describe('a count and a split asked by their own words', () => {
  it('reads "customer count" as the number of customers, and net adds in the thread', () => {
    const [a, b] = ask(NORRVIK, 'customer count end of Q2', 'net adds vs end of Q1?');
    expect(a!.status, a!.text).toBe('answer');
    expect(a!.text).toContain('4,812');
    expect(b!.text).toContain('106');
  });
  it('ranks the regions of "ARR by region"', () => {
    const [a] = ask(NORRVIK, 'which region has the fastest arr growth');
    expect(a!.status, a!.text).toBe('answer');
    expect(a!.text).toMatch(/^Rest of world grew the most/);
    expect(a!.text).toContain('42.1%');
  });
});

describe('"adjusted" as a basis word', () => {
  it('turns the thread line to its adjusted twin, never a line labelled "Adjustments"', () => {
    const [, a] = ask('../shared/releases/filed/cat-2022q1.htm', 'GAAP profit per share 1Q22?', 'adjusted?');
    expect(a!.status, a!.text).toBe('answer');
    expect(a!.text).toContain('Adjusted Profit Per Share was $2.88');
    expect(a!.text).not.toContain('Consolidating Adjustments');
  });
  it('turns net income to non-GAAP net income on the seed release', () => {
    const [, a] = ask('data/releases/qfin-2024q1.md', 'net income q1 2024', 'adjusted?');
    expect(a!.status, a!.text).toBe('answer');
    expect(a!.text).toContain('Non-GAAP net income was RMB1,204.8 million');
  });
});
