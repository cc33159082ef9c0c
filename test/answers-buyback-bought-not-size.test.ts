// What was bought asked is never answered with the plan's size (hunt36 hos1h-20, vms-18): "how many shares were
// bought back in 1H" gave "up to 8.0 million shares" of a new plan where the release says 2.1 million were acquired
// ("acquired 2.1 million of its own shares", a sentence no figure of which was read); "shares repurchased in Q3 and
// the amount" gave the €1.0 bn programme for the 2.4 million shares bought for €118 million. And what is left of a plan
// sized in shares and in money is not worked out in shares where the money size was asked. Synthetic releases.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const head = (name: string) => [`# ${name}: results for the six months ended September 30, 2025`, '', `${name} today reported results for the six months ended September 30, 2025 (1H FY26).`, ''];

describe('the shares bought asked', () => {
  const acquired = inlineEngine([
    ...head('Synthetic Kasumi Denki Co., Ltd.'),
    '## Shareholder returns',
    '',
    'During 1H FY26 the Company acquired 2.1 million of its own shares for ¥12.4 bn under the program resolved on May 12, 2025, which has been completed. On November 6, 2025 the Board of Directors resolved a new share repurchase of up to 8.0 million shares (3.0% of shares outstanding) or up to ¥30.0 bn, to be acquired from November 7, 2025 to March 31, 2026.',
  ], 'kasumi-1h-fy26.md');

  it('quotes the count bought where no figure of it was read, never the plan size in its place', () => {
    for (const q of ['how many shares were bought back in 1H', 'how many shares did they buy back']) {
      const a = acquired.ask(q, q);
      expect(a.status, q).toBe('answer');
      expect(a.text, q).toContain('2.1 million');
      expect(a.text, q).not.toContain('8.0 million');
    }
  });

  const highlights = inlineEngine([
    '# Synthetic Veldmark Imaging N.V.: Q3 2026 highlights',
    '',
    'Veldmark Imaging N.V. today reported results for the third quarter ended September 30, 2026.',
    '',
    '- Share buyback: 2.4 million shares repurchased in the quarter for €118 million',
    '- Of the €1.0 bn share buyback programme announced in February 2026, €406 mn had been completed by 30 September 2026.',
  ], 'veldmark-q3-2026.md');

  it('reads "shares repurchased" as a buyback asked: the count and the amount bought, not the programme', () => {
    for (const q of ['shares repurchased in Q3 and the amount', 'shares repurchased in Q3']) {
      const a = highlights.ask(q, q);
      expect(a.text, q).toContain('2.4 million');
      expect(a.text, q).not.toMatch(/1\.0 billion|€1\.0 bn/);
    }
    expect(highlights.ask('shares repurchased in Q3 and the amount', 'amount').text).toContain('€118 million');
  });
});

describe('what is left of a plan sized in shares and in money', () => {
  const plan = inlineEngine([
    ...head('Synthetic Hotaru Seiki Co., Ltd.'),
    '## Acquisition of treasury shares',
    '',
    'On November 12, 2025, the Board of Directors resolved to acquire up to 1,500,000 shares of its common stock for a total of up to ¥6,000 million during the period from November 13, 2025 to March 24, 2026. As of September 30, 2025, the Company had acquired 842,300 shares for a total of ¥3,318 million.',
  ], 'hotaru-1h-fy26.md');

  it('gives the shares acquired asked, never the ceiling', () => {
    const a = plan.ask('how many shares were repurchased', 'count');
    expect(a.text).toContain('842,300');
    expect(a.text).not.toMatch(/1,500,000 shares\b(?! −)/);
  });

  it('works out no count left for the yen left asked', () => {
    expect(plan.ask('how much of the ¥6bn buyback is left?', 'left').text).not.toContain('657,700');
  });
});
