// A change asked on a basis, "at CER", "at constant exchange rates", "fx-neutral", "in local currency", is answered
// only on that basis, else declined naming it: the reported (CHF) change is another figure (hunt36 hel-08, hel-16:
// "Diagnostics sales growth at CER" gave the 2.1% in Swiss francs for the 4.0% at CER). A table's "% change CER"
// column beside its "% change CHF" is no second change of the printed figures, and a phrase the prose reader cut
// from inside an aside, "CER), led by ... whose sales", names no line. Synthetic release.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const release = [
  '# Synthetic Lindqvist Pharma AG: half-year report 2026',
  '',
  'Lindqvist Pharma AG today reported results for the six months ended 30 June 2026.',
  '',
  'Pharma sales grew 7.3% to CHF 5,806 million (+9.6% at CER), led by the medicine Velumab, whose sales reached CHF 1,184 million (H1 2025: CHF 905 million).',
  '',
  '| CHF millions | H1 2026 | H1 2025 | % change CHF | % change CER |',
  '|---|---|---|---|---|',
  '| Pharma sales | 5,806 | 5,412 | 7.3 | 9.6 |',
  '| Devices sales | 1,606 | 1,573 | 2.1 | 4.0 |',
  '| Group sales | 7,412 | 6,985 | 6.1 | 8.4 |',
];

describe('a change asked at constant exchange rates', () => {
  const e = inlineEngine(release, 'lindqvist-h1-2026.md');
  let n = 0;
  const ask = (q: string) => e.ask(q, `cer-${n++}`);

  it('declines it, naming the basis, where no line goes by it: never the reported change nor another line', () => {
    for (const q of ['Devices sales growth at CER', 'group sales growth at CER, to one decimal', 'Pharma sales growth at constant exchange rates', 'group sales growth fx-neutral', 'devices sales growth in local currency', 'group sales growth at constant FX']) {
      const a = ask(q);
      expect(a.status, q).toBe('unknown');
      expect(a.text, q).not.toMatch(/2\.1%|6\.1%|7\.3%|30\.8%|1,184/);
    }
    expect(ask('Devices sales growth at CER').text).toMatch(/doesn't give "cer devices sales"/);
  });

  it('answers the reported change asked plainly, never the CER column', () => {
    const a = ask('Devices sales growth H1 2026');
    expect(a.text).toContain('2.1%');
    expect(a.text).not.toContain('4.0%');
    expect(ask('group sales growth in CHF').text).toContain('6.1%');
  });
});
