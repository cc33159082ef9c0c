// Figures stated only in prose, of any issuer: a currency sign printed with a full stop ("Ps. 2,364.1 million",
// "Rs. 412 crore") ends no sentence, so its figure keeps its metric; a period named after one figure ("... of the
// first half of 2025, and net income was ...") dates that figure, not the next clause's; a planned number of
// acts ("plans to open between 90 and 100 stores") is no level of a line. Synthetic releases, written inline.
import { beforeAll, describe, expect, it } from 'vitest';
import { periodKey } from '../src/knowledge/period.js';
import { inlineRelease } from './support/inline.js';

const LINES = [
  'MERCADOS DEL NORTE, S.A. DE C.V.',
  'THIRD QUARTER 2026 RESULTS',
  '',
  'Saltillo, Mexico, October 22, 2026 -- Mercados del Norte reports its results for the',
  'third quarter of 2026 (3Q26). Figures are in Mexican pesos (Ps.).',
  '',
  'Operating income rose 6.2% to Ps. 812.4 million in the quarter.',
  'For the first nine months of 2026, revenue totaled Ps. 30,114.8 million, 5.1% more',
  'than the Ps. 28,652.5 million of the first nine months of 2025, and net income was',
  'Ps. 1,377.9 million.',
  '',
  'The Company opened 11 stores during the quarter, ending September with 604 stores,',
  'and plans to open between 40 and 45 stores in full-year 2027. The Board approved a',
  'dividend of Ps. 0.62 per share.',
];

describe('prose figures beside a currency sign with a full stop', () => {
  let r: ReturnType<typeof inlineRelease>;
  beforeAll(() => {
    r = inlineRelease(LINES, 'mdn-3q26.txt');
  });
  const fact = (metric: string, value: string) => r.facts.find((f) => f.metric === metric && f.value.toString() === value);
  it('keep the metric the sentence names', () => {
    expect(fact('operating_income', '812.4')?.role).toBe('value');
    expect(fact('revenue', '30114.8')?.period).toMatchObject({ months: 9, end: '2026-09-30' });
  });
  it('date a later clause by its own sentence, not by the period that closes the clause before', () => {
    expect(periodKey(fact('net_income', '1377.9')!.period)).toBe(periodKey({ kind: 'duration', months: 9, end: '2026-09-30' }));
  });
  it('hold no planned openings as a store count', () => {
    expect(r.facts.filter((f) => f.metric.startsWith('stores')).map((f) => f.value.toString())).not.toContain('45');
    expect(r.facts.some((f) => ['40', '45'].includes(f.value.toString()))).toBe(false);
  });
});
