// A number followed by a unit of measure sizes the things named after it ("three additional 15,000 TEU vessels",
// "two new 500 MW plants"): it is no count of them. hl32 hanbit-3q26 stored guidance "Take delivery of three
// additional" = 15,000 vessels for 1H 2027, a size read as a count under a name cut before its noun. The release is synthetic.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const OUTLOOK = [
  'The company plans to take delivery of three additional 15,000 TEU vessels in 1H 2027.',
  'The company will take delivery of two further 9,200 TEU vessels in 2H 2027.',
  'It expects to open four 120,000 sq ft stores in 2027.',
  'It plans to build two 1.2 million square feet warehouses in 2027.',
  'The company expects to acquire several 80,000 dwt vessels in 2027.',
  'It expects to add 3 more 40-tonne trucks in 2027.',
];

const release = (outlook: string) => [
  '# Synthetic Brindle Shipping Reports Third Quarter 2026 Results', '',
  'Synthetic Brindle Shipping today reported results for the third quarter ended September 30, 2026.', '',
  '- Revenue was $1,234.0 million, up 8.0% from $1,142.6 million in the third quarter of 2025.', '',
  '## Outlook', '', outlook, '',
  '| $ millions | Q3 2026 | Q3 2025 |', '|---|---|---|', '| Revenue | 1,234.0 | 1,142.6 |',
];

let n = 0;
describe('a size in a unit of measure is no count of the things it sizes', () => {
  it.each(OUTLOOK)('%s', (outlook) => {
    const engine = inlineEngine(release(outlook), 'synthetic-brindle-2026q3.md');
    const a = engine.ask('guidance?', `size-${n++}`);
    // Never a size as a count of the things ("15,000 vessels"). With no guided range read, the outlook's sentence may
    // be quoted whole (outlook-said.ts), its sizes as printed; otherwise no size and no name cut before its noun.
    expect(a.text).not.toMatch(/\b(?:15,000|9,200|120,000|1\.2 million|80,000|40) (?:vessels|stores|warehouses|trucks)\b/);
    if (a.text.includes(`“${outlook}”`)) return;
    expect(a.text).not.toMatch(/15,000|9,200|120,000|1\.2 million|80,000|\b40\b/);
    expect(a.text).not.toMatch(/additional|further|several|\bmore\b/i);
  });
});
