// A plan's use asked ("how much of it did they use?", "did the company use all of it?") was answered with the plan's
// size: "use" after "did/do" was no cue of what was used, and where a cue was read, every sentence of the plan was
// quoted, its size sentence too, even where none said what was done. What a plan has used is told by the sentence
// saying so, in words or a figure; where no sentence does, the question declines, never giving the size as the use.
// Synthetic releases: a plan whose use is said in words beside a newer plan, and a plan stated by its size alone.
import { beforeAll, describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const head = (name: string) => [`# Synthetic ${name} Announces Second Quarter 2026 Results`, '', `Synthetic ${name} today announced its results for the second quarter ended June 30, 2026.`, '', '| (US$ thousands) | Q2 2025 | Q2 2026 |', '|---|---:|---:|', '| Total revenues | 212,400 | 240,900 |', ''];

const WORDED = [
  ...head('Corvina Digital'),
  '### Share Repurchase Program',
  '',
  'On September 8, 2025, the board approved a share repurchase program (the "2025 Program") under which the Company may repurchase its ADSs with an aggregate value of up to US$80 million over the following 12 months. As of July 15, 2026, the Company had used approximately two thirds of the 2025 Program.',
  '',
  'On May 20, 2026, the board approved a further share repurchase program (the "2026 Program") under which the Company may repurchase its ADSs with an aggregate value of up to US$120 million over the following 12 months.',
];

const SIZE_ONLY = [...head('Brightmoor Labs'), 'On March 2, 2026, the board of directors authorized a share repurchase program of up to US$45 million of the Company\'s ordinary shares over a period of 24 months.'];

describe("a plan's use asked: the sentence saying it, else a decline", () => {
  let worded!: ReturnType<typeof inlineEngine>;
  let sizeOnly!: ReturnType<typeof inlineEngine>;
  beforeAll(() => {
    worded = inlineEngine(WORDED, 'corvina.md');
    sizeOnly = inlineEngine(SIZE_ONLY, 'brightmoor.md');
  });
  it('after the plan, "how much of it did they use?": its use in words, never its size', () => {
    worded.ask('how big was the 2025 repurchase program', 'use-1');
    const a = worded.ask('how much of it did they use?', 'use-1');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('two thirds');
    expect(a.text).not.toContain("the plan's size");
    expect(a.citations.some((c) => c.quote.includes('two thirds'))).toBe(true);
  });
  it('asked whole: "did the company use all of the 2025 program?"', () => {
    const a = worded.ask('did the company use all of the 2025 program?', 'use-2');
    expect(a.text).toContain('two thirds');
    expect(a.text).not.toMatch(/size\)?: US\$80 million/);
  });
  it('its size asked beside its use: both sentences, the size never left out', () => {
    const a = worded.ask('the 2025 program - how big and how much was used', 'use-5');
    expect(a.text).toContain('two thirds');
    expect(a.text).toContain('80 million');
  });
  it('a plan no sentence says anything was done under: declined, the size not given as the use', () => {
    sizeOnly.ask('size of the buyback?', 'use-3');
    const a = sizeOnly.ask('how much of it did they use?', 'use-3');
    expect(a.status).toBe('unknown');
    expect(a.text).not.toContain('45 million');
    const b = sizeOnly.ask('how much of the repurchase program has been used so far?', 'use-4');
    expect(b.status).toBe('unknown');
    expect(b.text).not.toContain('45 million');
  });
});
