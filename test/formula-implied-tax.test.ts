// The effective tax rate of a period whose tax line the release does not print (the prior quarter, given in its
// narrative) is income before tax less net income, over income before tax, with both inputs cited, but only where
// the release's own figures show that identity (pretax − net income = the tax charge) in the periods it prints all
// three, and break it in none: an equity-method share after tax makes it no tax. Synthetic releases.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';
import { OSPREY_HEAD } from './support/osprey.js';

const release = (equity: boolean) => [
  ...OSPREY_HEAD,
  '| (RMB in thousands) | Q2 2025 | Q2 2026 |',
  '|---|---:|---:|',
  '| Income before income tax expense | 800,000 | 1,000,000 |',
  '| Income tax expense | (200,000) | (250,000) |',
  ...(equity ? ['| Share of income of equity method investees | 50,000 | 60,000 |'] : []),
  `| Net income | ${equity ? '650,000 | 810,000' : '600,000 | 750,000'} |`,
];

describe('an implied effective tax rate', () => {
  it('from income before tax and net income, where the identity holds in the periods printed', () => {
    const a = inlineEngine(release(false)).ask('effective tax rate Q1 2026', 'etr-1').text;
    // (900.0 − 720.0) ÷ 900.0 = 20.0%
    expect(a).toContain('Effective tax rate was 20.0% in Q1 2026');
    expect(a).toContain('(900.0 − 720.0) ÷ 900.0 × 100');
  });

  it('the printed tax line where there is one', () => {
    expect(inlineEngine(release(false)).ask('effective tax rate Q2 2026', 'etr-2').text).toContain('25.0%');
  });

  it('no rate where an equity-method share stands between (pretax − net income is no tax)', () => {
    const a = inlineEngine(release(true)).ask('effective tax rate Q1 2026', 'etr-3');
    expect(a.text).not.toContain('20.0%');
    expect(a.status).not.toBe('answer');
  });

  it('no rate where the identity holds in one period printed and breaks in another (an equity-method share in one quarter only)', () => {
    const lines = release(false).map((l) => (l.startsWith('| Net income') ? '| Share of income of equity method investees | 0 | 60,000 |\n| Net income | 600,000 | 810,000 |' : l));
    const a = inlineEngine(lines.join('\n').split('\n')).ask('effective tax rate Q1 2026', 'etr-4');
    expect(a.status).not.toBe('answer');
    expect(a.text).not.toContain('20.0%');
  });

  it('the identity within the figures\' rounding (a tax charge a thousand off) still holds', () => {
    const lines = release(false).map((l) => (l.startsWith('| Income tax expense') ? '| Income tax expense | (200,000) | (250,001) |' : l));
    expect(inlineEngine(lines).ask('effective tax rate Q1 2026', 'etr-5').text).toContain('Effective tax rate was 20.0% in Q1 2026');
  });
});
