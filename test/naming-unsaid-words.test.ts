// Names an analyst says for a line without one of the label's words (naming/rules.ts): "total" of a line
// with no parts, the object of an activity's volume ("disbursement amount" of loans), and a past-due
// bucket said before its rate ("1-30 day delinquency ratio"). Each had declined, or asked which
// delinquency rate, though the line is the only one of that name.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const engine = () =>
  inlineEngine([
    '# Synthetic Lending Announces Second Quarter 2026 Unaudited Financial Results',
    '',
    'Synthetic Lending today released its unaudited financial results for the second quarter ended June 30, 2026.',
    '',
    '### Second Quarter 2026 Highlights',
    '',
    '- Total payment volume in the second quarter of 2026 was RMB 12.3 billion, a 5% increase quarter over quarter.',
    '- Loan disbursement amount rose to RMB8,100 million, 20% above the RMB6,750 million of the same period of 2025.',
    '- As of June 30, 2026, the delinquency ratio for all loans 1-30 days past due was 0.85%, compared with 0.97% a year earlier; for all loans 181-360 days past due the ratio was 1.42%, improved from 1.66% in the same period of 2025.',
  ]);

describe('a line asked without a word of its label', () => {
  it('"total" left unsaid', () => {
    const a = engine().ask('how much did payment volume grow quarter over quarter?', 'u-1');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('5%');
  });

  it("an activity's volume without what it is of", () => {
    const a = engine().ask('disbursement amount yoy growth', 'u-2');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('20%');
  });

  it('a past-due bucket said before its rate, each bucket its own line', () => {
    const e = engine();
    expect(e.ask('1-30 day delinquency ratio as of June 30 2026', 'u-3').text).toContain('0.85%');
    const older = e.ask('181-360 day delinquency ratio a year earlier', 'u-4').text;
    expect(older).toContain('1.66%');
    expect(older).not.toContain('0.97%');
  });

  it('a bucket the release does not give is never answered with another bucket', () => {
    expect(engine().ask('31-60 day delinquency ratio as of June 30 2026', 'u-5').status).not.toBe('answer');
  });
});

describe('"total" left unsaid, where another line goes by the rest', () => {
  const cash = () =>
    inlineEngine([
      '# Synthetic Lending Announces Second Quarter 2026 Unaudited Financial Results',
      '',
      'Synthetic Lending today released its unaudited financial results for the second quarter ended June 30, 2026.',
      '',
      '- As of June 30, 2026, total cash and cash equivalent was RMB 9.46 billion.',
      '',
      '| (RMB in thousands) | December 31, 2025 | June 30, 2026 |',
      '|---|---|---|',
      '| Cash and cash equivalents | 4,177,890 | 5,301,288 |',
      '| Restricted cash | 3,010,000 | 4,158,712 |',
    ]);

  it('is that line, in any form of its name ("equivalent" for "equivalents")', () => {
    const a = cash().ask('how much cash and cash equivalent at June 30 2026?', 'u-6');
    expect(a.text).toContain('5,301.3 million');
    expect(a.text).not.toContain('9.46');
    expect(cash().ask('total cash and cash equivalent at June 30 2026', 'u-7').text).toContain('9.46 billion');
  });
});

