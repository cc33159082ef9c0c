// A release of a full year only, its columns headed "FY26" and "FY25", whose prose says what the names mean ("FY26 refers to
// the 52 weeks to 1 March 2026; FY25 to the 52 weeks to 2 March 2025", unquoted, as UK results write it): its columns are
// those years. It did not load at all ("cannot tell which quarter the release reports"). And a follow-up that says its line is
// the declined question's own ("its adjusted op profit?") declines with it, never answering the group's line.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const YEAR = [
  'SYNTHETIC THORNBURY & VALE PLC', 'PRELIMINARY RESULTS FOR THE 52 WEEKS TO 1 MARCH 2026', '',
  'FINANCIAL SUMMARY', '',
  '                                     FY26        FY25      Change',
  '                                       £m          £m           %',
  'Group revenue                     3,206.4     3,094.2        3.6',
  'Adjusted operating profit           256.2       239.5        7.0',
  'Statutory profit before tax         183.7       183.1        0.3', '',
  'FY26 refers to the 52 weeks to 1 March 2026; FY25 to the 52 weeks to 2 March 2025.', '',
  'DIVISIONAL PERFORMANCE', '',
  '                                     FY26        FY25',
  '                                       £m          £m',
  'Home revenue                      1,023.0       998.1',
  'Food revenue                      2,183.4     2,096.1', '',
];
let n = 0;

describe('a full-year release whose prose defines its column names, unquoted', () => {
  it.each([
    ['statutory profit before tax', '183.7'],
    ['group revenue FY25', '3,094.2'],
    ['adjusted operating profit for the year', '256.2'],
  ])('%#: "%s" is answered from the FY26/FY25 columns', (q, figure) => {
    const a = inlineEngine(YEAR, 'synthetic.txt').ask(q, `yn-${n++}`);
    expect(a.status).toBe('answer');
    expect(a.text).toContain(figure);
  });
  it('a name defined for no span of its length dates nothing: "FY26 refers to the half"', () => {
    const half = YEAR.map((l) => l.replace('FY26 refers to the 52 weeks to 1 March 2026; FY25 to the 52 weeks to 2 March 2025.', 'FY26 refers to the 26 weeks to 1 March 2026.'));
    expect(() => inlineEngine(half, 'synthetic.txt')).toThrow(/cannot tell which quarter/);
  });
});

describe("a follow-up saying its line is the declined question's own declines with it", () => {
  it.each(['its adjusted op profit?', 'and its operating profit', 'their adjusted operating profit?'])('%#: "%s" after a declined line', (follow) => {
    const engine = inlineEngine(YEAR, 'synthetic.txt');
    const c = `yf-${n++}`;
    expect(engine.ask('Clothing revenue?', c).status).not.toBe('answer');
    const a = engine.ask(follow, c);
    expect(a.status).not.toBe('answer');
    expect(a.text).not.toContain('256.2');
  });
  it('a line named afresh after a declined question is its own question', () => {
    const engine = inlineEngine(YEAR, 'synthetic.txt');
    engine.ask('Clothing revenue?', 'yf-fresh');
    expect(engine.ask('adjusted operating profit?', 'yf-fresh').text).toContain('256.2');
  });
});
