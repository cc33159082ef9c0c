// The period scanner reads an ASCII text and its lowercase once between them (period-mentions.ts): the
// rules ignore case, so both match at the same places, and the form read second runs only the rules that
// matched, at their places. Pinned here: what either form reads is what a scanner that never saw the
// other reads (each match as that text prints it), over every line of the seed release and questions as
// typed; and a rule set with a rule that minds case never shares.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PERIOD_RULES, type Rule } from '../src/knowledge/period-grammar.js';
import { scanner } from '../src/knowledge/period-mentions.js';
import { quarter } from '../src/knowledge/period.js';

const RELEASE = quarter(2024, 1);
const QUESTIONS = [
  'What was total net revenue in Q1 2024?',
  'Net income for the Three Months Ended March 31, 2024 vs the same quarter last year',
  'Revenue in 1Q24, 4Q23 and Q3 2023 (FY2023 too)',
  'Cash at Dec-23 and at the end of June, YTD through Sept 30',
  'Q2 2025/26 vs H1 FY27, Nine Months Ended Sept. 30, 2023',
  'Operating income in the December quarter; café sales in Q1',
];

describe('one scan for a text and its lowercase', () => {
  const seed = readFileSync('data/releases/qfin-2024q1.md', 'utf8').split('\n').filter((l) => /\d|quarter|year/i.test(l));
  const texts = [...QUESTIONS, ...seed];

  it('reads each form as a scanner that never saw the other does', () => {
    for (const text of texts) {
      const alone = scanner(PERIOD_RULES);
      const lowerFirst = scanner(PERIOD_RULES);
      const typedFirst = scanner(PERIOD_RULES);
      lowerFirst(text.toLowerCase(), RELEASE);
      const typed = typedFirst(text, RELEASE);
      expect(lowerFirst(text, RELEASE), text).toEqual(alone(text, RELEASE));
      expect(typedFirst(text.toLowerCase(), RELEASE), text).toEqual(scanner(PERIOD_RULES)(text.toLowerCase(), RELEASE));
      expect(typed).toEqual(alone(text, RELEASE));
    }
  });

  it('keeps each match as the text it reads prints it', () => {
    const scan = scanner(PERIOD_RULES);
    expect(scan('revenue in q1 2024', RELEASE).map((m) => m.ref.text)).toEqual(['q1 2024']);
    expect(scan('Revenue in Q1 2024', RELEASE).map((m) => m.ref.text)).toEqual(['Q1 2024']);
  });

  it('never shares when a rule minds case', () => {
    const upper: Rule = { name: 'upper Q only', pattern: /\bQ([1-4])\b/g, produce: (m) => ({ kind: 'period', period: quarter(2024, Number(m[1])), text: m[0] }) };
    const scan = scanner([upper]);
    expect(scan('q1', RELEASE)).toEqual([]);
    expect(scan('Q1', RELEASE).map((m) => m.ref.text)).toEqual(['Q1']);
  });
});
