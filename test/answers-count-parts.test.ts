// A count split into its parts in one sentence ("412 restaurants: 389 company-owned and 23 franchised"): each part
// is a count of its own, named by its qualifier and the whole's noun (knowledge/prose/count-parts.ts); a question
// naming a part gets the part, never the whole. hunt38 cbk-15, cbk-19. Synthetic releases, other wordings.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const HEAD = ['# Synthetic Lantern Clinics Reports Second Quarter 2026 Results', '', 'Synthetic Lantern Clinics, Inc. today reported results for the second quarter ended June 30, 2026.', '', '## Network', ''];
const split = inlineEngine([
  ...HEAD,
  '- Revenue was $88.4 million, an increase of 5.1% from the second quarter of 2025.',
  '- At June 30, 2026 the network counted 214 clinics (171 owned and 43 affiliated).',
  '- The company operated 96 stores: 80 leased, 12 owned and 4 franchised.',
  '- Average revenue per owned clinic was $402,000 in the quarter.',
]);
const whole = inlineEngine([
  ...HEAD,
  '- Revenue was $88.4 million, an increase of 5.1% from the second quarter of 2025.',
  '- At June 30, 2026 the network counted 214 clinics.',
  '- Average revenue at affiliated clinics was $402,000 in the quarter.',
]);
let n = 0;
const ask = (e: typeof split, q: string) => e.ask(q, `count-parts-${n++}`);

describe('a count split into parts', () => {
  it('answers a part in brackets with the part, cited to its sentence', () => {
    const a = ask(split, 'how many affiliated clinics at the end of Q2?');
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain('43');
    expect(a.text).not.toContain('214');
    expect(a.citations[0]?.quote).toContain('171 owned and 43 affiliated');
  });
  it('answers a part asked as "<part> <noun> count"', () => {
    const a = ask(split, 'owned clinic count');
    expect(a.text).toContain('171');
    expect(a.text).not.toContain('214');
  });
  it('reads each part of a list of three after a colon', () => {
    expect(ask(split, 'number of franchised stores').text).toContain('4 stores');
    expect(ask(split, 'how many leased stores').text).toContain('80');
  });
  it('still answers the whole when the whole is asked', () => {
    expect(ask(split, 'how many stores did the company operate').text).toContain('96');
  });
});

describe('a part asked where the release gives only the whole', () => {
  it('declines the part rather than give the whole', () => {
    const a = ask(whole, 'owned clinic count');
    expect(a.status, a.text).toBe('unknown');
    expect(a.text).not.toContain('214');
  });
});
