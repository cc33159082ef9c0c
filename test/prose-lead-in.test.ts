// A sentence adverb or an introductory clause before a metric phrase ("Overall, ...", "As a result of the
// sale ..., the company's debt position has been reduced to ...") says how or why: no part of the line's
// name. A change stated with no period compared with is said as stated, saying so.
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import type { Answer, Engine } from '../src/intents/answer.js';
import { inlineEngine, inlineRelease } from './support/inline.js';

const LINES = [
  '# Synthetic Outfitters Reports First Quarter 2026 Results',
  '',
  'Synthetic Outfitters today reported results for the first quarter ended March 31, 2026.',
  '',
  'Net sales were $412.5 million. Overall, comparable store sales decreased 3.1 percent in the first quarter of 2026.',
  '',
  "As a result of the refinancing of the senior notes in March 2026 and related actions, the company's senior debt position has been reduced to $1.2 billion as of March 31, 2026.",
];

let engine: Engine;
let sears: Engine;
beforeAll(() => {
  engine = inlineEngine(LINES);
  sears = sharedEngine('../shared/releases/filed/sears-2004q2.txt');
});
let n = 0;
const ask = (e: Engine, q: string): Answer => e.ask(q, `lead-in-${n++}`);

describe('a lead-in is no part of the name after it', () => {
  it('the lines are named without "Overall," or the clause before the comma', () => {
    const labels = [...inlineRelease(LINES).facts.map((f) => f.label)];
    expect(labels).toContain('comparable store sales');
    expect(labels).toContain('senior debt position');
    expect(labels.some((l) => /overall|refinancing|has been/i.test(l))).toBe(false);
  });

  it('asked by those names: the debt position, and the change stated with no period compared with', () => {
    const d = ask(engine, 'senior debt at the end of Q1 2026');
    expect(d.status).toBe('answer');
    expect(d.text).toContain('$1.2 billion');
    const c = ask(engine, 'comparable store sales in Q1 2026');
    expect(c.status).toBe('answer');
    expect(c.text).toContain('down 3.1%');
    expect(c.text).toContain('naming no period it compares with');
  });

  it('as filed (Sears): domestic term debt, and domestic comp store sales', () => {
    const d = ask(sears, 'What was the domestic term debt at the end of the quarter?');
    expect(d.status).toBe('answer');
    expect(d.text).toContain('$2.9 billion');
    const c = ask(sears, 'domestic comp store sales in the quarter?');
    expect(c.status).toBe('answer');
    expect(c.text).toContain('down 2.9%');
  });
});
