// The year-ago quarter as analysts write it back to front ("gaap NI margin last yr same qtr", r46-168) was read as
// the full prior year and declined; "and last year's gaap" after a thread of quarterly margins (r46-100) named no
// period at all. Both are the thread's quarter a year earlier. "Last year" alone, and "last year's" before a line's
// name, stay the full year (declined where the release prints none). Synthetic release.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

let engine: Engine;
beforeAll(() => {
  engine = inlineEngine([
    '# Synthetic Harrowgate Lending Reports First Quarter 2026 Results',
    '',
    'Synthetic Harrowgate Lending today reported results for the first quarter ended March 31, 2026.',
    '',
    '| (in thousands of US dollars) | Q1 2025 | Q1 2026 |',
    '|---|---|---|',
    '| Total net revenue | 400,000 | 500,000 |',
    '| Income from operations | 100,000 | 150,000 |',
    '| Net income | 80,000 | 120,000 |',
    '| GAAP net income margin | 20.0% | 24.0% |',
    '| GAAP operating margin | 25.0% | 30.0% |',
    '| Non-GAAP operating margin | 26.5% | 31.2% |',
  ], 'harrowgate-2026q1.md');
});

describe('the quarter a year earlier', () => {
  it.each(['gaap NI margin last yr same qtr', 'net income margin last year same quarter', 'GAAP net income margin, prior year comparable period'])('"%s": Q1 2025', (q) => {
    const a = engine.ask(q, `ya-${q}`);
    expect(a.status).toBe('answer');
    expect(a.text).toContain('20.0% in Q1 2025');
  });

  it.each([["and last year's gaap", '25.0%'], ["last year's non-gaap?", '26.5%']])('"%s" after the margins of a thread: the thread line, a year earlier', (q, want) => {
    const c = `thread-${q}`;
    engine.ask('op margin', c);
    expect(engine.ask('the non-gaap one', c).text).toContain('31.2%');
    const a = engine.ask(q, c);
    expect(a.status).toBe('answer');
    expect(a.text).toContain(`${want} in Q1 2025`);
  });

  // "last year's" before a line's name in a follow-up was read as no period (vel-15: the thread's quarter answered again).
  it.each(["and last year's net income?", "what about the prior year's net income?", "the previous year's net income"])('"%s" after a quarter: that quarter a year earlier', (q) => {
    const c = `thread-line-${q}`;
    expect(engine.ask('net income in Q1 2026', c).text).toContain('120.0');
    const a = engine.ask(q, c);
    expect(a.status).toBe('answer');
    expect(a.text).toContain('80.0 million in Q1 2025');
    expect(a.text).not.toContain('120.0');
  });

  it("\"last year's\" before a line, asked alone, is the full year, which the release does not print", () => {
    const a = engine.ask("last year's net income?", 'ya-full-possessive');
    expect(a.status).not.toBe('answer');
    expect(a.text).not.toMatch(/80\.0|120\.0/);
  });

  it('"last year" alone is the full year, which the release does not print', () => {
    const a = engine.ask('GAAP net income margin last year', 'ya-full');
    expect(a.status).not.toBe('answer');
    expect(a.text).not.toContain('20.0%');
  });
});
