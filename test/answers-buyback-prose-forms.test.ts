// The parts of a buyback read from prose in the forms releases print them: a count grouped by spaces
// ("1 410 000 shares", no-break or thin spaces) was not found in its sentence, so "how many shares bought"
// and the worked-out price were said to be missing; "25.3m shares" was read as 25.3 shares; a sentence
// wrapped over lines was quoted from its last line only, leaving out the amount done; "what % done" of a
// plan "of up to" a size with the amount spent to a date and what remains said in words gave no share.
import { describe, expect, it } from 'vitest';
import { inlineEngine, inlineRelease } from './support/inline.js';

const HEAD = ['# Synthetic Birch Industri AB Reports Third Quarter 2026 Results', '', 'Synthetic Birch Industri AB today reported results for the third quarter ended September 30, 2026.', ''];
const TABLE = ['', '| (SEK in millions) | Q3 2025 | Q3 2026 |', '|---|---|---|', '| Net sales | 4,655 | 4,912 |'];
let n = 0;
const ask = (lines: string[], q: string) => inlineEngine([...HEAD, ...lines, ...TABLE]).ask(q, `buyback-forms-${n++}`);

describe('a count of shares bought grouped by spaces', () => {
  it.each([
    ['no-break spaces', '1\u00a0410\u00a0000', '1,410,000', 'SEK 846 m', 'SEK 600.00'],
    ['thin spaces', '1\u2009410\u2009000', '1,410,000', 'SEK 846 m', 'SEK 600.00'],
    ['narrow no-break spaces', '2\u202f500\u202f000', '2,500,000', 'SEK 50 m', 'SEK 20.00'],
  ])('%s: the count is given and the average price worked out', (_kind, printed, shown, paid, price) => {
    const a = ask([`The Board launched a share buyback programme of up to SEK 1\u00a0200 m. By 30 September, ${printed} shares had been repurchased for ${paid}, leaving SEK 354 m under the programme.`], 'buyback: how many shares bought, how much left, and average price paid?');
    expect(a.status).toBe('answer');
    expect(a.text).toContain(shown);
    expect(a.text).toContain(price);
    expect(a.text).not.toMatch(/no count of shares|no price per share for the plan/);
  });
});

describe('a count written with a scale letter', () => {
  it.each([['25.3m shares', 25.3e6], ['1.2bn shares', 1.2e9], ['40k ordinary shares', 40e3]])('"%s" is read at its scale, never as that many shares', (printed, count) => {
    const r = inlineRelease([...HEAD, `In the quarter the company bought back ${printed} for SEK 88.4m.`, ...TABLE]);
    const counts = r.facts.filter((f) => f.unit.kind === 'count');
    expect(counts.map((f) => f.value.times(f.unit.kind === 'count' ? f.unit.scale : 1).toNumber())).toContain(count);
  });
});

describe('a buyback sentence wrapped over lines', () => {
  it('is quoted whole, the amount done with what is left', () => {
    const a = ask(['Of the SEK 150m share buyback announced in May 2026, SEK 88.4m had been completed by 27 September, buying', 'back 25.3m shares; the remaining SEK 61.6m is expected to be completed by the year end.'], 'buyback: how much done, how much left');
    expect(a.text).toContain('88.4');
    expect(a.text).toContain('61.6');
  });
});

describe('the share of a plan done, what is left said in words', () => {
  it.each([
    ['buyback: what % done and what\'s left?', '68.2%'],
    ['buyback: what percentage has been used, and how much remains?', '68.2%'],
  ])('"%s" is the amount spent to date over the plan\'s size', (q, share) => {
    const a = ask(['Under the SEK 500 million share buyback programme launched on 3 March 2026, the company had repurchased 1.82 million shares for SEK 341 million by 30 September 2026; SEK 159 million remains to be executed by February 2027.'], q);
    expect(a.status).toBe('answer');
    expect(a.text).toContain(share);
    expect(a.text).toContain('159');
  });
});

describe('the shares of a plan worked out from the amount spent', () => {
  it('says both shares of the plan, each derived from the figures shown', () => {
    const a = ask(['Under the SEK 500 million share buyback programme launched on 3 March 2026, the company had repurchased 1.82 million shares for SEK 341 million by 30 September 2026; SEK 159 million remains to be executed by February 2027.'], "buyback: what % done and what's left?");
    // 341 / 500 = 68.2%; (500 − 341) / 500 = 31.8%.
    expect(a.text.split('\n')[0]).toBe("SEK 341 million of the plan's SEK 500 million had been spent as of September 30, 2026, about SEK 159 million left: 68.2% of the plan had been used and 31.8% remained.");
    expect(a.derivations.map((d) => `${d.label} = ${d.value}: ${d.formula}`)).toEqual([
      'Share of the plan used = 68.2%: SEK 341 million ÷ SEK 500 million × 100',
      'Share of the plan remaining = 31.8%: SEK 159 million ÷ SEK 500 million × 100',
    ]);
  });
});
