// The toolkit every handler builds its answer with (intents/reply.ts), fed a synthetic release: what a
// person reads of it — the lines in order, the "How:" line of every derivation, the answer's period, each
// cited line once and in the release's order (a table row cited for two periods shows both cells), the
// decline's reason — and the words it puts around a label ("was"/"were", capitals, lists of periods).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Citation } from '../src/intents/answer.js';
import { addCitation, available, clarify, inline, linesOf, listed, Reply, title, unknown, verb } from '../src/intents/reply.js';
import type { Fact } from '../src/knowledge/fact.js';
import { KnowledgeBase } from '../src/knowledge/kb.js';
import { periodLabel } from '../src/knowledge/period.js';
import { inlineRelease } from './support/inline.js';

const RELEASE = [
  '# Synthetic Widgets Reports Second Quarter 2026 Results',
  '',
  'Synthetic Widgets today reported results for the second quarter ended June 30, 2026.',
  '',
  '| (RMB in millions) | Q2 2025 | Q1 2026 | Q2 2026 |',
  '|---|---|---|---|',
  '| Total revenues | 100.0 | 110.0 | 120.0 |',
  '| Cost of revenues | (60.0) | (70.0) | (80.0) |',
  '| Net income | 10.0 | 12.0 | 15.0 |',
  '',
  'Total revenues increased primarily due to higher unit volumes across every region and a',
  'firmer price for the flagship widget range.',
];

let kb: KnowledgeBase;
beforeAll(() => {
  kb = new KnowledgeBase([inlineRelease(RELEASE, 'widgets.md')]);
});

/** The fact of a table line (7: revenues, 9: net income) for a period as an answer names it. */
const at = (line: number, period: string): Fact => {
  const f = kb.facts.find((x) => x.citation.line === line && x.role === 'value' && periodLabel(x.period) === period);
  if (!f) throw new Error(`no fact on line ${line} for ${period}`);
  return f;
};

describe('an answer built with Reply', () => {
  it('says its lines in order, then each formula on one "How:" line', () => {
    const a = new Reply(kb).say('Total revenues were RMB120.0 million in Q2 2026.').say('Second line.')
      .derive('Change', '20.0%', '(120.0 − 100.0) ÷ 100.0 × 100').derive('Margin', '12.5%', '15.0 ÷ 120.0 × 100').answer();
    expect(a.status).toBe('answer');
    expect(a.text).toBe('Total revenues were RMB120.0 million in Q2 2026.\nSecond line.\nHow: Change = (120.0 − 100.0) ÷ 100.0 × 100; Margin = 15.0 ÷ 120.0 × 100.');
    expect(a.derivations).toEqual([
      { label: 'Change', value: '20.0%', formula: '(120.0 − 100.0) ÷ 100.0 × 100' },
      { label: 'Margin', value: '12.5%', formula: '15.0 ÷ 120.0 × 100' },
    ]);
    expect(a.choices).toEqual([]);
  });

  it('has no "How:" line, no note and no period where nothing asks for them', () => {
    const a = new Reply(kb).say('Only this.').cite(at(7, 'Q2 2026')).answer();
    expect(a.text).toBe('Only this.');
    expect(a).not.toHaveProperty('period');
  });

  it('is about the first period it is told of', () => {
    expect(new Reply(kb).about(at(7, 'Q2 2026').period).about(at(7, 'Q2 2025').period).answer().period).toBe('Q2 2026');
  });

  it('cites each line once, in the order of the release, whatever order the figures were used in', () => {
    const a = new Reply(kb).cite(at(9, 'Q2 2026'), at(7, 'Q2 2026')).answer();
    expect(a.citations.map((c) => c.line)).toEqual([7, 9]);
  });

  it('keeps both cells of a row cited for two periods, and a cell cited twice once', () => {
    const a = new Reply(kb).cite(at(7, 'Q2 2026'), at(7, 'Q2 2025'), at(7, 'Q2 2026')).answer();
    expect(a.citations).toHaveLength(1);
    expect(a.citations[0]!.row).toBe('Total revenues');
    expect(a.citations[0]!.cells).toEqual([
      { period: 'Q2 2026', unit: 'RMB millions', printed: '120.0' },
      { period: 'Q2 2025', unit: 'RMB millions', printed: '100.0' },
    ]);
  });

  it('cites a sentence by every line it runs onto, and names them', () => {
    const reason = kb.texts.find((t) => t.text.includes('firmer price'))!;
    const a = new Reply(kb).cite(reason).answer();
    expect(a.citations.map((c) => c.line)).toEqual([11, 12]);
    expect(linesOf(reason)).toBe('lines 11–12');
    expect(linesOf({ ...reason, continued: undefined })).toBe('line 11');
  });
});

describe('citations added once', () => {
  const cite = (row: string | undefined, quote = 'Total revenues 100.0 110.0 120.0'): Citation => ({ document: 'widgets.md', line: 7, quote, ...(row ? { row } : {}) });

  it('keeps two rows named on one line apart, and two quotes of one line', () => {
    const into = new Map<string, Citation>();
    for (const c of [cite('Total revenues'), cite('Revenues, total'), cite(undefined), cite(undefined, 'another sentence of line 7'), cite('Total revenues')]) addCitation(into, c);
    expect([...into.values()]).toEqual([cite('Total revenues'), cite('Revenues, total'), cite(undefined), cite(undefined, 'another sentence of line 7')]);
  });
});

describe('declines and questions back', () => {
  it('a decline is for want of the figure unless it says otherwise', () => {
    expect(unknown('No such figure.')).toEqual({ status: 'unknown', reason: 'not-in-release', text: 'No such figure.', citations: [], derivations: [], choices: [] });
    expect(unknown('What?', 'not-understood').reason).toBe('not-understood');
  });

  it('a question back is ambiguous, with its choices', () => {
    const choices = [{ label: 'Q2 2026', question: 'revenues Q2 2026' }];
    expect(clarify('Which quarter?', choices)).toEqual({ status: 'clarify', reason: 'ambiguous', text: 'Which quarter?', citations: [], derivations: [], choices });
  });
});

describe('the words around a label', () => {
  it.each([
    ['Funding costs', 'were'],
    ['Income from operations', 'was'],
    ['Cost of revenues', 'was'],
    ['Proceeds from  loans', 'were'],
    ['Revenues attributable to members', 'were'],
    ['Total revenues', 'were'],
    ['Total net revenue', 'was'],
    ['Net loss', 'was'],
    ['Net losses', 'were'],
    ['Gross profit', 'was'],
    ['Business', 'was'],
    ['Economics', 'was'],
    ['Bonus', 'was'],
    ['TOTAL OPERATING EXPENSES', 'were'],
    ['Loan facilitation and servicing fees (capital heavy)', 'were'],
    ['Fees, write-downs', 'were'],
    ['Other gains,losses', 'were'],
    ['Credit-related costs', 'were'],
  ])('%s %s', (label, expected) => {
    expect(verb(label)).toBe(expected);
  });

  it('starts a sentence with a capital, lowering a label printed in capitals but not an acronym', () => {
    expect(title('total net revenue')).toBe('Total net revenue');
    expect(title('TOTAL NET REVENUE')).toBe('Total net revenue');
    expect(title('EBITDA')).toBe('EBITDA');
    expect(title('Non-GAAP EBITDA')).toBe('Non-GAAP EBITDA');
    expect(title('GAAP net income')).toBe('GAAP net income');
  });

  it('keeps a name printed in mixed case as printed, at the start of a sentence too', () => {
    expect(title('iPhone')).toBe('iPhone');
    expect(title('eBay revenue')).toBe('eBay revenue');
    expect(inline('iPad')).toBe('iPad');
  });

  it('lowers a label inside a sentence, unless it starts with an abbreviation', () => {
    expect(inline('Total net revenue')).toBe('total net revenue');
    expect(inline('TOTAL NET REVENUE')).toBe('total net revenue');
    expect(inline('GAAP operating margin')).toBe('GAAP operating margin');
    expect(inline('A-share count')).toBe('A-share count');
    expect(inline('Non-GAAP net income')).toBe('non-GAAP net income');
  });

  it('lists periods as a person would', () => {
    const [q225, q126, q226] = ['Q2 2025', 'Q1 2026', 'Q2 2026'].map((p) => at(7, p).period);
    expect(listed([])).toBe('');
    expect(listed([q226!])).toBe('Q2 2026');
    expect(listed([q226!, q225!])).toBe('Q2 2026 and Q2 2025');
    expect(listed([q226!, q126!, q225!])).toBe('Q2 2026, Q1 2026 and Q2 2025');
    expect(available(kb, at(7, 'Q2 2026').metric)).toBe('Q2 2026, Q1 2026 and Q2 2025');
  });
});
