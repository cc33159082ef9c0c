// A dividend the release dates by its declaration, after its own quarter ends ("On 27 October 2026 the Board
// declared ..." in a Q3 release), asked for that quarter: the release's dividend for it, with the date the release
// gives. Asked for another quarter, for nine months, or a line that is no dividend: never bound to that period.
// Synthetic issuers, made-up figures.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const release = (sentence: string, extra: string[] = []) =>
  inlineEngine([
    '# Brackenfield Homes reports third quarter 2026 results',
    '',
    'Brackenfield Homes today reported results for the third quarter ended September 30, 2026.',
    '',
    '| ($ thousands) | Q3 2026 | Q3 2025 |',
    '|---|---:|---:|',
    '| Total revenues | 84,210 | 79,944 |',
    '',
    'During the third quarter the Company repurchased 90,000 shares for a total of approximately $3.1 million.',
    '',
    sentence,
    ...extra,
  ]);
const declared = () => release('On October 29, 2026, the Board of Directors declared a quarterly cash dividend of $0.42 per share, payable on January 14, 2027.');

describe('a dividend declared after the quarter, asked for the quarter', () => {
  it.each([
    ['Q3 dividend per share', 'd1'],
    ['what was the dividend for the third quarter of 2026?', 'd2'],
    ['dividend for the quarter ended September 30, 2026', 'd3'],
  ])('"%s" answers with the declared dividend and its date', (q, id) => {
    const a = declared().ask(q, id);
    expect(a.status).toBe('answer');
    expect(a.text).toContain('$0.42');
    expect(a.text).toContain('October 29, 2026');
    expect(a.citations.some((c) => c.quote.includes('$0.42'))).toBe(true);
  });
  it('beside a buyback of the quarter, both parts are answered', () => {
    const a = declared().ask('how much did they buy back in Q3, and the dividend?', 'd4');
    expect(a.status).toBe('answer');
    expect(a.text).toMatch(/90,000|\$3\.1 million/);
    expect(a.text).toContain('$0.42');
  });
});

describe('never bound to another period', () => {
  it('asked for the quarter before: declined, naming the date it gives', () => {
    const a = declared().ask('dividend in Q2 2026?', 'n1');
    expect(a.text).not.toContain('$0.42 ');
    expect(a.status).toBe('unknown');
    expect(a.text).toContain('October 29, 2026');
  });
  it('asked for the nine months: not the quarterly dividend', () => {
    const a = declared().ask('dividend for 9M 2026?', 'n2');
    expect(a.status).toBe('unknown');
  });
  it('declared more than a quarter after: not the quarter\'s', () => {
    const a = release('On February 3, 2027, the Board of Directors declared a quarterly cash dividend of $0.42 per share.').ask('Q3 dividend per share', 'n3');
    expect(a.status).toBe('unknown');
    expect(a.text).not.toMatch(/\$0\.42 (?:as of|in)/);
  });
  it('a balance dated after the quarter is no dividend: declined for the quarter', () => {
    const a = release('On October 29, 2026, the Company had cash of $12.5 million.').ask('cash in Q3?', 'n4');
    expect(a.text).not.toContain('$12.5 million as of');
  });
});
