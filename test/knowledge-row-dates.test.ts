// A row that dates its own figures ("SST ratio (as at 1 January)") in a table of other dates: its figures stand at
// that day of each column's year (knowledge/row-dates.ts). The ratio as at 1 January 2026 had been said "as of June
// 30, 2026", the column's date, and a question for 30 June answered with it (hunt35 alp-07).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { rowInstant } from '../src/knowledge/row-dates.js';
import { inlineEngine } from './support/inline.js';

let engine: Engine;
beforeAll(() => {
  engine = inlineEngine(['# Edelweiss Re Half-Year Results 2026', '', 'Edelweiss Re today reported results for the six months ended 30 June 2026.', '', '## Balance sheet and capital', '', '| CHF million | 30 June 2026 | 31 December 2025 |', '|---|---:|---:|', "| Shareholders' equity | 10,240 | 9,860 |", '| SST ratio (as at 1 January) | 212% | 204% |', ''], 'edelweiss-h1-2026.md');
});
let n = 0;
const ask = (q: string) => engine.ask(q, `row-dates-${n++}`);

describe('a row dating its own figures', () => {
  it('stands at the day its label names, in the column year', () => {
    expect(rowInstant('SST ratio (as at 1 January)', { kind: 'instant', date: '2026-06-30' })).toEqual({ kind: 'instant', date: '2026-01-01' });
    expect(rowInstant('SST ratio (as at 1 January)', { kind: 'instant', date: '2025-12-31' })).toEqual({ kind: 'instant', date: '2025-01-01' });
    expect(rowInstant('Shares outstanding as of January 31, 2026', { kind: 'instant', date: '2025-12-31' })).toEqual({ kind: 'instant', date: '2025-12-31' });
    expect(rowInstant("Shareholders' equity", { kind: 'instant', date: '2026-06-30' })).toEqual({ kind: 'instant', date: '2026-06-30' });
  });

  it('is never given at the column date, and is given at its own', () => {
    const june = ask("what's the SST ratio at 30 June 2026?");
    expect(june.status).toBe('unknown');
    expect(june.text).not.toContain('212% as of June 30');
    expect(ask('SST ratio as at 1 January 2025').text).toContain('204%');
    expect(ask('SST ratio').text).toContain('212% as of January 1, 2026');
    expect(ask("shareholders' equity at 30 June 2026").text).toContain('10,240');
  });
});
