// Coverage: every number printed in the Q1 2024 release is either part of a typed, cited fact or
// deliberately left out for a stated reason. The release file is read here independently of the
// loader (table cells by tab, prose by a plain number pattern), so a figure the loader stops
// reading makes this test fail, naming the line and the number.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../src/knowledge/load.js';
import type { Release } from '../src/knowledge/release.js';
import { EXCLUSIONS, HEADER_REASON, audit, type Outcome } from './knowledge-audit.js';

const FILE = 'data/releases/qfin-2024q1.md';

describe('coverage of data/releases/qfin-2024q1.md', () => {
  const lines = readFileSync(FILE, 'utf8').split(/\r?\n/);
  let release: Release;
  let outcome: Outcome;
  beforeAll(() => {
    release = loadKnowledge([FILE]).kb.releases[0]!;
    outcome = audit(lines, release);
  });

  it('every printed number is part of a fact on its own line, or a deliberate exclusion', () => {
    expect(outcome.uncovered).toEqual([]);
  });

  it('every excluded number in prose is one the loader read and declined, with its reason', () => {
    expect(outcome.unexplained).toEqual([]);
  });

  it('the loader declines no number that this test does not hold to be a non-figure', () => {
    expect(outcome.dropped).toEqual([]);
  });

  it('the audit is not vacuous: hundreds of figures are covered, and exclusions are the listed kinds', () => {
    // 91 table lines × up to 3 columns, plus the narrative figures.
    expect(outcome.covered).toBeGreaterThan(450);
    // Every kind of exclusion occurs here except glued footnote marks ("lines*2"), which this
    // release does not use (the Q2 fixture does).
    const kinds = [...EXCLUSIONS.filter((e) => !e.defined).map((e) => e.reason), HEADER_REASON];
    expect([...outcome.excluded.keys()].sort()).toEqual(kinds.sort());
  });

  it('the audit notices a figure the loader cannot reach', () => {
    // Take a narrative fact away: its number must show up as uncovered.
    const without = { ...release, facts: release.facts.filter((f) => !(f.citation.line === 97 && f.value.equals('85.4'))) };
    expect(audit(lines, without).uncovered).toEqual(['line 97: 85.4']);
    // And a table fact: the nil of "Investment loss" (line 292).
    const noNil = { ...release, facts: release.facts.filter((f) => !(f.citation.line === 292 && f.period.kind === 'duration' && f.period.end === '2024-03-31' && 'currency' in f.unit && f.unit.currency === 'USD')) };
    expect(audit(lines, noNil).uncovered).toEqual(['line 292: "-" (nil) in column 3']);
    // A figure the loader declines as a non-figure is reported as dropped.
    const declined = { ...release, nonFigures: [...release.nonFigures, { text: '159', line: 13, reason: 'a number in prose that names no figure' }] };
    expect(audit(lines, declined).dropped).toEqual(['line 13: 159 (a number in prose that names no figure)']);
  });
});
