// A reason the prose states is found wherever it is worded so: a line named by the short form the release defines
// for it with a small word left out ("Net charge-offs to loans (NCL)": no "T"), a cause with an outlook word inside it
// ("a weaker housing outlook"), where most of a figure came from ("mainly from"), a cause that drove a charge, and an
// adverb inside "resulted from". An outlook before the cue ("Our outlook reflects ...") stays no reason of any line.
import { beforeAll, describe, expect, it } from 'vitest';
import { definedAbbreviations } from '../src/knowledge/abbreviations.js';
import { inlineEngine } from './support/inline.js';

const LINES = [
  '# Synthetic Lakeside Bank Reports Second Quarter 2026 Results',
  '',
  'Synthetic Lakeside Bank today reported results for the second quarter ended June 30, 2026.',
  '',
  '- Allowance for loan impairment (ALI) of $88 million, compared with $71 million a year ago.',
  '',
  'ALI rose $17 million from a year ago, largely due to higher reserves on auto loans and a weaker housing outlook in the Prairie region.',
  '',
  'Fraud losses were $14 million in the quarter, primarily from card-not-present transactions in March.',
  '',
  'The closure of the Hamilton call centre drove severance costs of $6 million in the quarter.',
  '',
  'Our outlook reflects continued deposit growth. Deposits increased 4% from a year ago.',
  '',
  '| $ millions | Q2 2026 | Q2 2025 |',
  '|---|---:|---:|',
  '| Allowance for loan impairment | 88 | 71 |',
  '| Fraud losses | 14 | 11 |',
  '| Severance costs | 6 | 0 |',
  '| Deposits | 9,412 | 9,050 |',
];

describe('a reason stated in prose', () => {
  let engine!: ReturnType<typeof inlineEngine>;
  beforeAll(() => {
    engine = inlineEngine(LINES);
  });
  const ask = (q: string) => engine.ask(q, `reason-${q}`);

  it('reads a short form that leaves out a small word of its long form', () => {
    expect([...definedAbbreviations(['Provision for credit losses (PCL) of $412 million'])]).toEqual([['Provision for credit losses', 'PCL']]);
    expect([...definedAbbreviations(['Return on equity (ROE) of 14%'])]).toEqual([['Return on equity', 'ROE']]);
  });

  it('finds the line by its short form, with an outlook word inside the cause', () => {
    const a = ask('Why did the allowance for loan impairment go up?');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('higher reserves on auto loans');
  });

  it('"mainly from" after a figure, and a cause that drove a charge', () => {
    expect(ask('What drove fraud losses in Q2 2026?').text).toContain('card-not-present');
    expect(ask('What caused the severance costs?').text).toContain('Hamilton call centre');
  });

  it('an outlook before the cue is still no reason', () => {
    const a = ask('Why did deposits increase?');
    expect(a.status).toBe('unknown');
    expect(a.text).not.toContain('continued deposit growth');
  });
});
