// The names a line is heard by, besides its labels: every form the naming rules derive from each
// label, its parent line and the release's own defined abbreviations.
import { NAMING_RULES, type NamingContext } from './rules.js';

/** `Long Name (“LN”)`, `Long Name (the "LN")`: an abbreviation whose letters start the long form's words. */
const DEFINITION = /((?:[A-Z][\w'-]*\s+){1,6}[A-Z][\w'-]*)\s*\(\s*(?:the\s+)?["“]([A-Z][A-Za-z0-9&-]{1,9})["”]\s*\)/g;

/** The abbreviations a release's text defines: long form → short form. */
export function definedAbbreviations(texts: Iterable<string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const text of texts) {
    for (const m of text.matchAll(DEFINITION)) {
      const words = m[1]!.split(/\s+/);
      // The short form's letters are the initials of the long form's last words ("Intelligence Credit Engine").
      for (let i = 0; i < words.length; i++) {
        const tail = words.slice(i);
        if (tail.map((w) => w[0]).join('').toUpperCase() === m[2]!.replace(/[^A-Za-z]/g, '').toUpperCase()) out.set(tail.join(' '), m[2]!);
      }
    }
  }
  return out;
}

/** Every form the rules derive from a label, in order, the label itself left out. */
export function heardNames(label: string, ctx: NamingContext): string[] {
  const forms = [label];
  const done = new Set<string>();
  for (const rule of NAMING_RULES) {
    for (const form of [...forms]) {
      const m = done.has(form) ? null : rule.pattern.exec(form);
      if (!m) continue;
      if (rule.final) done.add(form);
      for (const p of rule.produce(m, ctx)) {
        const clean = p.replace(/[“”"]/g, '').replace(/\s+/g, ' ').trim();
        if (clean && !forms.includes(clean)) forms.push(clean);
      }
    }
  }
  return forms.slice(1);
}
