// A reason is filed under the line its sentence names before the cue ("Profit after tax fell because of
// ..."), including a manager's quoted sentence with no figure of its own; cues in plain words ("because",
// "owing to", "thanks to") are reasons as "due to" is. Before, such a sentence was a statement (no figure in
// its paragraph) or the reason of the paragraph's first figure, and "why did X fall?" had no reason. Inline.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const RETAILER = [
  '# Example Stores plc Interim Results',
  '',
  '| £m | Six months ended 30 September 2026 | Six months ended 30 September 2025 |',
  '|---|---|---|',
  '| Revenue | 4,210.5 | 4,010.2 |',
  '| Adjusted profit before tax | 310.4 | 290.1 |',
  '| Finance costs | (60.3) | (41.0) |',
  '| Profit after tax | 200.1 | 205.3 |',
  '',
  'Revenue rose 5.0% to £4,210.5m. Profit after tax fell because of higher finance costs on new borrowings.',
];

const SOFTWARE = [
  '# Example Cloud Inc. Reports Second Quarter 2026 Results',
  '',
  'Example Cloud today announced results for its second quarter ended June 30, 2026.',
  '',
  '| $ in millions | Q2 2026 | Q2 2025 |',
  '|---|---|---|',
  '| Subscription revenue | 380.1 | 320.4 |',
  '| Services revenue | 32.2 | 35.0 |',
  '| Total revenue | 412.3 | 355.4 |',
  '',
  '"Subscription revenue grew owing to larger customers expanding their commitments," said Jane Roe, Chief Executive Officer.',
];

const why = (lines: string[], q: string) => inlineEngine(lines).ask(q, q);

describe('a reason named by its line before the cue', () => {
  it('is the reason of that line, not of the paragraph\'s first figure', () => {
    const a = why(RETAILER, 'why did profit after tax fall?');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('higher finance costs');
    expect(a.citations.map((c) => c.line)).toContain(10);
    expect(why(RETAILER, 'why did revenue rise?').text).not.toContain('finance costs');
  });
  it('in a quoted manager\'s sentence with no figure of its own', () => {
    const a = why(SOFTWARE, 'why did subscription revenue grow?');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('larger customers');
    expect(why(SOFTWARE, 'why did services revenue fall?').status).toBe('unknown');
  });
});
