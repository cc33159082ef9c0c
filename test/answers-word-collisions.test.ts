// A word of the question matched to a line whose label shares its stem or a substring but names another thing,
// or whose label puts a qualifier first that the question does not say: "sales" is no "Sales and marketing",
// "diluted shares" no diluted EPS, "borrowings" no count of borrowers, "minority interests" no interest income,
// "revenue" no International revenues; and a headcount in a paragraph that names 1984 is no 1984 figure.
// Synthetic releases.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const statement = (rows: string[], prose: string[] = []) => [
  '# Synthetic Quenby Systems Inc. Reports Third Quarter 2026 Results',
  '',
  'Synthetic Quenby Systems Inc. today reported results for the third quarter ended September 30, 2026.',
  '',
  ...prose,
  '',
  '## Condensed statements of operations',
  '',
  '(in millions of US dollars, except per share amounts and shares in millions)',
  '',
  '| | Q3 2026 | Q3 2025 |',
  '|---|---|---|',
  ...rows,
];

const OPERATIONS = [
  '| Net revenue | 412.8 | 380.1 |',
  '| Cost of revenue | 120.4 | 111.0 |',
  '| Sales and marketing | 48.9 | 45.2 |',
  '| General and administrative | 30.1 | 29.8 |',
  '| Total operating expenses | 199.4 | 186.0 |',
  '| Interest income, net | 3.1 | 2.7 |',
  '| Net income | 92.6 | 80.3 |',
  '| Earnings per share: | | |',
  '| Basic | 1.14 | 0.98 |',
  '| Diluted | 1.12 | 0.97 |',
  '| Shares used in computing earnings per share: | | |',
  '| Basic | 81.2 | 81.9 |',
  '| Diluted | 82.7 | 82.8 |',
];

describe('a word of the question is never another line that shares its stem', () => {
  it('"sales" and "cost of sales" are not Sales and marketing', () => {
    const e = inlineEngine(statement(OPERATIONS));
    for (const q of ['sales?', 'net sales last quarter?', 'cost of sales?', 'sales costs in Q3 2026?']) expect(e.ask(q, q).text).not.toContain('48.9');
    expect(e.ask('sales and marketing?', 'sm').text).toContain('48.9');
  });

  it('"diluted shares" is the share count, never diluted EPS', () => {
    const e = inlineEngine(statement(OPERATIONS));
    const shares = e.ask('diluted shares?', 's');
    expect(shares.status).toBe('answer');
    expect(shares.text).toContain('82.7');
    expect(shares.text).not.toContain('1.12');
    expect(e.ask('diluted EPS?', 'e').text).toContain('1.12');
  });

  it('"minority interests" never reach interest income', () => {
    const e = inlineEngine(statement(OPERATIONS));
    for (const q of ['net income attributable to minority interests?', 'non-controlling interests?', 'minority interest in net income Q3 2026']) {
      const a = e.ask(q, q);
      expect(a.status).not.toBe('answer');
      expect(a.text).not.toContain('3.1 ');
    }
    expect(e.ask('interest income?', 'i').text).toContain('$3.10 million');
  });
});

describe('a word of the question is never a count of people that shares its stem', () => {
  it('"borrowings" is no count of borrowers', () => {
    const e = inlineEngine(statement(OPERATIONS, [
      '· Active borrowers in the third quarter of 2026 numbered 2.85 million, a 73.7% increase from 1.64 million in the same period of 2025.',
      '',
      '· As of September 30, 2026, the cumulative number of active borrowers was 18.75 million, 30.2% more than the 14.4 million of the same period of 2025.',
    ]));
    for (const q of ['borrowings?', 'total borrowings at quarter end?']) {
      const a = e.ask(q, q);
      expect(a.status).toBe('unknown');
      expect(a.text).not.toContain('2.85');
    }
    expect(e.ask('active borrowers?', 'b').text).toContain('2.85 million');
  });
});

describe('a line whose label puts an unsaid qualifier first', () => {
  const prose = [
    '## Highlights',
    '',
    'International revenues for the first half of 2026 increased 21.9% year over year to RMB1,157.7 million, making up 18.3% of total net revenues.',
  ];
  it('is not what the words alone name: "revenue" is no International revenues', () => {
    const e = inlineEngine(statement(['| Net interest income | 1,280.0 | 1,190.0 |', '| Noninterest income | 310.0 | 290.0 |', '| Net income | 92.6 | 80.3 |'], prose));
    for (const q of ['revenue?', 'revenue first half?']) {
      const a = e.ask(q, q);
      expect(a.status).toBe('unknown');
      expect(a.text).not.toContain('1,157.7');
    }
    expect(e.ask('international revenues?', 'r').text).toContain('RMB1,157.7 million');
  });
});

describe('a "net" the question says', () => {
  it('is never dropped: "net margin" is no EBITDA margin', () => {
    const e = inlineEngine(statement(['| Net interest income | 1,280.0 | 1,190.0 |', '| EBITDA | 96.1 | 90.4 |', '| EBITDA margin (%) | 16.6 | 15.4 |', '| Segment EBIT margin (%) | 12.0 | 11.1 |']));
    for (const q of ['net margin?', 'net margin yoy?']) {
      const a = e.ask(q, q);
      expect(a.status).toBe('unknown');
      expect(a.text).not.toContain('16.6%');
    }
    expect(e.ask('EBITDA margin?', 'm').text).toContain('16.6%');
  });
});

describe('a narrative figure takes no period from a sentence that states no figure of it', () => {
  it('"more than 100,000 employees" after "the Macintosh in 1984" is no 1984 headcount', () => {
    const about = ['Quenby revolutionized payments with the introduction of its first terminal in 1984. Today, Quenby leads the world in checkout software. Quenby’s more than 100,000 employees are dedicated to making the best products.'];
    const e = inlineEngine(statement(OPERATIONS, about));
    for (const q of ['headcount?', 'employees?']) {
      const a = e.ask(q, q);
      expect(a.text).not.toMatch(/1984/);
      expect(a.status).not.toBe('answer');
    }
  });

  it('a span a sentence states a figure for still carries on to the next', () => {
    const fy = ['## Full year', '', 'Net revenue for fiscal year 2026 was $1,612.0 million. Net income was $351.2 million.'];
    const a = inlineEngine(statement(OPERATIONS, fy)).ask('net income fiscal year 2026?', 'n');
    expect(a.text).toContain('351.2');
  });
});
