// A loss's change is the loss's: a line named for its loss side ("Net loss (65,497)" or "Net loss 65,497"),
// or a two-sided line on its loss side ("Net income (loss)" printed negative), compared with another loss
// widened or narrowed; never "a decrease" where the loss grew. Its figure is the loss, never "$-65.5 million",
// and a per-share figure of a loss is a loss per share, never "Earnings per share".
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { lossSigns, namesLoss } from '../src/knowledge/sides.js';
import { Decimal } from 'decimal.js';
import { inlineEngine } from './support/inline.js';

const table = (rows: string[]) => [
  '*(in US$ thousands, except per share amounts)*',
  '',
  '| Metric | Q3 2026 | Q3 2025 | 9M 2026 | 9M 2025 |',
  '|---|---:|---:|---:|---:|',
  '| Revenue | 50,120 | 48,200 | 150,300 | 140,100 |',
  ...rows,
];
const head = (name: string) => [`# ${name} Reports Third Quarter 2026 Results`, '', `${name} today reported results for the third quarter ended September 30, 2026.`, ''];

let parens: Engine;
let sizes: Engine;
let twoSided: Engine;
beforeAll(() => {
  parens = inlineEngine([
    ...head('Synthetic Parens Co'),
    '- Net Loss: Net loss was $65.5 million, or $0.94 per share, compared to $40.7 million, or $0.65 per share, for the third quarter of 2025.',
    '',
    ...table(['| Loss from operations | (71,815) | (48,612) | (201,621) | (141,843) |', '| Net loss | (65,497) | (40,708) | (181,174) | (199,324) |', '| Net loss per share, basic and diluted | (0.94) | (0.65) | (2.63) | (3.20) |']),
  ]);
  sizes = inlineEngine([...head('Synthetic Sizes Co'), ...table(['| Operating loss | 71,815 | 48,612 | 201,621 | 241,843 |', '| Net loss | 65,497 | 40,708 | 181,174 | 199,324 |'])]);
  twoSided = inlineEngine([...head('Synthetic Sides Co'), ...table(['| Net income (loss) | (65,497) | (40,708) | 12,100 | (199,324) |'])]);
});

let n = 0;
const said = (e: Engine, q: string) => e.ask(q, `loss-direction-${n++}`).text.split('\nHow: ')[0]!;

describe('a loss compared with a loss', () => {
  it('a loss printed in parentheses that grew widened, by the amount it grew', () => {
    const a = said(parens, 'net loss vs last year');
    expect(a).toContain('Net loss was $65.5 million in Q3 2026, widened 60.9% year over year, from $40.7 million in Q3 2025 (a loss larger by $24.8 million)');
    expect(a).not.toMatch(/decrease|\$-/);
  });

  it('a loss that shrank narrowed, in any period asked', () => {
    const a = said(parens, 'net loss 9M yoy');
    expect(a).toContain('narrowed 9.1% year over year');
    expect(a).toContain('a loss smaller by $18.2 million');
    expect(a).not.toMatch(/increase|\$-/);
    expect(said(parens, 'loss from operations yoy')).toContain('widened 47.7%');
  });

  it('a loss printed as its size reads the same', () => {
    expect(said(sizes, 'net loss yoy')).toContain('widened 60.9% year over year, from $40.7 million in Q3 2025 (a loss larger by $24.8 million)');
    expect(said(sizes, 'operating loss 9M yoy')).toContain('narrowed 16.6%');
  });

  it('a two-sided line between two losses widened; from a loss to a profit it increased, the loss named', () => {
    const q3 = said(twoSided, 'net income yoy');
    expect(q3).toContain('Net income (loss) was a loss of $65.5 million in Q3 2026, widened 60.9% year over year, from a loss of $40.7 million');
    const ytd = said(twoSided, 'net income 9M yoy');
    expect(ytd).toContain('an increase of $211.4 million year over year, from a loss of $199.3 million');
  });
});

describe('a loss stated on its own', () => {
  it('is its size under its own label, never a double negative', () => {
    expect(said(parens, 'net loss')).toBe('Net loss was $65.5 million in Q3 2026.');
    expect(said(parens, 'loss from operations')).toBe('Loss from operations was $71.8 million in Q3 2026.');
  });

  it('its per-share figure is a loss per share, never earnings', () => {
    for (const q of ['what was EPS?', 'net loss per share']) {
      const a = said(parens, q);
      expect(a).toMatch(/^Net loss per share[^.]* was \$0\.94 in Q3 2026/);
      expect(a).not.toMatch(/earnings|\$-/i);
    }
  });
});

describe('which lines are named for their loss side', () => {
  const loss = ['Net loss', 'Loss from operations', 'Operating loss', 'Loss before income taxes', 'Net loss per share, basic and diluted', 'Basic and diluted net loss per share', 'GAAP net loss', 'Non-GAAP net loss', 'Loss for the period', 'Net Loss: Net loss'];
  const not = ['Credit losses', 'Impairment loss', 'Loss on disposal of assets', 'Loss ratio', 'Net income (loss)', 'Other income', 'Foreign exchange loss'];
  it.each(loss)('%s is', (l) => expect(namesLoss(l)).toBe(true));
  it.each(not)('%s is not', (l) => expect(namesLoss(l)).toBe(false));
  it('the sign convention comes from every figure of the line; both signs settle none', () => {
    const d = (xs: number[]) => xs.map((x) => new Decimal(x));
    expect(lossSigns('Net loss', d([-3, -2]))).toBe('negative');
    expect(lossSigns('Net loss', d([3, 2]))).toBe('positive');
    expect(lossSigns('Net loss', d([3, -2]))).toBeUndefined();
  });
});
