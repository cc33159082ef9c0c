// A sentence that names no period is the release's quarter's by default; where its figures repeat the lines of a
// longer span the tables print (a half, nine months) and none of the quarter's, it is that span's, and so is the
// margin it states (asked the half's margin, the bot gave the quarter's, or the half's labelled as the quarter),
// and a prior figure in the sentence is the span's a year before, not the quarter's.
// Synthetic releases: a fixture file and inline ones.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import { inlineEngine } from './support/inline.js';

let n = 0;
const id = () => `span-${n++}`;

describe('an undated sentence whose figures are the half\'s', () => {
  const engine = sharedEngine('test/fixtures/synthetic-hotaka-fy2026q2.md');
  it.each(['What was the H1 operating margin?', 'first-half operating margin', 'operating margin for the six months ended September 30, 2026'])('%s → the half\'s 13.5%%', (q) => {
    const a = engine.ask(q, id());
    expect(a.status).toBe('answer');
    expect(a.text).toContain('13.5%');
    expect(a.text).toContain('6 months ended September 30, 2026');
  });
  it('the quarter\'s margin is the quarter\'s own sentence', () => {
    const a = engine.ask('operating margin in Q2', id());
    expect(a.text).toContain('11.0%');
    expect(a.text).not.toContain('13.5%');
  });
});

const NINE_MONTHS = [
  '# Synthetic Ibuki Chemical Corporation: Financial Results for the Third Quarter of the Fiscal Year Ending March 31, 2027', '',
  'Synthetic Ibuki Chemical Corporation announced its consolidated results for the three months ended December 31, 2026.', '',
  '## Overview', '',
  'Net sales rose to ¥1,204.0 billion from ¥1,134.8 billion a year earlier, and operating income reached ¥162.5 billion, an operating margin of 13.5%. Operating margin in the third quarter was 11.0%.', '',
  '| (¥ billions) | Three months ended December 31, 2026 | Three months ended December 31, 2025 |', '|---|---|---|',
  '| Net sales | 420.0 | 401.0 |', '| Operating income | 46.2 | 44.0 |', '',
  '| (¥ billions) | Nine months ended December 31, 2026 | Nine months ended December 31, 2025 |', '|---|---|---|',
  '| Net sales | 1,204.0 | 1,134.8 |', '| Operating income | 162.5 | 150.2 |',
];

describe('nine months stated in an undated sentence, with the year before', () => {
  const engine = inlineEngine(NINE_MONTHS);
  it('its margin is the nine months\', its prior figure the nine months a year before', () => {
    expect(engine.ask('operating margin for the nine months', id()).text).toContain('13.5%');
    expect(engine.ask('Q3 operating margin', id()).text).toContain('11.0%');
    const before = engine.ask('net sales for the quarter a year ago', id()).text;
    expect(before).toContain('401.0');
    expect(before).not.toContain('1,134.8');
  });
});

const MARGIN_ALONE = [
  '# Synthetic Norikura Electric Reports Second Quarter Results', '',
  'Synthetic Norikura Electric today reported its results for the second quarter of fiscal 2027, ended September 30, 2026.', '',
  'Revenue grew on strong demand in Asia. The operating margin was 13.5%, reflecting a better product mix.', '',
  'In the three months ended September 30, 2026, operating margin came in at 11.0%.', '',
  '| (€ millions) | Three months ended September 30, 2026 | Three months ended September 30, 2025 |', '|---|---|---|', '| Revenue | 210.0 | 195.0 |', '| Operating profit | 23.1 | 22.0 |', '',
  '| (€ millions) | Six months ended September 30, 2026 | Six months ended September 30, 2025 |', '|---|---|---|',
  '| Revenue | 412.5 | 381.2 |', '| Operating profit | 55.7 | 49.5 |',
];

describe('a margin stated alone in an undated sentence', () => {
  const engine = inlineEngine(MARGIN_ALONE);
  it('is the span whose lines make it, never the quarter\'s', () => {
    const quarter = engine.ask('operating margin for the quarter', id()).text;
    expect(quarter).toContain('11.0%');
    expect(quarter).not.toContain('13.5%');
    const half = engine.ask('first half operating margin', id());
    expect(half.status).toBe('answer');
    expect(half.text).toContain('13.5%');
  });
});

const COMPARED_HALF = [
  '# Synthetic Vasstind Forsikring: Interim Report, Second Quarter 2026', '',
  'Synthetic Vasstind Forsikring reported its results for the second quarter of 2026.', '',
  'Renewal rates held up in commercial lines. Gross bookings of the direct channel nevertheless climbed to NOK 812.4 million (H1 2025: NOK 744.0 million).', '',
  '| (NOK millions) | Q2 2026 | Q2 2025 | 6M 2026 | 6M 2025 |', '|---|---|---|---|---|',
  '| Insurance revenue | 1,420.0 | 1,351.0 | 2,810.5 | 2,690.2 |', '| Operating profit | 212.3 | 190.8 | 401.7 | 366.0 |',
];

describe('an undated sentence that compares its figure with the half a year before, by name', () => {
  const engine = inlineEngine(COMPARED_HALF);
  it('is the half\'s, never labelled as the quarter', () => {
    const half = engine.ask('direct channel gross bookings for the first half of 2026', id());
    expect(half.status).toBe('answer');
    expect(half.text).toContain('812.4');
    expect(half.text).toContain('6 months ended June 30, 2026');
    const quarter = engine.ask('direct channel gross bookings in Q2 2026', id()).text;
    expect(quarter).not.toContain('812.4');
  });
});
