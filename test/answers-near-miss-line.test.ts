// A line the release does not have, asked by a word that names another thing, is declined naming it: never answered
// with a broader or neighbouring line (hunt35). "Product sales" of a release with only collaboration and licence
// revenue had been total revenue ("product" spell-corrected to the cue word "project"); "net revenue retention for the
// Nordics" the group's NRR beside the region's ARR; "dividend per ordinary share" a dividend declared per ADS, said "per
// share"; "Mount Tellis copper produced" the gold produced at Mount Tellis (its "copper" only in the other mine's name).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

const TITLE = (name: string) => [`# ${name} Reports Second Quarter 2026 Results`, '', `${name} today reported results for the second quarter ended June 30, 2026.`, ''];
let biotech: Engine;
let software: Engine;
let adsIssuer: Engine;
let miner: Engine;
beforeAll(() => {
  biotech = inlineEngine([...TITLE('Corvane Bio'), '(in thousands of US dollars)', '', '| | Q2 2026 | Q2 2025 |', '|---|---|---|', '| Collaboration revenue | 18,420 | 9,115 |', '| License revenue | — | 25,000 |', '| Total revenue | 18,420 | 34,115 |', '| Net loss | (53,512) | (21,004) |', ''], 'corvane-2026q2.md');
  software = inlineEngine([...TITLE('Skarvik'), '## Key performance indicators', '', '| | 30 Jun 2026 | 30 Jun 2025 |', '|---|---:|---:|', '| Net revenue retention (NRR) | 108% | 106% |', '| Gross revenue churn | 4.9% | 5.6% |', '', '## ARR by region', '', '| SEK m | 30 Jun 2026 | 30 Jun 2025 |', '|---|---:|---:|', '| Nordics | 1,241.3 | 1,082.4 |', '| DACH | 563.8 | 445.1 |', '| Total ARR | 1,805.1 | 1,527.5 |', ''], 'skarvik-2026q2.md');
  adsIssuer = inlineEngine([...TITLE('Qinghe Fintech'), '(in RMB millions)', '', '| | Q2 2026 | Q2 2025 |', '|---|---|---|', '| Net income | 913.6 | 796.1 |', '', 'The Board approved a semi-annual cash dividend of US$0.28 per ADS for the first half of 2026.', ''], 'qinghe-2026q2.md');
  miner = inlineEngine([...TITLE('Tarrant Resources'), '## Kurrajong copper-gold operation', '', '| | Units | Q2 2026 | Q1 2026 |', '|---|---|---:|---:|', '| Copper recovery | % | 88.2 | 88.4 |', '| Gold recovery | % | 78.0 | 77.6 |', '| Gold produced | koz | 41.2 | 43.5 |', '', '## Mount Tellis gold operation', '', '| | Units | Q2 2026 | Q1 2026 |', '|---|---|---:|---:|', '| Gold recovery | % | 91.2 | 92.1 |', '| Gold produced | koz | 57.5 | 60.7 |', ''], 'tarrant-2026q2.md');
});
let n = 0;
const ask = (e: Engine, q: string) => e.ask(q, `near-miss-${n++}`);

describe('a word naming another thing is never dropped for a broader or neighbouring line', () => {
  it('"product sales" of a release without product revenue declines, naming "product"; its misspelt words are still read', () => {
    for (const q of ['what were product sales this quarter?', 'net product revenue', 'revenue from product sales', 'grant revenue q2', 'net device revenue']) {
      const a = ask(biotech, q);
      expect(a.status, q).toBe('unknown');
      expect(a.text, q).not.toContain('18.4');
    }
    expect(ask(biotech, 'net product revenue').text).toContain('product');
    for (const q of ['total revenue', 'collaboraton revenue this quartr', 'net loss']) expect(ask(biotech, q).status, q).toBe('answer');
  });

  it('a line given for the group only, asked of a region, declines; a list of both answers both', () => {
    for (const q of ['net revenue retention for the Nordics?', 'NRR in DACH', 'gross revenue churn for the Nordics']) {
      const a = ask(software, q);
      expect(a.status, q).toBe('unknown');
      expect(a.text, q).not.toMatch(/108%|1,241\.3|4\.9%/);
    }
    const both = ask(software, 'NRR and Nordics ARR');
    expect(both.text).toContain('108%');
    expect(both.text).toContain('1,241.3');
    expect(ask(software, 'ARR for the Nordics').text).toContain('1,241.3');
  });

  it('a dividend declared per ADS is never given per share, and is said per ADS', () => {
    for (const q of ['dividend per ordinary share?', 'dividend per share?', 'DPS', 'cash dividend per common share']) {
      const a = ask(adsIssuer, q);
      expect(a.status, q).toBe('unknown');
      expect(a.text, q).toContain('per ADS');
    }
    const topic = ask(adsIssuer, 'what about the dividend?');
    expect(topic.status).toBe('answer');
    expect(topic.text).toContain('US$0.28 per ADS');
    expect(topic.text).not.toContain('per share');
  });

  it("a mine's line asked of the other mine, or by a metal its row is not about, declines; a mine's own line answers", () => {
    for (const q of ['Mount Tellis copper recovery', 'Mount Tellis copper produced']) {
      const a = ask(miner, q);
      expect(a.status, q).toBe('unknown');
      expect(a.text, q).not.toMatch(/91\.2|57\.5/);
    }
    expect(ask(miner, 'Kurrajong copper recovery Q1 2026').text).toContain('88.4%');
    expect(ask(miner, 'Mount Tellis gold produced').text).toContain('57.5');
    expect(ask(miner, 'Kurrajong gold recovery').text).toContain('78.0%');
  });
});
