// "How much of the buyback is left?" is answered by a sentence that states an amount left, or the plan's size
// and what was spent under it; never by a sentence that merely mentions the buyback (a capital ratio "after
// repurchases", net debt that "reflects the buyback"). With none, a decline that says what is missing.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const stated = inlineEngine([
  '# Harbourline Bancorp Reports Third Quarter 2025 Results',
  '',
  'Harbourline Bancorp today reported results for the third quarter ended September 30, 2025.',
  '',
  '- Net income of $48.2 million, compared with $41.0 million in the third quarter of 2024.',
  '- The Board has authorised a share repurchase program of $200 million; $85.0 million remains available under the program at September 30, 2025.',
  '- The common equity tier 1 ratio was 11.8% at quarter end, after share repurchases under the buyback program.',
]);

const unstated = inlineEngine([
  '# Corvane Industrie SE: results for the second quarter of 2025',
  '',
  'Corvane Industrie SE today published its results for the second quarter ended June 30, 2025.',
  '',
  '- Revenue rose 6.2% to €1,840 million.',
  '- The Group returned €140 million to shareholders through its share buyback in the quarter.',
  '- Net debt of €1.2 billion at June 30, 2025 reflects the buyback and the dividend paid in May.',
]);

// What is left is said in the sentence after the one naming the buyback, in its paragraph.
const following = inlineEngine([
  '# Ardent Reinsurance plc: results for the second quarter of 2025',
  '',
  'Ardent Reinsurance plc today published its results for the second quarter ended 30 June 2025.',
  '',
  '- Gross written premiums rose 7.3% to €2,410 million.',
  '- The Board launched a share buyback of up to €300 million in March 2025. As at 30 June 2025, €120 million had been executed, with the remaining €180 million to be executed in the second half.',
  '- The Board launched a share buyback in March 2025. Net debt was €640 million at 30 June 2025.',
]);

// The same, wrapped in a text release: the next sentence starts on the line the buyback's ends.
const wrapped = inlineEngine(
  [
    'KELSO MINERALS LIMITED - RESULTS FOR THE SECOND QUARTER OF 2025',
    '',
    'Kelso Minerals Limited today reported its results for the second quarter ended 30 June',
    '2025. Revenue was A$812 million, compared with A$760 million a year earlier.',
    '',
    'Kelso announced an on-market buyback of up to A$150 million in February 2025. By',
    '30 June 2025, A$95 million had been spent, leaving A$55 million available.',
  ],
  'kelso.txt',
);

describe('what is left of a buyback', () => {
  it("reads the sentence after the buyback's, in its paragraph, that says what is left", () => {
    const a = following.ask('how much of the buyback is still to go?', 'bb-carries-3');
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain('remaining €180 million');
    expect(a.text).not.toContain('640');
    const b = wrapped.ask('how much of the buyback remains?', 'bb-carries-4');
    expect(b.status, b.text).toBe('answer');
    expect(b.text).toContain('A$55');
  });


  it('quotes the sentence that states the amount left, and no sentence that only mentions the buyback', () => {
    const a = stated.ask('how much of the buyback remains?', 'bb-carries-1');
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain('$85.0 million remains available');
    expect(a.text).not.toContain('11.8%');
  });

  it('answers what was bought back with no rate of a sentence that merely mentions the buyback', () => {
    const a = stated.ask('how much has been bought back?', 'bb-carries-5');
    expect(a.text).not.toContain('11.8%');
  });

  it('declines where no sentence states what is left, quoting neither the amount spent nor net debt', () => {
    const a = unstated.ask('how much of the repurchase programme is left?', 'bb-carries-2');
    expect(a.status, a.text).toBe('unknown');
    expect(a.text).not.toMatch(/1\.2 billion|€140/);
  });
});
