// A later release restating an earlier figure by a footnote mark on its prior-period cell ("5.8⁽¹⁾",
// "210.9¹"), guidance set against the actual at the precision the figures are printed in, and a buyback
// found by what the release says rather than by how its lines happen to be named. The two
// releases in test/fixtures/history-marks/ are synthetic (an invented company, marked so in line 1).
import { readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildEngine } from '../src/bot.js';
import type { Answer } from '../src/intents/answer.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import { parseCell } from '../src/knowledge/numbers.js';

const DIR = 'test/fixtures/history-marks';
let engine: ReturnType<typeof buildEngine>;
let companies: ReturnType<typeof loadKnowledge>['companies'];
beforeAll(() => {
  ({ companies } = loadKnowledge(readdirSync(DIR).map((f) => `${DIR}/${f}`), () => {}));
  engine = buildEngine(companies);
});
let n = 0;
const ask = (q: string) => engine.ask(q, `r${n++}`);
const documents = (a: Answer) => [...new Set(a.citations.map((c) => c.document.replace(`${DIR}/`, '')))].sort();

describe('a figure restated by a footnote mark on a later release\'s cell', () => {
  it.each([
    ['5.8⁽¹⁾', '5.8'],
    ['210.9¹', '210.9'],
    ['(10.8)²', '-10.8'],
    ['1,914', '1914'],
  ])('reads the cell %s as %s: the mark is no digit', (cell, value) => {
    expect(parseCell(cell)?.value.toString()).toBe(value);
  });

  it('answers the restated figure, says so, and cites both releases', () => {
    const a = ask('net income in Q3 2025');
    expect(a.text).toBe('Net income was $5.8 million in Q3 2025 (as restated in the Q4 2025 release; first reported as $6.1 million in the Q3 2025 release).');
    expect(documents(a)).toEqual(['cygnet-2025q3.md', 'cygnet-2025q4.md']);
  });

  it('answers how much a restatement changed a figure (restated less first reported), not a change between periods', () => {
    const a = ask('Q3 2025 net income now after the restatement, and by how much did it change');
    expect(a.text).toContain('Net income in Q3 2025 is $5.8 million as restated in the Q4 2025 release, against $6.1 million first reported in the Q3 2025 release: a decrease of $0.3 million (4.9%).');
    expect(documents(a)).toEqual(['cygnet-2025q3.md', 'cygnet-2025q4.md']);
  });

  it('says so where no release loaded restates the period asked, never answering another change', () => {
    const a = ask('how much did the restatement change net income in Q4 2025');
    expect(a.status).toBe('unknown');
    expect(a.text).toContain('No release loaded restates net income in Q4 2025 ($7.4 million in the Q4 2025 release)');
  });

  it('hears the leading words of a several-word name as the company ("Cygnet Bay" for Cygnet Bay Freight)', () => {
    const a = ask('Cygnet Bay net income in Q3 2025 as first reported');
    expect(a.text).toBe('Net income was $6.1 million in Q3 2025 (as first reported in the Q3 2025 release; restated to $5.8 million in the Q4 2025 release).');
  });

  it('uses the restated figure in a series, with the note and both releases cited', () => {
    const a = ask('net income each quarter');
    expect(a.text).toContain('Q3 2025 $5.8 million (as restated in the Q4 2025 release; first reported as $6.1 million in the Q3 2025 release); Q4 2025 $7.4 million');
    expect(documents(a)).toEqual(['cygnet-2025q3.md', 'cygnet-2025q4.md']);
  });

  it('reads a label\'s parenthesised superscript mark as no part of its name', () => {
    const q4 = companies[0]!.kb.facts.filter((f) => f.citation.document.endsWith('cygnet-2025q4.md') && f.source === 'table' && /net income/i.test(f.label));
    expect(q4.map((f) => f.label)).toEqual(['Net income', 'Net income', 'Net income']);
  });
});

describe('a line renamed between releases', () => {
  it('is one line when the figures both releases print for a quarter agree, and the answer says it was linked', () => {
    const kb = companies[0]!.kb;
    expect([...kb.metrics.keys()].filter((id) => /revenue/.test(id) && !/cost/.test(id))).toEqual(['net_revenue']);
    const a = ask('net revenue each quarter');
    expect(a.text).toContain('Q3 2024 $79.2 million (the Q3 2025 release\'s “Total revenues”, linked to “Net revenue” by the figures both releases print); Q4 2024 $86.0 million; Q3 2025 $89.0 million; Q4 2025 $98.7 million.');
    expect(documents(a)).toEqual(['cygnet-2025q3.md', 'cygnet-2025q4.md']);
  });

  it('keeps lines apart when a shared quarter\'s figures differ (cost of revenues is no revenue line)', () => {
    expect(companies[0]!.kb.metrics.has('cost_of_revenues')).toBe(true);
    expect(ask('cost of revenues in Q3 2024').text).toBe('Cost of revenues was $47.1 million in Q3 2024.');
  });
});

describe('guidance against the actual, to the precision printed', () => {
  it('never rounds a gap to zero, and gives the midpoint of a range to every digit it has', () => {
    const a = ask('Q4 2025 adjusted EBITDA vs guidance');
    expect(a.text).toContain('between $11 million and $12 million; the Q4 2025 release reports $12.3 million, so the company beat it, $0.3 million above the top of the range: $0.8 million (7.0%) above the midpoint of $11.5 million.');
    expect(a.text).not.toMatch(/\$0(?:\.0+)? /);
    expect(documents(a)).toEqual(['cygnet-2025q3.md', 'cygnet-2025q4.md']);
  });

  it('sets guidance that names a line loosely ("revenue") against the line the release reports ("Net revenue"), asked either way', () => {
    for (const q of ['Q4 2025 revenue vs guidance', 'Q4 2025 net revenue vs guidance']) {
      const a = ask(q);
      expect(a.text).toContain('guided net revenue for Q4 2025 between $95 million and $99 million; the Q4 2025 release reports $98.7 million, so the company came in within it: $1.7 million (1.8%) above the midpoint of $97 million.');
      expect(documents(a)).toEqual(['cygnet-2025q3.md', 'cygnet-2025q4.md']);
    }
  });
});

describe('buybacks found by what the release says', () => {
  it('answers what is left under the plan with the amount the release says remains, never the plan\'s size', () => {
    const a = ask('how much is left on the buyback?');
    expect(a.text).toMatch(/^\$20\.4 million remained under the repurchase plan in Q4 2025: “Cygnet repurchased 310,000 shares/);
    expect(a.text).not.toMatch(/\$25\.0 million remained/);
    expect(a.citations.map((c) => c.line)).toEqual([10]);
  });

  it('gives the shares bought back and what they cost, leaving out a line of no buyback', () => {
    const a = ask('how many shares did they buy back and for how much');
    expect(a.text).toContain('310,000 shares');
    expect(a.text).toContain('$4.6 million');
    expect(a.text).not.toContain('98.7');
  });
});
