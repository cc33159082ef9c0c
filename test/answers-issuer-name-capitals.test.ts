// The issuer's name printed only in capitals with a Nordic or European legal form ("FJELLSTAD ENERGI ASA",
// "KVARNHOLM BYGG AB (publ)", "ÅSTRÖM LOGÍSTICA S.A.") is its name: a question naming it is answered, another company's name still declines.
// A heading read as the name where none is printed, one that begins with a period ("SECOND QUARTER 2026: ..."), gives
// no word of a question's period to the company: "the second quarter" stays a quarter (hl54).
import { describe, expect, it } from 'vitest';
import { createEngine } from '../src/intents/engine.js';
import { buildRelease } from '../src/knowledge/build.js';
import { parseReleaseText } from '../src/knowledge/document.js';
import { KnowledgeBase } from '../src/knowledge/kb.js';

const doc = (head: string[]) => [
  ...head,
  'INTERIM REPORT JANUARY - JUNE 2026',
  'Gothenburg, 16 July 2026',
  '',
  'SECOND QUARTER 2026: ORDER INTAKE AT A RECORD LEVEL',
  '',
  'Second quarter 2026 in brief',
  '* Net sales increased 4.0% to SEK 3,120 million (SEK 3,000 million).',
  '* Operating profit was SEK 412 million (SEK 388 million).',
  '',
  'KEY FIGURES',
  'SEK million          Apr-Jun 2026  Apr-Jun 2025  Jan-Jun 2026  Jan-Jun 2025',
  'Net sales                   3,120         3,000         6,050         5,800',
  'Operating profit              412           388           790           741',
  '',
  'Kvarnholm handed over 41 housing projects in the quarter and is listed on Nasdaq Stockholm.',
];
const engine = (head: string[]) => createEngine(new KnowledgeBase([buildRelease(parseReleaseText('kvarnholm.txt', doc(head).join('\n')))]));
/** Each question answered with its figure. */
const answered = (e: ReturnType<typeof engine>, cases: [string, string][]) =>
  it.each(cases)('%s', (q, figure) => {
    const a = e.ask(q, q);
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain(figure);
  });

describe('a name in capitals with a Nordic legal form is the issuer', () => {
  const e = engine(['KVARNHOLM BYGG AB (publ)']);
  answered(e, [
    ["What were Kvarnholm's net sales in Q2 2026?", '3,120'],
    ['Kvarnholm Bygg operating profit Q2 2026', '412'],
  ]);
  it('another company named is still declined by name', () => {
    const a = e.ask("What were Skanska's net sales in Q2 2026?", 'other');
    expect(a.status).toBe('unknown');
    expect(a.text).toContain('Skanska');
    expect(a.text).not.toContain('3,120');
  });
});

describe('a name in capitals with letters beyond A-Z is read whole', () => {
  // (Cut at the accented letter, "ÅSTRÖM LOGÍSTICA S.A." was read as "Stica S.A.", and "Åström" declined as another company: hunt41 crd-01.)
  const e = engine(['ÅSTRÖM LOGÍSTICA S.A.']);
  answered(e, [
    ["What were Åström's net sales in Q2 2026?", '3,120'],
    ['Åström Logística operating profit Q2 2026', '412'],
  ]);
});

describe('a period-led heading read as the name leaves the question its period words', () => {
  const e = engine([]);
  answered(e, [
    ['Operating profit for the second quarter?', '412'],
    ['net sales in the second quarter', '3,120'],
  ]);
  it('a quarter the release does not give declines, naming it', () => {
    const a = e.ask('net sales in the first quarter?', 'q1');
    expect(a.status).toBe('unknown');
    expect(a.text).toContain('Q1 2026');
  });
});
