// A section heading's bracket qualifies its prose figures only when it names a market or segment
// ("Highlights (Domestic Market)"): a basis note ("(% of net premiums earned)"), a unit note or a remark
// ("(Amounts less than one million yen are rounded down)") names no part, and a figure written with its
// currency after the scale ("15,876 million yen") is in that currency. Synthetic, inline.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const ratios = (heading: string) => [
  'HARROW MUTUAL GROUP, INC. REPORTS SECOND QUARTER 2031 RESULTS',
  '',
  'HARTFORD, Conn., July 29, 2031 -- Harrow Mutual Group, Inc. (NYSE: HRWM) today reported results for the quarter ended June 30, 2031.',
  '',
  'CONSOLIDATED RESULTS ($ in millions, except per share amounts)',
  '',
  '+------------------------------------------+----------+----------+',
  '|                                          |  Q2 2031 |  Q2 2030 |',
  '+------------------------------------------+----------+----------+',
  '| Net premiums earned                      |    998.7 |    901.2 |',
  '| Net income                               |    119.4 |     99.1 |',
  '+------------------------------------------+----------+----------+',
  '',
  heading,
  '',
  '+------------------------------------------+----------+----------+',
  '|                                          |  Q2 2031 |  Q2 2030 |',
  '+------------------------------------------+----------+----------+',
  '| Combined ratio                           |     92.1 |     94.9 |',
  '+------------------------------------------+----------+----------+',
  '',
  'Catastrophe losses were $42.8 million in the quarter, compared with $62.0 million in the second quarter of 2030.',
  '',
  'CAPITAL MANAGEMENT',
  'The Board of Directors declared a quarterly cash dividend of $0.85 per common share.',
];

describe('section brackets that name no market', () => {
  it.each([
    ['UNDERWRITING RATIOS (% of net premiums earned)'],
    ['Underwriting ratios (in percent of earned premiums)'],
    ['Key ratios (unaudited)'],
  ])('%s: a dollar figure under it is not qualified by the note', (heading) => {
    const engine = inlineEngine(ratios(heading), 'harrow.txt');
    const a = engine.ask('catastrophe losses?', 'a');
    expect(a.status).toBe('answer');
    expect(a.text).toMatch(/^Catastrophe losses were \$42\.8 million in Q2 2031/);
    const b = engine.ask('dividend per share?', 'b');
    expect(b.text).not.toMatch(/premiums|percent|unaudited/i);
    expect(b.text).toContain('$0.85');
  });

  it('a remark heading the prose ("(Amounts ... rounded down)") is no qualifier, and "million yen" is yen', () => {
    const engine = inlineEngine([
      'Consolidated Financial Results for the First Quarter of the Fiscal Year Ending March 31, 2032 [Japanese GAAP]',
      'August 7, 2031',
      'Company name: Minato Seiki Co., Ltd.',
      '',
      '(Amounts less than one million yen are rounded down)',
      '',
      '                                   Basic earnings per share    Diluted earnings per share',
      '                                   Yen                         Yen',
      '  Three months ended June 30, 2031     94.12                       93.87',
      '  Three months ended June 30, 2030     78.45                       78.21',
      '',
      'During the first quarter, net sales increased 7.8% year on year to 184,532 million yen. Operating profit increased 22.7% to 15,876',
      'million yen, reflecting higher volumes.',
    ], 'tanshin.txt');
    const a = engine.ask('operating profit?', 'a');
    expect(a.status).toBe('answer');
    expect(a.text).toMatch(/^Operating profit was ¥15,876 million/);
  });

  it('a market in the bracket still qualifies the figures under it', () => {
    const engine = inlineEngine([
      '# Kestrel Logistics Announces Third Quarter 2031 Results',
      '',
      '### Third Quarter 2031 Operating Highlights (Domestic Market)',
      '',
      '- The third quarter of 2031 had 2.6 million paying merchants, a 4.4% increase from the same period of 2030.',
    ]);
    expect(engine.ask('paying merchants in Q3 2031', 'a').text).toMatch(/Domestic Market/);
  });
});
