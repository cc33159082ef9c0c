// A part a guided line includes, named by its source ("Net sales of $2.46 billion to $2.49 billion, including
// approximately $38 million from the 53rd week"), is guidance of its own, named after its whole ("Net sales from the
// 53rd week"): it had been stored nowhere (hl28 hfo-09). A part named otherwise, or one excluded, names nothing certain
// and stays a statement. The releases are synthetic.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const release = (item: string) => [
  '# Synthetic Harrow Outfitters Reports Third Quarter Fiscal 2025 Results', '',
  'Synthetic Harrow Outfitters today reported results for the third quarter ended November 1, 2025.', '',
  '- Net sales were $612.5 million, up 4.3% from $587.3 million in the third quarter of 2024.', '',
  'Fiscal 2025 Outlook', '', 'Fiscal 2025 is a 53-week year ending January 31, 2026. The Company now expects:', `- ${item}`, '',
  '| $ thousands | Q3 2025 | Q3 2024 |', '|---|---|---|', '| Net sales | 612,480 | 587,315 |',
];

const STORED: [string, string, string][] = [
  ['Net sales of $2.46 billion to $2.49 billion, including approximately $38 million from the 53rd week;', 'guidance for net sales from the 53rd week?', '$38 million'],
  ['Revenue of $2.46 billion to $2.49 billion, including about $25 million from the Brightline acquisition.', 'guidance for revenue from the Brightline acquisition?', '$25 million'],
  ['Net sales of $2.46 billion to $2.49 billion, inclusive of roughly $40 million from the extra week;', 'guidance for net sales from the extra week?', '$40 million'],
];

const DECLINED: [string, string][] = [
  ['Net sales of $2.46 billion to $2.49 billion, excluding approximately $38 million from the 53rd week;', 'guidance for net sales from the 53rd week?'],
  ['Net sales of $2.46 billion to $2.49 billion, including approximately $38 million of currency benefit;', 'guidance for net sales of currency benefit?'],
  ['Net sales of $2.46 billion to $2.49 billion, including approximately $38 million from the 53rd week and openings;', 'guidance for net sales from the 53rd week?'],
];

let n = 0;
describe('a part a guided line includes, named by its source', () => {
  it.each(STORED)('%s', (item, q, amount) => {
    const a = inlineEngine(release(item), 'synthetic-harrow-fy25q3.md').ask(q, `part-${n++}`);
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain(amount);
    expect(a.citations[0]?.quote).toContain(amount.replace('$', ''));
  });
  it.each(DECLINED)('%s names nothing certain', (item, q) => {
    const a = inlineEngine(release(item), 'synthetic-harrow-fy25q3.md').ask(q, `part-${n++}`);
    expect(a.text).not.toContain('$38 million');
  });
});
