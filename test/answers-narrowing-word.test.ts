// A word of the question that narrows the line ("expansion" capex, patients "on" the drug, the buyback's "average price")
// had been dropped, or matched by another sentence of the same line, and a broader or neighbouring line was answered:
// the total capital expenditure for its expansion part, the trial's enrolment for the patients on therapy, the lumber
// price for the buyback's. Where no line holds the word, the bot declines naming it.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

const RELEASE = [
  '# Synthetic Ridgeback Therapeutics Reports First Half 2026 Results',
  '',
  'Synthetic Ridgeback Therapeutics today reported results for the six months ended June 30, 2026.',
  '',
  '## Capital',
  '',
  // (The sentence runs over two lines as printed: the part's own line holds no "expenditure".)
  'Total capital expenditure was $612.0 million (H1 2025: $540.0 million), comprising maintenance',
  'capital of $402.0 million and expansion capital of $210.0 million.',
  '',
  '| (in millions, except per share) | H1 2026 | H1 2025 |',
  '|---|---|---|',
  '| Net sales | 1,840.0 | 1,512.0 |',
  '| Preferred stock dividends | 36.0 | 36.0 |',
  '| Maintenance expense | 88.0 | 80.0 |',
  '',
  'The Board declared a quarterly common dividend of $0.52 per share, up from $0.47.',
];

// A count read in two places of a quarter's release: patients on the drug in the highlights, a trial's enrolment in the pipeline.
const PATIENTS = [
  'SYNTHETIC ORRIN NEPHROLOGY INC. REPORTS THIRD QUARTER 2026 RESULTS',
  '',
  'BOSTON, November 5, 2026 -- Synthetic Orrin Nephrology Inc., a commercial-stage',
  'biotechnology company, today reported financial results for the third quarter',
  'of 2026, the three months ended September 30, 2026. Amounts are in thousands',
  'of US dollars unless otherwise stated.',
  '',
  'THIRD QUARTER 2026 HIGHLIGHTS',
  '',
  '- Tovanza net product sales were $52.3 million, up 40% from $37.4 million in',
  '  the third quarter of 2025.',
  '- Approximately 3,120 patients were on Tovanza therapy at September 30,',
  '  2026, treated at 305 prescribing centers, compared with approximately',
  '  2,060 patients at 221 centers a year earlier.',
  '',
  'PIPELINE UPDATE',
  '',
  '- ORN-118 (Alport syndrome): Phase 3 ARC-3 study fully enrolled with 236',
  '  patients; topline data expected in 2027.',
];

let engine: Engine;
let n = 0;
beforeAll(() => {
  engine = inlineEngine(RELEASE);
});
const ask = (q: string) => engine.ask(q, `narrowing-${n++}`);

describe('a part of a total asked by its own word', () => {
  for (const q of ['expansion capex in H1?', 'what was expansion capex in the half']) {
    it(`"${q}": never the total capital expenditure, whose "capital" the part's name shares`, () => {
      const a = ask(q);
      expect(a.text).not.toContain('612.0');
      expect(a.status).toBe('unknown');
      expect(a.text).toContain('expansion capital');
    });
  }

  it('"maintenance capex": never the total whose sentence lists maintenance capital as a part', () => {
    const a = ask('maintenance capex in H1?');
    expect(a.text).not.toContain('612.0');
    expect(a.text).toMatch(/maintenance/);
  });

  it('the part named as the release prints it is answered, and the total asked is the total', () => {
    expect(ask('expansion capital in H1?').text).toContain('$210.0 million');
    expect(ask('total capex in H1?').text).toContain('$612.0 million');
  });
});

describe('a count narrowed by what it counts', () => {
  let orrin: Engine;
  beforeAll(() => {
    orrin = inlineEngine(PATIENTS, 'synthetic-orrin.txt');
  });
  for (const q of ['How many patients were on Tovanza at September 30 2026?', 'patients on Tovanza at quarter end?']) {
    it(`"${q}": never the trial's enrolment, another count of patients; declined naming the drug`, () => {
      const a = orrin.ask(q, `orrin-${n++}`);
      expect(a.text).not.toContain('236');
      if (a.status === 'answer') expect(a.text).toContain('3,120');
      else expect(a.text).toMatch(/tovanza/i);
    });
  }
});

const BUYBACK = [
  '# Synthetic Tamarack Mills Reports Third Quarter 2026 Results',
  '',
  'Synthetic Tamarack Mills today reported results for the third quarter ended September 30, 2026.',
  '',
  '- Panel shipments of 412 million square feet at an average realized price of $318 per thousand square feet.',
  '- Repurchased 1.1 million common shares for $68.2 million under the normal course issuer bid.',
  '',
  '| (in thousands) | Q3 2026 | Q3 2025 |',
  '|---|---|---|',
  '| Net sales | 812,400 | 760,100 |',
];

describe("a buyback's part asked in its thread", () => {
  let mills: Engine;
  beforeAll(() => {
    mills = inlineEngine(BUYBACK);
  });
  for (const q of ['avg price?', 'and the average price?', 'at what price?']) {
    it(`"${q}" after the shares bought back: the buyback's price, never the panels' average realized price`, () => {
      const thread = `mills-${n++}`;
      expect(mills.ask('How many shares did they buy back in Q3?', thread).text).toContain('1.1 million');
      const a = mills.ask(q, thread);
      expect(a.text).not.toMatch(/\$318|realized/);
      expect(a.status).toBe('answer');
      expect(a.text).toContain('$62.00');
    });
  }
});
