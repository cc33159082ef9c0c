// Ratios formed from the lines each release has (knowledge/formulas.ts): which labels play a formula's
// parts, by meaning, for any issuer (test/corpus/formulas.jsonl, positive and negative), and the
// answers a user reads on filed and invented issuers' releases, each input cited.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import type { Engine } from '../src/intents/answer.js';
import { FORMULAS } from '../src/knowledge/formulas.js';

type LabelCase = { formula: string; part: 'numerator' | 'denominator'; label: string; fits: boolean };
type AskCase = { doc: string; q?: string; thread?: string[]; status: string; has?: string[]; hasNot?: string[] };
const cases = readFileSync('test/corpus/formulas.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l) as LabelCase | AskCase);

const DIRS = ['../shared/releases/filed', 'eval/hl5/docs'];
const engines = new Map<string, Engine>();
const exists = (path: string) => {
  try {
    readFileSync(path);
    return true;
  } catch {
    return false;
  }
};

describe('formula parts: a label plays a part by its accounting words, never by one issuer\'s label', () => {
  it.each(cases.filter((c): c is LabelCase => 'label' in c).map((c) => [`${c.formula} ${c.part} ${c.fits ? '←' : '✗'} ${c.label}`, c] as const))('%s', (_n, c) => {
    const f = FORMULAS.find((x) => x.id === c.formula)!;
    expect(f[c.part].test(c.label.toLowerCase())).toBe(c.fits);
  });
});

let n = 0;
describe('ratios asked of other issuers: formed from their lines, inputs shown; a ratio asked of the wrong line declines', () => {
  it.each(cases.filter((c): c is AskCase => 'doc' in c).map((c) => [`${c.doc}: ${c.q ?? c.thread!.join(' → ')}`, c] as const))('%s', (_n, c) => {
    const dir = DIRS.find((d) => exists(`${d}/${c.doc}`))!;
    if (!engines.has(c.doc)) engines.set(c.doc, sharedEngine(`${dir}/${c.doc}`));
    const engine = engines.get(c.doc)!;
    const turns = c.thread ?? [c.q!];
    const conversation = `f${n++}`;
    const last = turns.map((q) => engine.ask(q, conversation)).at(-1)!;
    expect(last.status).toBe(c.status);
    for (const h of c.has ?? []) expect(last.text).toContain(h);
    for (const h of c.hasNot ?? []) expect(last.text).not.toContain(h);
    if (c.status === 'answer') expect(last.citations.length).toBeGreaterThanOrEqual(1);
  });
});
