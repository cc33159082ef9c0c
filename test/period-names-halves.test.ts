// A release of halves only has no fiscal calendar: a table headed only "H1 FY26" is dated by the name the
// release's dated columns bear ("H1 FY26 26 weeks ended 30 August 2025"), and a question asking "H1 FY26"
// gets that half, not the calendar half ending June 2026 (knowledge/period-names.ts; hl19 uk-02).
// A name no dated column bears stays undated: its table skipped, never read as the calendar's half.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const release = (secondHeader: string) => [
  '# Synthetic Fernhill Homes plc Interim Results for the 26 weeks ended 30 August 2025',
  '',
  'Synthetic Fernhill Homes plc today announces its interim results for the 26 weeks ended 30 August 2025.',
  '',
  '| £ millions | H1 FY26 26 weeks ended 30 August 2025 | H1 FY25 26 weeks ended 31 August 2024 |',
  '|---|---:|---:|',
  '| Group revenue | 1,284.6 | 1,211.3 |',
  '| Adjusted profit before tax | 82.7 | 71.9 |',
  '',
  'Revenue by channel',
  '',
  `| £ millions | ${secondHeader} | H1 FY25 |`,
  '|---|---:|---:|',
  '| Online sales | 442.5 | 404.4 |',
];

describe('fiscal names in a release of halves', () => {
  it('date a table headed by them alone', () => {
    const a = inlineEngine(release('H1 FY26')).ask('online sales in the half?', 'h1');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('442.5');
  });
  it('are the release’s half when a question asks by them', () => {
    const a = inlineEngine(release('H1 FY26')).ask('adjusted profit before tax H1 FY26 vs H1 FY25?', 'h2');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('82.7');
    expect(a.text).toContain('71.9');
  });
  it('a name no dated column bears leaves its table unread', () => {
    const a = inlineEngine(release('H2 FY26')).ask('online sales in the half?', 'h3');
    expect(a.text).not.toContain('442.5');
  });
});

// A name the prose gives a dated half in quotes ('the six months ended 31 December 2025 ("H1 FY2026")', a June
// year-end's first half) dates the columns headed by it: they had been left unread, and "H1 FY2026" asked was read
// as the calendar's half to June 2026. A quarter inside the half is still not given (hl26 mbg-11).
const QUOTED = [
  '# Synthetic Mabunda Gold Limited', '',
  'Unaudited interim results for the six months ended 31 December 2025', '',
  "The group's financial year ends on 30 June; the six months ended", '31 December 2025 ("H1 FY2026") are compared with the six months ended 31 December 2024 ("H1 FY2025").', '',
  '| Rm | H1 FY2026 | H1 FY2025 |', '|---|---:|---:|', '| Revenue | 19,096 | 15,155 |', '| Operating profit | 5,210 | 3,020 |',
];

describe('a fiscal name the prose gives a dated half in quotes', () => {
  it('dates the columns it heads, and a question asking by it gets that half', () => {
    const a = inlineEngine(QUOTED).ask('revenue in H1 FY2026?', 'q1');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('R19,096');
    expect(a.text).toContain('December 31, 2025');
  });
  it.each(['revenue in the Oct-Dec 2025 quarter alone?', 'revenue in Q4 2025', 'revenue in Q2 FY2026'])('a quarter within the half is declined: %s', (q) => {
    const a = inlineEngine(QUOTED).ask(q, 'q2');
    expect(a.status).toBe('unknown');
    expect(a.text).not.toMatch(/19,096|15,155/);
  });
});
