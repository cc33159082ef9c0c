// Guidance against the actual (handlers/versus.ts) as a user reads it, over two releases of our own: the
// verdict (beat, within, missed) and the gap to the range, the gap to the midpoint and its share, in the
// unit each figure is printed in (a per-share range in dollars and cents, a gap under a million in
// thousands), exactly at the midpoint, the working shown, both releases cited; every range of the latest
// guided period with an actual when no period is named (the later of two reported); a gap from an actual
// printed in thousands to the digits that keep it within 1%; a range guided again by a later release, each
// with its own ends; several lines or periods asked; a full year's range against the fourth quarter's
// release, two periods' ranges in one sentence, a range wrapped over two lines, ends finer than the actual;
// and the declines: no guidance at all, none for the period asked, a margin range (no amount), and a guided
// period no release loaded reports (never answered with the range).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer, Engine } from '../src/intents/answer.js';
import { createEngine } from '../src/intents/engine.js';
import { KnowledgeBase } from '../src/knowledge/kb.js';
import { inlineRelease } from './support/inline.js';

const GUIDES = [
  '# Orlin Fastening Reports First Quarter 2025 Results',
  '',
  'CLEVELAND, May 1, 2025 -- Orlin Fastening Co. today reported results for the first quarter ended March 31, 2025.',
  '',
  '- Net sales were $212.4 million, up 4.0% from $204.2 million.',
  '- Diluted earnings per share were $0.48, up from $0.45.',
  '- Operating income was $30.1 million, up from $28.0 million.',
  '- Gross profit was $80.2 million, up from $75.0 million.',
  '',
  '## Outlook',
  '',
  'For the second quarter of 2025, Orlin expects net sales of $215 million to $225 million, diluted earnings per share of $0.50 to $0.55, operating income of $31 million to $33 million and gross profit of $81.5 million to $82.5 million.',
];
const REPORTS = [
  '# Orlin Fastening Reports Second Quarter 2025 Results',
  '',
  'CLEVELAND, July 31, 2025 -- Orlin Fastening Co. today reported results for the second quarter ended June 30, 2025.',
  '',
  '- Net sales were $220.0 million, up 5.2% from $210.7 million.',
  '- Diluted earnings per share were $0.58, up from $0.50.',
  '- Operating income was $30.364 million, up from $29.0 million.',
  '- Gross profit was $81.64 million, up from $79.0 million.',
  '',
  '## Outlook',
  '',
  'For the third quarter of 2025, Orlin expects net sales of $230 million to $240 million.',
];

let both: Engine;
let guidesOnly: Engine;
beforeAll(() => {
  both = createEngine(new KnowledgeBase([inlineRelease(GUIDES, 'orlin-2025q1.md'), inlineRelease(REPORTS, 'orlin-2025q2.md')]));
  guidesOnly = createEngine(new KnowledgeBase([inlineRelease(GUIDES, 'orlin-2025q1.md')]));
});
let n = 0;
const ask = (q: string, engine = both): Answer => engine.ask(q, `versus-${n++}`);
const cited = (a: Answer) => a.citations.map((c) => `${c.document}:${c.line}`);

describe('one range against its actual', () => {
  it('exactly at the midpoint: within, no gap', () => {
    const a = ask('Q2 2025 net sales vs guidance');
    expect(a.status).toBe('answer');
    expect(a.text).toBe(
      'The Q1 2025 release guided net sales for Q2 2025 between $215 million and $225 million; the Q2 2025 release reports $220.0 million, so the company came in within it: exactly at the midpoint of $220 million.\nHow: Against the midpoint = $220.0 million − ($215 million + $225 million) ÷ 2.',
    );
    expect(cited(a)).toEqual(['orlin-2025q2.md:5', 'orlin-2025q1.md:12']);
  });
  it('a per-share range beaten: the gaps in dollars and cents, the midpoint to every digit', () => {
    const a = ask('Q2 2025 EPS vs guidance');
    expect(a.text).toBe(
      'The Q1 2025 release guided diluted earnings per share for Q2 2025 between $0.50 and $0.55; the Q2 2025 release reports $0.58, so the company beat it, $0.03 above the top of the range: $0.055 (10.5%) above the midpoint of $0.525.\nHow: Against the midpoint = $0.58 − ($0.50 + $0.55) ÷ 2.',
    );
    expect(a.derivations).toEqual([{ label: 'Against the midpoint', value: '$0.055', formula: '$0.58 − ($0.50 + $0.55) ÷ 2' }]);
  });
  it('missed by less than a million: the gap in thousands; the gap to the midpoint signed in the working', () => {
    const a = ask('Q2 2025 operating income vs guidance');
    expect(a.text).toBe(
      'The Q1 2025 release guided operating income for Q2 2025 between $31 million and $33 million; the Q2 2025 release reports $30.364 million, so the company missed it, $636 thousand below the bottom of the range: $1.636 million (5.1%) below the midpoint of $32 million.\nHow: Against the midpoint = $30.364 million − ($31 million + $33 million) ÷ 2.',
    );
    expect(a.derivations).toEqual([{ label: 'Against the midpoint', value: '−$1.636 million', formula: '$30.364 million − ($31 million + $33 million) ÷ 2' }]);
  });
  it('within, below the midpoint', () => {
    expect(ask('Q2 2025 gross profit vs guidance').text).toContain('so the company came in within it: $0.36 million (0.4%) below the midpoint of $82.0 million.');
  });
});

describe('no period named', () => {
  it('every range of the latest guided period that has an actual, each judged, both releases cited', () => {
    const a = ask('did they beat guidance?');
    expect(a.text.split('\n').map((l) => l.replace(/ between .*?; .* so the company /, ' … ').replace(/:.*$/, ''))).toEqual([
      'The Q1 2025 release guided net sales for Q2 2025 … came in within it',
      'The Q1 2025 release guided diluted earnings per share for Q2 2025 … beat it, $0.03 above the top of the range',
      'The Q1 2025 release guided operating income for Q2 2025 … missed it, $636 thousand below the bottom of the range',
      'The Q1 2025 release guided gross profit for Q2 2025 … came in within it',
      'How',
    ]);
    expect(cited(a)).toEqual(['orlin-2025q2.md:5', 'orlin-2025q2.md:6', 'orlin-2025q2.md:7', 'orlin-2025q2.md:8', 'orlin-2025q1.md:12']);
  });
});

describe('an actual printed in thousands against a range in millions', () => {
  it('the gaps to as many digits as keep the rounding within 1% of them, never the million rounded', () => {
    const guides = ['# Orlin Fastening Reports First Quarter 2025 Results', '', 'CLEVELAND, May 1, 2025 -- Orlin Fastening Co. today reported results for the first quarter ended March 31, 2025.', '', '- Net sales were $104.4 million, up 4.0% from $100.4 million.', '', '## Outlook', '', 'For the second quarter of 2025, Orlin expects net sales of $108.0 million to $110.0 million.'];
    const reports = ['# Orlin Fastening Reports Second Quarter 2025 Results', '', 'CLEVELAND, July 31, 2025 -- Orlin Fastening Co. today reported results for the second quarter ended June 30, 2025.', '', '| ($ in thousands) | Q2 2024 | Q2 2025 |', '|---|---|---|', '| Net sales | 104,210 | 111,025 |'];
    const engine = createEngine(new KnowledgeBase([inlineRelease(guides, 'orlin-2025q1.md'), inlineRelease(reports, 'orlin-2025q2.md')]));
    const a = ask('Q2 2025 net sales vs guidance', engine);
    expect(a.text).toBe(
      'The Q1 2025 release guided net sales for Q2 2025 between $108.0 million and $110.0 million; the Q2 2025 release reports $111.0 million, so the company beat it, $1.03 million above the top of the range: $2.03 million (1.9%) above the midpoint of $109.0 million.\nHow: Against the midpoint = $111.0 million − ($108.0 million + $110.0 million) ÷ 2.',
    );
    expect(cited(a)).toEqual(['orlin-2025q2.md:7', 'orlin-2025q1.md:9']);
  });
  it('a gap under the digit the actual is shown to: shown, never as zero', () => {
    const guides = ['# Orlin Fastening Reports First Quarter 2025 Results', '', 'CLEVELAND, May 1, 2025 -- Orlin Fastening Co. today reported results for the first quarter ended March 31, 2025.', '', '- Net sales were $104.4 million, up 4.0% from $100.4 million.', '', '## Outlook', '', 'For the second quarter of 2025, Orlin expects net sales of $108.0 million to $110.0 million.'];
    const reports = ['# Orlin Fastening Reports Second Quarter 2025 Results', '', 'CLEVELAND, July 31, 2025 -- Orlin Fastening Co. today reported results for the second quarter ended June 30, 2025.', '', '| ($ in thousands) | Q2 2024 | Q2 2025 |', '|---|---|---|', '| Net sales | 104,210 | 110,025 |'];
    const engine = createEngine(new KnowledgeBase([inlineRelease(guides, 'orlin-2025q1.md'), inlineRelease(reports, 'orlin-2025q2.md')]));
    expect(ask('Q2 2025 net sales vs guidance', engine).text).toContain(
      'the Q2 2025 release reports $110.0 million, so the company beat it, $25 thousand above the top of the range: $1.03 million (0.9%) above the midpoint of $109.0 million.',
    );
  });
});

describe('two guided periods each reported', () => {
  it('no period named: the later period judged, never the earlier one the first release guided', () => {
    const third = ['# Orlin Fastening Reports Third Quarter 2025 Results', '', 'CLEVELAND, October 30, 2025 -- Orlin Fastening Co. today reported results for the third quarter ended September 30, 2025.', '', '- Net sales were $236.0 million, up 6.0% from $222.6 million.'];
    const engine = createEngine(new KnowledgeBase([inlineRelease(GUIDES, 'orlin-2025q1.md'), inlineRelease(REPORTS, 'orlin-2025q2.md'), inlineRelease(third, 'orlin-2025q3.md')]));
    const a = ask('did they beat guidance?', engine);
    expect(a.text).toBe(
      'The Q2 2025 release guided net sales for Q3 2025 between $230 million and $240 million; the Q3 2025 release reports $236.0 million, so the company came in within it: $1.0 million (0.4%) above the midpoint of $235 million.\nHow: Against the midpoint = $236.0 million − ($230 million + $240 million) ÷ 2.',
    );
    expect(cited(a)).toEqual(['orlin-2025q3.md:5', 'orlin-2025q2.md:12']);
  });
});

describe('declined, never answered with the range alone', () => {
  it('a guided period no release loaded reports', () => {
    const a = ask('did they beat Q3 2025 guidance?');
    expect(a.status).toBe('unknown');
    expect(a.text).toBe("No release loaded reports the actual net sales for Q3 2025 (guided between $230 million and $240 million in the Q2 2025 release) yet, so I can't compare it with the guidance.");
  });
  it('every range of a period with no actual, when only the guiding release is loaded', () => {
    const a = ask('did they beat Q2 2025 guidance?', guidesOnly);
    expect(a.status).toBe('unknown');
    expect(a.text).toMatch(/^No release loaded reports the actual net sales for Q2 2025 \(guided between \$215 million and \$225 million in the Q1 2025 release\); diluted earnings per share for Q2 2025 \(guided between \$0\.50 and \$0\.55 in the Q1 2025 release\); .* yet, so I can't compare it with the guidance\.$/);
  });
  it('a range guided again by a later release: each release its own range, its own ends', () => {
    const outlook = (when: string, guided: string) => ['# Orlin Fastening Reports ' + when + ' Quarter 2025 Results', '', `CLEVELAND, ${when === 'First' ? 'May 1' : 'July 31'}, 2025 -- Orlin Fastening Co. today reported results for the ${when.toLowerCase()} quarter ended ${when === 'First' ? 'March 31' : 'June 30'}, 2025.`, '', '- Net sales were $212.4 million, up 4.0% from $204.2 million.', '', '## Outlook', '', `For the full year 2025, Orlin ${guided}.`];
    const engine = createEngine(new KnowledgeBase([inlineRelease(outlook('First', 'expects net sales of $860 million to $880 million'), 'orlin-2025q1.md'), inlineRelease(outlook('Second', 'now expects net sales of $870 million to $890 million'), 'orlin-2025q2.md')]));
    const a = ask('did they beat full year 2025 guidance?', engine);
    expect(a.status).toBe('unknown');
    expect(a.text).toBe(
      "No release loaded reports the actual net sales for FY2025 (guided between $860 million and $880 million in the Q1 2025 release); net sales for FY2025 (guided between $870 million and $890 million in the Q2 2025 release) yet, so I can't compare it with the guidance.",
    );
  });
  it('a period no release guides: the periods they do guide', () => {
    const a = ask('did they beat Q4 2025 guidance?');
    expect(a.status).toBe('unknown');
    expect(a.text).toBe('The releases loaded give no guidance for Q4 2025; they guide Q2 2025, Q3 2025.');
  });
  it('a line no release guides', () => {
    const reports = createEngine(new KnowledgeBase([inlineRelease(REPORTS, 'orlin-2025q2.md')]));
    const a = ask('Q2 2025 EPS vs guidance', reports);
    expect(a.status).toBe('unknown');
    expect(a.text).toBe('The releases loaded give no guidance for diluted earnings per share.');
  });
});

describe('several lines or periods asked, each named in the answer', () => {
  const reportsOnly = () => createEngine(new KnowledgeBase([inlineRelease(REPORTS.slice(0, 9), 'orlin-2025q2.md')]));
  it('no guidance at all, none for either line asked', () => {
    expect(ask('did they beat guidance?', reportsOnly()).text).toBe('The releases loaded give no guidance.');
    expect(ask('Q2 2025 EPS and net sales vs guidance', reportsOnly()).text).toBe('The releases loaded give no guidance for diluted earnings per share or net sales.');
  });
  it('two periods asked: the one reported judged, the other named as not yet reported', () => {
    const a = ask('did they beat Q2 2025 and Q3 2025 net sales guidance?');
    expect(a.status).toBe('answer');
    expect(a.text.split('\n')[0]).toContain('guided net sales for Q2 2025 between $215 million and $225 million; the Q2 2025 release reports $220.0 million');
    expect(a.text.split('\n')[1]).toBe('No release loaded reports the actual net sales for Q3 2025 (guided between $230 million and $240 million in the Q2 2025 release) yet.');
  });
  it('two periods none guides: both named, and the periods guided', () => {
    expect(ask('did they beat Q4 2025 and Q1 2026 guidance?').text).toBe('The releases loaded give no guidance for Q4 2025 or Q1 2026; they guide Q2 2025, Q3 2025.');
  });
});

describe('some ranges with an actual, some without', () => {
  it('judges those reported and names those not yet reported', () => {
    const noEps = REPORTS.filter((l) => !l.includes('per share'));
    const engine = createEngine(new KnowledgeBase([inlineRelease(GUIDES, 'orlin-2025q1.md'), inlineRelease(noEps, 'orlin-2025q2.md')]));
    const a = ask('did they beat Q2 2025 guidance?', engine);
    expect(a.status).toBe('answer');
    expect(a.text).toContain('The Q1 2025 release guided net sales for Q2 2025 between $215 million and $225 million; the Q2 2025 release reports $220.0 million, so the company came in within it');
    expect(a.text).toContain('\nNo release loaded reports the actual diluted earnings per share for Q2 2025 (guided between $0.50 and $0.55 in the Q1 2025 release) yet.\n');
    expect(a.text).not.toContain('$0.48');
  });
  it('two not yet reported: both named, apart', () => {
    const some = REPORTS.filter((l) => !l.includes('per share') && !l.includes('Operating income'));
    const engine = createEngine(new KnowledgeBase([inlineRelease(GUIDES, 'orlin-2025q1.md'), inlineRelease(some, 'orlin-2025q2.md')]));
    expect(ask('did they beat Q2 2025 guidance?', engine).text).toContain(
      '\nNo release loaded reports the actual diluted earnings per share for Q2 2025 (guided between $0.50 and $0.55 in the Q1 2025 release); operating income for Q2 2025 (guided between $31 million and $33 million in the Q1 2025 release) yet.\n',
    );
  });
});

describe('ranges as guided, read against the actual', () => {
  const head = (q: string, when: string, ended: string) => [`# Orlin Fastening Reports ${q} Quarter 2025 Results`, '', `CLEVELAND, ${when} -- Orlin Fastening Co. today reported results for the ${q.toLowerCase()} quarter ended ${ended}.`, ''];
  const first = (...outlook: string[]) => inlineRelease([...head('First', 'May 1, 2025', 'March 31, 2025'), '- Net sales were $212.4 million, up 4.0% from $204.2 million.', '- Gross margin was 38.2%, up from 37.0%.', '', '## Outlook', '', ...outlook], 'orlin-2025q1.md');
  const second = (sales: string) => inlineRelease([...head('Second', 'July 31, 2025', 'June 30, 2025'), `- Net sales were ${sales}, up 5.2% from $210.7 million.`, '- Gross margin was 39.5%, up from 37.5%.'], 'orlin-2025q2.md');
  const fourth = () => inlineRelease([...head('Fourth', 'February 5, 2026', 'December 31, 2025'), '- Net sales were $230.0 million, up 4.0% from $221.2 million.', '- Full year 2025 net sales were $884.0 million, up 5.0% from $841.9 million.'], 'orlin-2025q4.md');
  const judged = (q: string, ...releases: ReturnType<typeof inlineRelease>[]) => ask(q, createEngine(new KnowledgeBase(releases)));
  it("a full year's range against the year the fourth quarter's release reports (its quarter ends with the year)", () => {
    const a = judged('full year 2025 net sales vs guidance', first('For the full year 2025, Orlin expects net sales of $860 million to $880 million.'), fourth());
    expect(a.text).toBe(
      'The Q1 2025 release guided net sales for FY2025 between $860 million and $880 million; the Q4 2025 release reports $884.0 million, so the company beat it, $4.0 million above the top of the range: $14.0 million (1.6%) above the midpoint of $870 million.\nHow: Against the midpoint = $884.0 million − ($860 million + $880 million) ÷ 2.',
    );
    expect(cited(a)).toEqual(['orlin-2025q4.md:6', 'orlin-2025q1.md:10']);
  });
  it("two periods' ranges in one sentence: each period its own two ends", () => {
    const a = judged('full year 2025 net sales vs guidance', first('For the second quarter of 2025, Orlin expects net sales of $215 million to $225 million, and for the full year 2025, net sales of $860 million to $880 million.'), fourth());
    expect(a.text).toContain('guided net sales for FY2025 between $860 million and $880 million; the Q4 2025 release reports $884.0 million, so the company beat it, $4.0 million above the top of the range');
  });
  it('a range wrapped over two lines: both ends, both lines cited', () => {
    const a = judged('Q2 2025 net sales vs guidance', first('For the second quarter of 2025, Orlin expects net sales of $215 million', 'to $225 million.'), second('$220.0 million'));
    expect(a.text).toContain('guided net sales for Q2 2025 between $215 million and $225 million; the Q2 2025 release reports $220.0 million, so the company came in within it: exactly at the midpoint of $220 million.');
    expect(cited(a)).toEqual(['orlin-2025q2.md:5', 'orlin-2025q1.md:10', 'orlin-2025q1.md:11']);
  });
  it('ends printed finer than the actual: the gaps to the digit of the ends, never the actual\'s rounding ($102 million)', () => {
    const a = judged('Q2 2025 net sales vs guidance', first('For the second quarter of 2025, Orlin expects net sales of $700.5 million to $710.5 million.'), second('$812 million'));
    expect(a.text).toContain('so the company beat it, $101.5 million above the top of the range: $106.5 million (15.1%) above the midpoint of $705.5 million.');
  });
  it('a margin range is not judged as an amount (a gap in points would read as a percentage)', () => {
    const a = judged('Q2 2025 gross margin vs guidance', first('For the second quarter of 2025, Orlin expects gross margin of 38% to 40%.'), second('$220.0 million'));
    expect(a.status).toBe('unknown');
    expect(a.text).not.toMatch(/midpoint|0\.5%/);
  });
});
