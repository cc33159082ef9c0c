// A range whose ends each carry a price's unit ("US$1,690/oz to US$1,760/oz", "$12.50/boe - $13.50/boe"): the "/oz"
// after the low end was no range join, so the low end was guided as a point ("expects AISC of US$1,690") and the high
// end read as a line named "/oz" (hl55 h55-142). A guided range is never stated as a single point. Synthetic release.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const release = () =>
  inlineEngine([
    '# Synthetic Kestrel Resources Reports Second Quarter 2026 Results',
    '',
    'Synthetic Kestrel Resources today reported results for the second quarter ended June 30, 2026.',
    '',
    '| ($ in millions) | Q2 2026 | Q2 2025 |',
    '|---|---|---|',
    '| Revenue | 520.0 | 480.0 |',
    '| Operating income | 130.0 | 110.0 |',
    '',
    '## Outlook',
    '',
    'For the full year 2026, Synthetic Kestrel Resources expects all-in sustaining costs of $1,690/oz to $1,760/oz.',
    '',
    'For the full year 2026, Synthetic Kestrel Resources expects operating costs of $12.50/boe - $13.50/boe.',
  ]);

describe('a guided range whose ends carry a per-unit price', () => {
  it.each([
    ['FY 2026 all-in sustaining costs guidance', '$1,690', '$1,760'],
    ['FY 2026 operating costs guidance', '$12.50', '$13.50'],
  ])('%s: the range, never its low end as a point', (q, low, high) => {
    const a = release().ask(q, `per-unit-${q}`);
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain(`between ${low} and ${high}`);
    expect(a.text).not.toContain(`of ${low}.`);
  });
});
