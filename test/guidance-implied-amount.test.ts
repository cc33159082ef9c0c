// An amount asked of a guide that is a growth rate ("implied FY26 revenue at midpoint of guidance", h33-013): the
// bot answered with the rate's midpoint (9%), a rate where revenue was asked. Now the base year's printed figure,
// grown by the rate, is the answer, its inputs shown and cited; with no full base year printed, declined by name.
// Synthetic releases.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

const outlook = ['', '### 2026 Outlook', '', 'For fiscal 2026, the Company expects net revenue growth of 8% to 10% over 2025.'];
let full: Engine;
let half: Engine;
beforeAll(() => {
  full = inlineEngine([
    '# Synthetic Alder Pharma Announces Fourth Quarter and Full Year 2025 Results',
    '',
    '(In millions of USD)',
    '',
    '| | Q4 2025 | Q4 2024 | FY 2025 | FY 2024 |',
    '|---|---:|---:|---:|---:|',
    '| Net revenue | 1,300.0 | 1,200.0 | 5,000.0 | 4,600.0 |',
    ...outlook,
  ], 'alder.md');
  half = inlineEngine([
    '# Synthetic Alder Pharma Announces Second Quarter 2026 Results',
    '',
    '(In millions of USD)',
    '',
    '| | Q2 2026 | Q2 2025 | H1 2026 | H1 2025 |',
    '|---|---:|---:|---:|---:|',
    '| Net revenue | 1,300.0 | 1,200.0 | 2,600.0 | 2,400.0 |',
    ...outlook,
  ], 'alder-h1.md');
});

let n = 0;
const QUESTIONS = ['implied FY26 revenue at midpoint of guidance', 'what revenue does the guidance imply for 2026?', '2026 revenue implied by the outlook midpoint'];

describe('an amount implied by a guided growth rate', () => {
  it.each(QUESTIONS)('%s: the base year grown by the midpoint, never the rate', (q) => {
    const a = full.ask(q, `implied-amount-${n++}`);
    expect(a.status, a.text).toBe('answer');
    // (5,000.0 × 1.09)
    expect(a.text).toContain('5,450.0');
    expect(a.text).toContain('5,000.0');
    expect(a.citations.some((c) => c.quote.includes('5,000.0'))).toBe(true);
  });

  it.each(QUESTIONS)('%s: no full base year printed, declined naming it', (q) => {
    const a = half.ask(q, `implied-amount-${n++}`);
    expect(a.status, a.text).not.toBe('answer');
    expect(a.text).toMatch(/no full (?:FY|fiscal )?2025/);
    expect(a.text).not.toMatch(/midpoint is 9%/);
  });

  it('the midpoint of the guided rate asked is the rate', () => {
    const a = full.ask('midpoint of revenue growth guidance', `implied-amount-${n++}`);
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain('9%');
    expect(a.text).not.toContain('5,450');
  });
});
