// "vs <period>" naming no line after a change of several lines ("net sales and operating income yoy", then
// "vs Q2") is each line's change against that period again, never a ratio or ranking of the lines. Synthetic, inline.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const engine = inlineEngine([
  '# Synthetic Orrinmoor Tools Reports Third Quarter 2026 Results', '',
  'Synthetic Orrinmoor Tools today reported results for the third quarter ended September 30, 2026.', '',
  '| ($ in millions) | Q3 2025 | Q2 2026 | Q3 2026 |', '|---|---|---|---|',
  '| Net sales | 500.0 | 560.0 | 588.0 |', '| Operating income | 50.0 | 64.0 | 48.0 |',
]);

describe('"vs a period" after several lines\' changes', () => {
  it.each([['vs Q2'], ['compared with Q2 2026?'], ['versus 2Q26?']])('%s: each line\'s change against it', (q) => {
    const t = `versus-${q}`;
    engine.ask('net sales and operating income Q3 2026', t);
    expect(engine.ask('yoy change', t).text).toContain('up 17.6% year over year');
    const a = engine.ask(q, t);
    expect(a.status).toBe('answer');
    expect(a.text).toMatch(/Net sales were \$588\.0 million in Q3 2026, up 5\.0%/);
    expect(a.text).toMatch(/Operating income was \$48\.0 million in Q3 2026, down 25\.0%/);
    expect(a.text).not.toMatch(/times|largest first/);
  });
});
