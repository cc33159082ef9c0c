// A sentence wrapped at a fixed width runs over several lines of a text release: an answer in the
// release's words quotes the whole sentence and cites every line it stands on, so a figure past the
// first line is cited where it is printed (a buyback answer had quoted the first line only and stopped
// at its line break, leaving out the amount still authorised).
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const engine = () =>
  inlineEngine(
    [
      'SYNTHETIC FREIGHT CO., LTD. ANNOUNCES SECOND QUARTER 2026 RESULTS',
      '',
      'Synthetic Freight today reported results for the second quarter ended June 30, 2026.',
      '',
      'Revenue rose to US$412.5 million in the second quarter of 2026, up 9.1% from',
      'US$378.1 million a year earlier, primarily due to higher container volumes on',
      'the transpacific lanes and firmer spot rates.',
      '',
      'SHARE REPURCHASE',
      'On March 2, 2026 the Board approved a share repurchase program running through',
      'March 1, 2027. As of June 30, 2026 the Company had repurchased 2,500,000 shares',
      'for a total of US$41.2 million, leaving US$58.8 million of the authorised',
      'amount.',
    ],
    'synthetic.txt',
  );

describe('a sentence wrapped over several lines', () => {
  it('a buyback asked two ways is quoted whole, each of its lines cited', () => {
    const a = engine().ask('buyback: shares repurchased and amount left?', 'w-1');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('2,500,000 shares');
    expect(a.text).toContain('leaving US$58.8 million of the authorised amount.');
    expect(a.text).toContain('lines 11–12');
    expect(a.text).not.toContain('March 1, 2027. As of');
    // (The shares asked are stated as a figure too, cited by their own quote of line 11.)
    expect(a.text).toContain('Shares repurchased: 2,500,000 shares');
    expect([...new Set(a.citations.map((c) => c.line))]).toEqual([11, 12]);
    expect(a.citations.find((c) => c.line === 12)!.quote).toBe('for a total of US$41.2 million, leaving US$58.8 million of the authorised');
  });

  it("a stated reason cites the lines its words run onto", () => {
    const a = engine().ask('why did revenue go up?', 'w-2');
    expect(a.text).toContain('firmer spot rates');
    expect(a.text).toContain('lines 5–7');
    expect(a.citations.map((c) => c.line)).toEqual([5, 6, 7]);
  });
});
