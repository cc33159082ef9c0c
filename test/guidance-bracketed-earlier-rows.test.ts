// An outlook set as rows, each a line's range with the range it replaced in brackets ("Revenue   EUR 5.600 - 5.800
// million   (EUR 5.400 - 5.700 million)", hl52 h52-086/089): rows with a currency code or a bound ran into one
// paragraph or became headings, the bracketed range was read as a second range of the line, "Order intake" was taken
// for a planned act, and a decimal-comma release's earlier range was never paired with its current one. Each row is
// now a statement of its own, a range alone in brackets beside another is the earlier outlook where the release says
// so (else no guidance), and quotes are read in the release's number style. Synthetic releases.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const release = (note: string, decimal: 'comma' | 'point') => {
  const n = (comma: string, point: string) => (decimal === 'comma' ? comma : point);
  return [
    'HALDEN WERKE AG',
    'Quarterly Statement January to September 2026',
    '',
    `Halden Werke AG reported sales of EUR ${n('912,4', '912.4')} million for the third quarter ended 30 September 2026, up ${n('4,1', '4.1')}%`,
    `from EUR ${n('876,5', '876.5')} million, and an EBIT margin of ${n('8,2', '8.2')}% (Q3 2025: ${n('7,9', '7.9')}%).`,
    '',
    'OUTLOOK 2026',
    '',
    `The Executive Board raises its sales forecast for fiscal year 2026 and confirms the other targets${note}:`,
    '',
    `  Order intake              EUR ${n('3.900 - 4.100', '3,900 - 4,100')} million   (EUR ${n('3.700 - 4.000', '3,700 - 4,000')} million)`,
    `  Sales                     EUR ${n('3.600 - 3.700', '3,600 - 3,700')} million   (EUR ${n('3.450 - 3.600', '3,450 - 3,600')} million)`,
    `  Book-to-bill ratio        above ${n('1,0', '1.0')}                 (confirmed)`,
    `  EBIT margin               ${n('8,0', '8.0')}% - ${n('9,0', '9.0')}%                (confirmed)`,
    '  Free cash flow            EUR 150 - 180 million     (confirmed)',
  ];
};

describe.each([
  ['decimal comma', 'comma' as const],
  ['decimal point', 'point' as const],
])('outlook rows with the earlier range in brackets (%s)', (_name, decimal) => {
  const noted = release(' (previous forecast in brackets)', decimal);

  it('each row guides its own line, the current range only', () => {
    const e = inlineEngine(noted, 'synthetic.txt');
    const sales = e.ask('sales guidance for 2026', 's');
    expect(sales.status).toBe('answer');
    expect(sales.text).toMatch(/EUR 3,600 million and EUR 3,700 million/);
    expect(sales.text).not.toMatch(/between EUR 3,450/);
    expect(e.ask('FY26 free cash flow guide', 'f').text).toMatch(/EUR 150 million and EUR 180 million/);
    expect(e.ask('order intake outlook 2026', 'o').text).toMatch(/EUR 3,900 million and EUR 4,100 million/);
  });

  it('the bracketed range is the earlier outlook, cited on its row', () => {
    const e = inlineEngine(noted, 'synthetic.txt');
    e.ask('sales guidance for 2026', 't');
    const before = e.ask('and the previous forecast?', 't');
    expect(before.status).toBe('answer');
    expect(before.text).toMatch(/3[.,]450/);
    expect(before.citations.map((c) => c.line)).toContain(12);
  });

  it('unsaid what the brackets hold, the bracketed range is neither guidance nor the earlier outlook', () => {
    const e = inlineEngine(release('', decimal), 'synthetic.txt');
    expect(e.ask('sales guidance for 2026', 'u').text).not.toMatch(/3,450/);
    expect(e.ask('previously?', 'u').text).not.toMatch(/3[.,]450/);
  });
});

describe('guidance asked by a name two of the whole\'s lines bear', () => {
  const lines = [
    '# Synthetic Torvik ASA: Second Quarter 2026',
    '',
    '## Key figures',
    '',
    '| EUR million | Q2 2026 | Q2 2025 |',
    '|---|---:|---:|',
    '| Revenue | 1,437.2 | 1,352.6 |',
    '| EBITA | 155.3 | 135.2 |',
    '',
    '## Income statement',
    '',
    '| EUR million | H1 2026 | H1 2025 |',
    '|---|---:|---:|',
    '| Revenue | 2,790.3 | 2,655.4 |',
    '| Net income | 101.2 | 95.0 |',
    '',
    '## Outlook',
    '',
    'For 2026 the company expects revenue of EUR 5,600 million to EUR 5,800 million.',
  ];
  it('is the guided line\'s range, never a question of which line', () => {
    const a = inlineEngine(lines).ask('FY26 revenue guide', 'r');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('EUR 5,600 million');
  });
});
