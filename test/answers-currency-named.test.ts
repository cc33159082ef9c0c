// A line whose name says its currency ("Revenue in US$" beside the rupee revenue line) is a figure in that
// currency: "in US$" holds no name word, so "revenue" alone found it and the US$ growth was given for
// "rev growth qoq in rupee terms". It is never given for another currency, asked or reported.
import { expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const engine = inlineEngine([
  '# Synthetic Kaveri Systems Results for the second quarter of fiscal 2027',
  '',
  'Synthetic Kaveri Systems today reported results for the quarter ended September 30, 2026.',
  '',
  '- Revenue from operations of ₹58,420 million, up 4.1% QoQ.',
  '- Revenue in US$ of $661.8 million, up 1.6% QoQ.',
  '',
  '| (₹ million) | Q2 FY27 | Q1 FY27 |',
  '|---|---|---|',
  '| Revenue from operations | 58,420 | 56,105 |',
]);
let n = 0;
const ask = (q: string) => engine.ask(q, `currency-named-${n++}`);

it('a line named in US$ is not answered for the rupee revenue asked', () => {
  const a = ask('rev growth qoq in rupee terms');
  expect(a.text).not.toContain('1.6%');
  expect(a.status === 'unknown' || a.text.includes('4.1%')).toBe(true);
});

it('nor where no currency is asked and the release reports in rupees', () => {
  expect(ask('revenue growth qoq').text).not.toContain('1.6%');
});

it('the rupee line named is answered', () => {
  expect(ask('revenue from operations qoq').text).toContain('up 4.1% quarter over quarter');
});
