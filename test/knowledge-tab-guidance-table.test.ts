// A tab-separated guidance table whose header row names its label column ("Metric<tab>Current<tab>Previous"),
// under a plain-text title line ("2026 GUIDANCE"). Its header row was read as a line, its rows of ranges
// ("1,520 – 1,580") as header rows each opening a table of its own, and the title was not the table's: the
// table was skipped and the guidance lost. Now the header heads the columns, a row of ranges is a row, and the
// current and previous columns are the release's guidance and the earlier guidance it revised. A line that
// states a unit of things ("(million tonnes)") is never read as an amount of the note's currency. Synthetic.
import { describe, expect, it } from 'vitest';
import { inlineEngine, inlineRelease } from './support/inline.js';

const release = (title: string, header: string, rows: string[]) => [
  'Synthetic Veredas Logistica S.A. announces its results for the third quarter of 2026 (3Q26).',
  'Financial information is presented in millions of Brazilian reais (R$ million), unless otherwise stated.',
  '',
  'Net revenue was R$ 1,204.3 million in 3Q26, up 8.1% from R$ 1,114.1 million in 3Q25.',
  '',
  title,
  '',
  header,
  ...rows,
  '',
  'Capex guidance was lowered because part of the terminal expansion was moved to 2027.',
];

describe('a tab-separated guidance table headed Metric / Current / Previous', () => {
  it.each([
    ['2026 GUIDANCE', 'Metric\tCurrent\tPrevious\tStatus', ['Volume (million tonnes)\t37.5 – 38.5\t37.5 – 38.5\tMaintained', 'Adjusted EBITDA (R$ million)\t1,520 – 1,580\t1,430 – 1,500\tRaised']],
    ['Outlook for 2026', 'Item\tCurrent\tPrior', ['Adjusted EBITDA (R$ million)\t1,520 to 1,580\t1,430 to 1,500']],
    ['2026 guidance', 'Guidance\tCurrent\tPrevious', ['Adjusted EBITDA (R$ million)\t1,520-1,580\t1,430-1,500']],
  ])('%s / %s: the current range is the guidance, the previous one the earlier', (title, header, rows) => {
    const lines = release(title, header, rows);
    expect(inlineRelease(lines, 'synthetic.txt').skipped).toEqual([]);
    const reply = inlineEngine(lines, 'synthetic.txt').ask('did they raise the adjusted EBITDA guidance for 2026?', 'g');
    expect(reply.text).toContain('between R$1,520 million and R$1,580 million');
    expect(reply.text).toContain('above the earlier forecast of R$1,430 million–R$1,500 million');
  });

  it('a row of a unit of things is not read as an amount in the release\'s currency', () => {
    const lines = release('2026 GUIDANCE', 'Metric\tCurrent\tPrevious', ['Volume (million tonnes)\t37.5 – 38.5\t37.0 – 38.0', 'Capex (R$ million)\t700 – 760\t780 – 850']);
    const r = inlineRelease(lines, 'synthetic.txt');
    expect(r.facts.filter((f) => f.citation.line === 9)).toEqual([]);
    expect(r.facts.filter((f) => f.citation.line === 10 && f.role === 'low').map((f) => f.value.toString())).toEqual(['700']);
  });
});
