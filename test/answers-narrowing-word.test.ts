// A word of the question that narrows the line ("expansion" capex, patients "on" the drug, the "quarterly" dividend
// per share) had been dropped, or matched by another sentence of the same line, and a broader or neighbouring line was
// answered: the total capital expenditure for its expansion part, the trial's enrolment for the patients on therapy,
// the preferred dividends' total for the common dividend. Where no line holds the word, the bot declines naming it.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

const RELEASE = [
  '# Synthetic Ridgeback Therapeutics Reports First Half 2026 Results',
  '',
  'Synthetic Ridgeback Therapeutics today reported results for the six months ended June 30, 2026.',
  '',
  '## Highlights',
  '',
  '- Approximately 2,310 patients were on Corvexa therapy at June 30, 2026, compared with approximately 1,480 patients a year earlier.',
  '',
  '## Pipeline',
  '',
  '- RX-17: Phase 3 trial fully enrolled with 288 patients; data expected in 2027.',
  '',
  '## Capital',
  '',
  'Total capital expenditure was $612.0 million (H1 2025: $540.0 million), comprising stay-in-business capital of $402.0 million and expansion capital of $210.0 million.',
  '',
  '| (in millions, except per share) | H1 2026 | H1 2025 |',
  '|---|---|---|',
  '| Net sales | 1,840.0 | 1,512.0 |',
  '| Preferred stock dividends | 36.0 | 36.0 |',
  '',
  'The Board declared a quarterly common dividend of $0.52 per share, up from $0.47.',
];

let engine: Engine;
let n = 0;
beforeAll(() => {
  engine = inlineEngine(RELEASE);
});
const ask = (q: string) => engine.ask(q, `narrowing-${n++}`);

describe('a part of a total asked by its own word', () => {
  for (const q of ['expansion capex in H1?', 'what was expansion capex in the half', 'stay-in-business capex in H1?']) {
    it(`"${q}": never the total capital expenditure`, () => {
      const a = ask(q);
      expect(a.text).not.toContain('612.0');
      if (a.status !== 'answer') expect(a.text).toMatch(/expansion|stay-in-business/i);
    });
  }

  it('the part named as the release prints it is answered', () => {
    const a = ask('expansion capital in H1?');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('$210.0 million');
  });

  it('the total asked is still the total', () => {
    expect(ask('total capex in H1?').text).toContain('$612.0 million');
  });
});

describe('a count narrowed by what it counts', () => {
  it('"patients on Corvexa" is never the trial enrolled with patients elsewhere in the release', () => {
    const a = ask('How many patients were on Corvexa at June 30 2026?');
    expect(a.text).not.toContain('288');
    if (a.status === 'answer') expect(a.text).toContain('2,310');
    else expect(a.text).toMatch(/corvexa/i);
  });

  it('"patients on therapy" likewise', () => {
    expect(ask('patients on therapy at June 30, 2026?').text).not.toContain('288');
  });
});

describe('a dividend asked without its kind', () => {
  for (const q of ["What's the new quarterly dividend?", 'dividend this half?']) {
    it(`"${q}": never the preferred dividends' total as the answer (the common dividend, or asked which)`, () => {
      const a = ask(q);
      if (a.status === 'answer') expect(a.text).not.toMatch(/\$36\.0 million/);
      else expect(a.status === 'clarify' || /dividend/i.test(a.text), a.text).toBe(true);
    });
  }

  it('the preferred dividends asked by name are answered', () => {
    expect(ask('preferred stock dividends in H1 2026?').text).toContain('$36.0 million');
  });
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
