// "subs" is analysts' shorthand for subscribers after a count word ("postpaid subs"): a list question
// naming it is answered in every part, the count at its row's "(000)" scale, never one part dropped.
import { beforeAll, describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const release = [
  'SYNTHETIC — Wren Telecom Limited half-year results for the six months ended 31 December 2025',
  '',
  'Wren Telecom Limited reported results for the half-year ended 31 December 2025.',
  '',
  '| Operating metrics | Half-year ended 31 Dec 2025 | Half-year ended 31 Dec 2024 |',
  '|---|---|---|',
  '| Postpaid mobile subscribers (000) | 6,214 | 6,010 |',
  '| Postpaid ARPU (A$ per month) | 48.90 | 46.75 |',
  '',
];

describe('postpaid subs', () => {
  let engine: ReturnType<typeof inlineEngine>;
  beforeAll(() => {
    engine = inlineEngine(release);
  });
  it('reads "subs" as subscribers', () => {
    expect(engine.ask('postpaid subs for the half-year ended 31 Dec 2025?', 'subs-1').text).toMatch(/6\.214 million|6,214 thousand/);
  });
  it('answers both parts of a list naming subs', () => {
    const text = engine.ask('postpaid subs and postpaid ARPU for the half-year ended 31 Dec 2025', 'subs-2').text;
    expect(text).toMatch(/6\.214 million|6,214 thousand/);
    expect(text).toMatch(/48\.90/);
  });
});
