// A change between two periods of a thread runs from the earlier to the later by the periods' own end dates,
// whatever order the thread named them in. A fiscal name asked ("Q4 FY26") was kept as read from a calendar
// year's months (ending December 2026) beside the release's own quarter (Q1 FY27, ended June 30, 2026), so
// "% change" after "this quarter" then "and Q4 FY26?" ran backwards (down 10.1% instead of up 11.3%), and
// "% change QoQ" after "Q1 FY27" then "and Q4 FY26?" found no quarter before Q4 FY26.
// Synthetic, inline.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const RELEASE = [
  '# Synthetic Sahyadri Telecom Limited Reports Results for Q1 FY27', '',
  'Synthetic Sahyadri Telecom Limited today announced results for the quarter ended June 30, 2026 (Q1 FY27).', '',
  '| (₹ crore) | Q1 FY27 | Q4 FY26 | Q1 FY26 |', '|---|---|---|---|',
  '| Revenue from operations | 9,210 | 8,000 | 7,950 |', '| EBITDA | 3,450 | 3,100 | 2,980 |',
];

const engine = inlineEngine(RELEASE);
let n = 0;
const thread = (questions: string[]) => {
  const id = `order-${n++}`;
  return questions.map((q) => engine.ask(q, id)).at(-1)!;
};

describe('the change between two fiscal quarters of a thread', () => {
  it.each([
    ['EBITDA in Q1 FY27', 'and Q4 FY26?', '% change QoQ'],
    ['EBITDA this quarter', 'and Q4 FY26?', '% change between them'],
    ['EBITDA', 'what about Q4 FY26?', 'QoQ % change?'],
    ['EBITDA for Q4 FY26', 'and Q1 FY27?', 'growth qoq?'],
    ['EBITDA in Q1 FY27', 'and Q4 FY26?', 'diff?'],
  ])('%s / %s / %s → up 11.3 percent from Q4 FY26', (...questions) => {
    const a = thread(questions);
    expect(a.status).toBe('answer');
    expect(a.text).toContain('up 11.3%');
    expect(a.text).toMatch(/from ₹3,100 crore in fiscal Q4 2026/);
    expect(a.text).not.toMatch(/down|10\.1%/);
  });

  it('a year earlier of a fiscal quarter asked by name is that fiscal quarter a year before', () => {
    const a = thread(['EBITDA in Q1 FY27', 'and a year earlier?', 'growth?']);
    expect(a.text).toContain('up 15.8%');
    expect(a.text).toContain('from ₹2,980 crore in fiscal Q1 2026');
  });
});
