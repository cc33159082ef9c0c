// A number that is part of a line's name ("Stage 2", "Tier I", "Level 3", "Phase II", "Class A") tells that line from
// its siblings, which share every other word: a question saying one names only the line with that number, never a
// sibling with another ("stage 2 assets" is no "Gross Stage 3 assets"; "tier 1" is "Tier I"). Numbers that are
// periods or figures ("Q1", "2026", "90+ dpd", "day-1", "M1+") follow no such word and are no name numbers.
// Read on questions and labels alike (refiners/name-numbers.ts); pinned by test/corpus/name-numbers.jsonl.

export interface NameNumberRule {
  name: string;
  /** The word the number follows, and the numbers it takes (as written). */
  pattern: RegExp;
}

const ROMAN = 'i{1,3}|iv|vi{0,3}|ix|x';
const NUMERAL = `\\d{1,2}|${ROMAN}`;

export const NAME_NUMBER_RULES: NameNumberRule[] = [
  { name: 'stage', pattern: new RegExp(`\\bstage[\\s-]*(${NUMERAL})\\b`, 'gi') },
  // ("CET1" is common equity tier 1.)
  { name: 'tier', pattern: new RegExp(`\\b(?:tier|cet)[\\s-]*(${NUMERAL})\\b`, 'gi') },
  { name: 'level', pattern: new RegExp(`\\blevel[\\s-]+(${NUMERAL})\\b`, 'gi') },
  { name: 'phase', pattern: new RegExp(`\\bphase[\\s-]+(${NUMERAL})\\b`, 'gi') },
  // ("class a shares": a letter too; never "class of".)
  { name: 'class', pattern: new RegExp(`\\bclass[\\s-]+(${NUMERAL}|[a-h])\\b`, 'gi') },
];

export interface NameNumber {
  rule: string;
  /** The number as one reading of it: "1" for "1" and "I", "a" for "A". */
  number: string;
  start: number;
  end: number;
}

const ROMANS = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'];

/** "II" and "2" read alike; a letter as itself. */
function reading(written: string): string {
  const w = written.toLowerCase();
  const roman = ROMANS.indexOf(w);
  return roman >= 0 ? String(roman + 1) : /^\d+$/.test(w) ? String(Number(w)) : w;
}

/** The name numbers a text says, in order. */
export function nameNumbers(text: string): NameNumber[] {
  const out: NameNumber[] = [];
  for (const r of NAME_NUMBER_RULES) {
    for (const m of text.matchAll(r.pattern)) out.push({ rule: r.name, number: reading(m[1]!), start: m.index!, end: m.index! + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Whether a label names its line by the number said. */
export const sameNumber = (label: string, said: NameNumber): boolean => nameNumbers(label).some((n) => n.rule === said.rule && n.number === said.number);

/** A label with its roman name numbers said as digits ("Tier I capital" is "Tier 1 capital"), or null where it has none. */
export function inDigits(label: string): string | null {
  let out = label;
  for (const r of NAME_NUMBER_RULES) {
    out = out.replace(r.pattern, (all, numeral: string) => (ROMANS.includes(numeral.toLowerCase()) ? all.slice(0, -numeral.length) + reading(numeral) : all));
  }
  return out === label ? null : out;
}
