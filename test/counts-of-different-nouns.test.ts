// Counts add up, divide and rank only when they count one thing: tonnes and employees, or customers and
// branches, were added ("38.6 million customers + 2,184 branches" = "38.6 million"), divided ("17673.99x") and
// ranked. They are declined now, naming both units; counts of one noun still add up. Synthetic release.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

let engine: Engine;
beforeAll(() => {
  engine = inlineEngine([
    '# Synthetic Corrib Building Materials Reports Second Quarter 2026 Results',
    '',
    'Synthetic Corrib Building Materials today reported results for the second quarter ended June 30, 2026.',
    '',
    '| ($ in millions) | Q2 2026 | Q2 2025 |',
    '|---|---|---|',
    '| Revenue | 410.0 | 395.0 |',
    '',
    '## Operating data',
    '',
    '| | Q2 2026 | Q2 2025 |',
    '|---|---|---|',
    '| Aggregates shipped (million tonnes) | 12.4 | 11.8 |',
    '| Full-time employees | 3,410 | 3,350 |',
    '| Part-time employees | 620 | 580 |',
    '| Gross margin | 31.2% | 30.1% |',
  ]);
});

let n = 0;
const ask = (q: string) => engine.ask(q, `count-nouns-${n++}`);

describe('counts of different nouns', () => {
  it('are neither added, divided nor ranked, and the decline names both units', () => {
    for (const q of ['aggregates shipped plus full-time employees in Q2 2026', 'aggregates shipped divided by full-time employees in Q2 2026', 'aggregates shipped vs full-time employees in Q2 2026']) {
      const a = ask(q);
      expect(a.status).not.toBe('answer');
      expect(a.text).toMatch(/tonnes/);
      expect(a.text).toMatch(/employees/i);
      expect(a.text).not.toMatch(/12,403,410|3,636|x \(|sum of/i);
    }
  });

  it('counts of one noun still add up', () => {
    const a = ask('full-time employees plus part-time employees in Q2 2026');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('4,030');
  });
});
