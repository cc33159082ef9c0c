// The prefilter (src/knowledge/prefilter.ts) skips a pattern only where it cannot match: what it reads
// of a source is pinned on invented patterns, and on every pattern it guards (period rules, abbreviations,
// operation and basis cues, modifiers, history rules) against the repository's questions and release
// lines, a skip is never a pattern that matches.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ABBREVIATIONS } from '../src/intents/abbreviations.js';
import { OP_RULES, SPAN_RULES } from '../src/intents/recognisers/history.js';
import { MODIFIER_RULES } from '../src/intents/recognisers/modifiers.js';
import { BASIS_CUES, OPERATION_CUES } from '../src/intents/recognisers/operations.js';
import { PERIOD_RULES } from '../src/knowledge/period-grammar.js';
import { execs, keepNeeds, matchesOf, mayMatch, needOf, tests, type Need } from '../src/knowledge/prefilter.js';

describe('what a pattern needs', () => {
  it.each<[RegExp, Need]>([
    [/abc/, ['abc']],
    [/\bopex\b/g, ['opex']],
    [/years?/, ['year']], // what a quantifier repeats is not needed
    [/x{2,3}yz/, ['yz']],
    [/(?:ab)?cd/, ['cd']],
    [/(?:ab){1,2}/, null], // a repeated group needs nothing, and its quantifier is no literal
    [/\b(?:net|gross) (?:income|profit)\b/, ['income', 'profit']],
    [/(?:q[1-4]|[1-4]q)\s+20\d\d/, ['20']],
    [/[abc]def/, ['def']],
    [/\x41bc/, ['bc']], // an escape's operand (41) is no literal
    [/\u00e9t\d{2}é/, ['t']],
    [/a\.b/, ['a.b']], // literal tokens in a row are one run
    [/\b(?:y\/y|q\/q)\b/, ['y/y', 'q/q']],
    [/vs\.?x/, ['vs']], // a repeated escape ends a run
    [/(?=abc)d/, ['d']], // a lookaround needs nothing of the match
    [/(?<!abc)/, null],
    [/ab|[c]/, null], // one alternative needs nothing: the pattern needs nothing
    [/\bFY(\d{2})\b/i, ['fy']], // ignoring case: lowercase
    [/caf[eé] CAFÉ/i, [' caf']], // ignoring case, letters outside ASCII are left out
    [/abc/iu, null], // Unicode case folding is not read
    [/(?<year>20\d\d)/, ['20']],
  ])('%s needs %j', (re, need) => {
    expect(needOf(re)).toEqual(need);
  });

  it('skips only what cannot match, and answers for a kept table', () => {
    expect(mayMatch(/\bnci\b/g, 'what was NCI in q1')).toBe(false);
    expect(mayMatch(/\bnci\b/gi, 'what was NCI in q1')).toBe(true);
    const re = /\bshares?\b/;
    const table = new Map<string, Need>([[`${re.flags}/${re.source}`, ['zzz']]]);
    keepNeeds(table);
    expect(mayMatch(re, 'share count')).toBe(false); // read from the table, not the source
    const other = /\bloans\b/;
    expect(mayMatch(other, 'loans')).toBe(true);
    expect(table.get(`${other.flags}/${other.source}`)).toEqual(['loans']); // and kept there
    keepNeeds(new Map());
  });
});

/** The repository's own questions (the corpora) and release lines, with the lowercase of each. */
function texts(): string[] {
  const questions = readdirSync('test/corpus')
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readFileSync(`test/corpus/${f}`, 'utf8').split('\n'))
    .flatMap((line) => [...line.matchAll(/"q":\s*"((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1]}"`) as string));
  const lines = readFileSync('data/releases/qfin-2024q1.md', 'utf8').split('\n');
  return [...questions, ...lines].flatMap((t) => [t, t.toLowerCase()]);
}

describe('no pattern the prefilter guards is skipped where it matches', () => {
  const all = texts();
  it.each([
    ['period rules', PERIOD_RULES.map((r) => r.pattern)],
    ['abbreviations', ABBREVIATIONS.map(([re]) => re)],
    ['operation and basis cues', [...OPERATION_CUES.map((c) => c.cues), ...BASIS_CUES.flatMap((b) => [b.strong, b.weak])]],
    ['modifiers', MODIFIER_RULES.map((r) => r.pattern)],
    ['history rules', [...SPAN_RULES.map((r) => r.pattern), ...OP_RULES.flatMap((r) => (r.with ? [r.pattern, r.with] : [r.pattern]))]],
  ])('%s', (_, patterns) => {
    expect(all.length).toBeGreaterThan(1000);
    let skipped = 0;
    for (const pattern of patterns) {
      const re = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
      for (const text of all) {
        if (mayMatch(pattern, text)) continue;
        skipped++;
        if (re.test(text)) expect.fail(`/${pattern.source}/${pattern.flags} was skipped on "${text}", which it matches`);
      }
    }
    expect(skipped).toBeGreaterThan(0);
  });
});

describe('a pattern run through the prefilter answers as the pattern itself', () => {
  it('tests, execs and matchesOf give what the pattern gives, skipped or run', () => {
    const re = /\bguidance\b/i;
    expect(tests(re, 'the GUIDANCE for Q2')).toBe(true);
    expect(tests(re, 'net revenue')).toBe(false);
    expect(execs(re, 'our guidance')?.index).toBe(4);
    expect(execs(re, 'net revenue')).toBeNull();
    expect(matchesOf(/\bq[1-4]\b/g, 'q1 and q2').map((m) => m.index)).toEqual([0, 7]);
    expect(matchesOf(/\bguidance\b/g, 'net revenue')).toEqual([]);
  });

  it('a global pattern skipped starts its next search from the start, as after a failed test', () => {
    const re = /revenue/g;
    expect(tests(re, 'revenue and revenue')).toBe(true);
    expect(re.lastIndex).toBe(7);
    expect(tests(re, 'net income')).toBe(false); // skipped: no "revenue" in it
    expect(re.lastIndex).toBe(0);
    expect(execs(re, 'revenue')?.index).toBe(0);
  });
});
