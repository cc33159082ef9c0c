// The naming rules (src/intents/naming): each rule pinned by the positive and negative examples of
// test/corpus/naming.jsonl, on labels of several issuers. "heard" are names a question may use for the
// line, "not" names it must not be heard by, "said" how an answer names it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { heardNames, withDefinedElsewhere } from '../src/intents/naming/heard.js';
import { definedAbbreviations } from '../src/knowledge/abbreviations.js';
import { NAMING_RULES } from '../src/intents/naming/rules.js';
import { SAYING_RULES, spoken } from '../src/intents/naming/spoken.js';

type Example = { rule: string; label: string; parent?: string; measure?: string; defined?: Record<string, string>; taken?: string[]; fires: boolean; heard?: string[]; not?: string[]; said?: string };
const examples = readFileSync('test/corpus/naming.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Example);
const rules = [...NAMING_RULES, ...SAYING_RULES];

describe('naming rules: positive and negative examples', () => {
  it.each(examples.map((e) => [`${e.rule}: ${e.label}`, e] as const))('%s', (_n, e) => {
    const rule = rules.find((r) => r.name === e.rule);
    expect(rule, e.rule).toBeDefined();
    const ctx = { parent: e.parent, measure: e.measure, defined: new Map(Object.entries(e.defined ?? {})), taken: (w: string) => (e.taken ?? []).includes(w) };
    const m = rule!.pattern.exec(e.label);
    expect(Boolean(m && rule!.produce(m, ctx).length)).toBe(e.fires);
    const heard = heardNames(e.label, ctx);
    for (const h of e.heard ?? []) expect(heard).toContain(h);
    for (const h of e.not ?? []) expect(heard).not.toContain(h);
    if (e.said !== undefined) expect(spoken(e.label)).toBe(e.said);
  });

  it('every rule has a positive and a negative example', () => {
    for (const r of rules) {
      expect(examples.some((e) => e.rule === r.name && e.fires), r.name).toBe(true);
      expect(examples.some((e) => e.rule === r.name && !e.fires), r.name).toBe(true);
    }
  });
});

describe('abbreviations a release defines', () => {
  it('reads the long form whose initials the short form is, with curly or straight quotes', () => {
    const d = definedAbbreviations(['under capital-light model, Intelligence Credit Engine (“ICE”) and other', 'the Buy Now Pay Later ("BNPL") loans']);
    expect(d.get('Intelligence Credit Engine')).toBe('ICE');
    expect(d.get('Buy Now Pay Later')).toBe('BNPL');
  });
  it('does not take a quoted name that is not an abbreviation of the words before it', () => {
    const d = definedAbbreviations(['a share repurchase plan (the "2023 Share Repurchase Plan")', 'Qifu Technology (the "Company")']);
    expect(d.size).toBe(0);
  });
  it('reads an unquoted short form in capitals after a long form in sentence case, and nothing else in parentheses', () => {
    const d = definedAbbreviations(['- Gross merchandise value (GMV) of $9.1 billion, up 12%.', 'Net income (loss) was $3.0 million', 'revenue of 4.1 billion (RMB) and costs (Q1)', 'monthly active users (Mau) rose']);
    expect([...d]).toEqual([['Gross merchandise value', 'GMV']]);
  });
  it("takes another release's abbreviation only where the release defines none with those letters", () => {
    const own = new Map([['Average order value', 'AOV']]);
    const elsewhere = new Map([['Annual operating volume', 'AOV'], ['Gross merchandise value', 'GMV']]);
    expect([...withDefinedElsewhere(own, elsewhere)]).toEqual([['Average order value', 'AOV'], ['Gross merchandise value', 'GMV']]);
  });
});
