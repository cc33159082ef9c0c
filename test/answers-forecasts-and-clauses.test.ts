// A ministry's forecast of GDP under the outlook heading was said as "the company expects GDP growth" (MSIR); an
// aside's cost ("estimated to cost S$28.5 million") as the company's guidance; "EPS forecast" was answered with the
// dividend forecast's sentences (Kanazawa); a figure in a relative clause ("Core operating profit*, which excludes
// impairment losses of ¥1,204 million, ..., was ¥46,407 million") was taken for the subject's (prose/forecaster.ts,
// prose/outlook.ts, prose/subject.ts, handlers/words.ts).
import { describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import { inlineEngine } from './support/inline.js';

const ask = (doc: string, q: string) => sharedEngine(doc).ask(q, `fc-${q}`);
const MSIR = 'eval/hl26/docs/msir-2026h1.txt';
const KANAZAWA = 'eval/hl21/docs/kanazawa-fy2025-9m.txt';

describe("another party's forecast is never the company's guidance", () => {
  it.each(['full-year guidance', 'guidance', "what's the outlook?"])('MSIR: %s', (q) => {
    const a = ask(MSIR, q);
    expect(a.text).not.toMatch(/company expects|GDP/);
    expect(a.text).not.toContain('Estimated to cost');
  });

  it("the issuer's own outlook is quoted, the manager's leverage range first", () => {
    const a = ask(MSIR, 'guidance');
    expect(a.text).toContain('The Manager expects aggregate leverage to stay within a range of 37% to 40%');
  });

  it('an invented release: the issuer guides revenue, the central bank forecasts inflation', () => {
    const engine = inlineEngine([
      '# Synthetic Heron Retail Reports Third Quarter 2026 Results',
      '',
      'Synthetic Heron Retail today reported results for the third quarter ended September 30, 2026.',
      '',
      '| ($ in millions) | Q3 2026 | Q3 2025 |',
      '|---|---|---|',
      '| Revenue | 500.0 | 450.0 |',
      '',
      '## Outlook',
      '',
      'For the fourth quarter of 2026, the Company expects revenue of $510 million to $530 million.',
      'The Reserve Bank forecasts inflation of 2.5% to 3.0% for 2027.',
    ]);
    const a = engine.ask('guidance', 'g');
    expect(a.text).toContain('the company expects Revenue between $510 million and $530 million');
    expect(a.text).not.toMatch(/inflation/i);
  });
});

describe('a figure belongs to the noun of its own clause', () => {
  it('Kanazawa: core operating profit is the figure after its relative clause closes', () => {
    const a = ask(KANAZAWA, 'core operating profit');
    expect(a.text).toContain('¥46,407 million');
    expect(a.text).not.toContain('1,204');
    expect(a.citations?.[0]?.line).toBe(25);
  });
  it("Kanazawa: the clause's own figures are its nouns'", () => {
    expect(ask(KANAZAWA, 'impairment losses').text).toContain('Impairment losses were ¥1,204 million');
  });
  it('Kanazawa: an EPS forecast is an EPS figure or a decline, never the dividend forecast', () => {
    const a = ask(KANAZAWA, 'EPS forecast');
    expect(a.status).toBe('unknown');
    expect(a.text).not.toContain('dividend');
  });
});
