// A fiscal name asked ("H1 FY2027", "9M fiscal 2027", "FY27") of a release whose own span runs from a year start
// other than January (a half to 31 December) and which dates no fiscal name declines naming the words: read on the
// calendar it would be the six months to June, a wrong figure wherever such a column exists. A December year's
// release reads the same words on its calendar, as before (hl54).
import { describe, expect, it } from 'vitest';
import { createEngine } from '../src/intents/engine.js';
import { buildRelease } from '../src/knowledge/build.js';
import { parseReleaseText } from '../src/knowledge/document.js';
import { KnowledgeBase } from '../src/knowledge/kb.js';

const release = (ends: [string, string], rows: string[]) =>
  [
    `Ashgrove Pastoral Limited: results for the half year ended ${ends[0]}`,
    '',
    'Key figures',
    '(A$ million)',
    `\tHalf year ended ${ends[0]}\tHalf year ended ${ends[1]}`,
    ...rows,
  ].join('\n');
const engine = (text: string) => createEngine(new KnowledgeBase([buildRelease(parseReleaseText('ashgrove.txt', text))]));

describe("a half to December of a release dating no fiscal name: a fiscal name asked is not read on the calendar", () => {
  const e = engine(release(['31 December 2026', '31 December 2025'], ['Revenue\t845.2\t801.7', 'EBITDA\t120.4\t111.9']));
  it.each([['Revenue for H1 FY2027?', 'h1 fy2027'], ['EBITDA in 1H FY27', '1h fy27'], ['revenue FY2027', 'fy2027']])('%s declines naming "%s"', (q, words) => {
    const a = e.ask(q, q);
    expect(a.status).toBe('unknown');
    expect(a.text.toLowerCase()).toContain(`"${words}"`);
    expect(a.text).not.toMatch(/845\.2|801\.7|120\.4|111\.9/);
  });
  it('the half asked in calendar words is answered', () => {
    const a = e.ask('revenue for the half year ended 31 December 2026', 'h');
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain('845.2');
  });
});

describe("a December year's half: its fiscal name is its calendar one", () => {
  const e = engine(release(['30 June 2026', '30 June 2025'], ['Revenue\t845.2\t801.7']));
  it('H1 FY2026 is the six months to June 2026', () => {
    const a = e.ask('Revenue for H1 FY2026?', 'd');
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain('845.2');
  });
});
