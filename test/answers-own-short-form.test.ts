// A label that defines its own short form built on an acronym, "EBITDA after leases (EBITDAaL)", is heard by
// that short form: asked "EBITDAaL", the line is answered, never the other line whose name the short form
// only stems like ("EBITDA": Porter stems "ebitdaal" to "ebitda"). Second example: "EBITDA before rent (EBITDAR)".
import { beforeAll, describe, expect, it } from 'vitest';
import { definedAbbreviations } from '../src/knowledge/abbreviations.js';
import { inlineEngine } from './support/inline.js';

const LINES = [
  '# Synthetic Netz AG Reports First Quarter 2026 Results',
  '',
  'Synthetic Netz AG today reported results for the first quarter ended March 31, 2026.',
  '',
  '| CHF million | Q1 2026 | Q1 2025 |',
  '|---|---:|---:|',
  '| Net revenue | 512.0 | 500.0 |',
  '| EBITDA | 200.0 | 190.0 |',
  '| Lease costs | (12.0) | (11.0) |',
  '| EBITDA after leases (EBITDAaL) | 188.0 | 179.0 |',
  '| Rent expense | 9.0 | 8.0 |',
  '| EBITDA before rent (EBITDAR) | 209.0 | 198.0 |',
];

describe('a short form a label defines on an acronym', () => {
  let engine!: ReturnType<typeof inlineEngine>;
  beforeAll(() => {
    engine = inlineEngine(LINES);
  });
  const ask = (q: string) => engine.ask(q, `short-${q}`);
  it('answers its own line, never the line it only stems like', () => {
    const a = ask('EBITDAaL growth yoy?');
    expect(a.text).toContain('188.0');
    expect(a.text).not.toContain('200.0');
    expect(ask('EBITDAaL in Q1 2026?').text).toContain('188.0');
  });
  it('a second short form of the kind, and the acronym itself, each its own line', () => {
    expect(ask('EBITDAR in Q1 2026?').text).toContain('209.0');
    const plain = ask('EBITDA in Q1 2026?').text;
    expect(plain).toContain('200.0');
    expect(plain).not.toContain('188.0');
  });
  it('reads the short form: an acronym whole, then initials; a mixed-case word is no short form', () => {
    expect([...definedAbbreviations(['EBITDA after leases (EBITDAaL)'])]).toEqual([['EBITDA after leases', 'EBITDAaL']]);
    expect(definedAbbreviations(['monthly active users (Mau) rose', 'Net income (Loss)']).size).toBe(0);
  });
});
