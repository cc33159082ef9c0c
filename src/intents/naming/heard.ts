// The names a line is heard by, besides its labels: every form the naming rules derive from each
// label, its parent line and the release's own defined abbreviations.
import { NAMING_RULES, type NamingContext } from './rules.js';

/**
 * `Long Name (“LN”)`, `Long Name (the "LN")`, `Gross order value (GOV)`: an abbreviation whose letters
 * start the long form's words (checked below). Unquoted, the short form is in capitals ("(loss)" is none),
 * or starts with two and ends with one ("EBIT after rent (EBITaR)").
 */
const DEFINITION = /((?:[A-Za-z][\w'-]*\s+){1,6}[A-Za-z][\w'-]*)\s*\(\s*(?:the\s+)?(?:["“]([A-Z][A-Za-z0-9&-]{1,9})["”]|([A-Z][A-Z0-9&-]{1,9}|[A-Z]{2}[A-Za-z0-9&-]{0,7}[A-Z]))\s*\)/g;

/** A long form's letters as an abbreviation takes them: each word's initial, an acronym in it whole ("EBIT after rent": EBITAR). */
const initials = (words: string[]) => words.map((w) => (/^[A-Z]{2,}$/.test(w) ? w : w[0])).join('');

/** The abbreviations a release's text defines: long form → short form. */
export function definedAbbreviations(texts: Iterable<string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const text of texts) {
    for (const m of text.matchAll(DEFINITION)) {
      const words = m[1]!.split(/\s+/);
      const short = (m[2] ?? m[3])!;
      // The short form's letters are the initials of the long form's last words ("Intelligence Credit Engine").
      for (let i = 0; i < words.length; i++) {
        const tail = words.slice(i);
        if (initials(tail).toUpperCase() === short.replace(/[^A-Za-z]/g, '').toUpperCase()) out.set(tail.join(' '), short);
      }
    }
  }
  return out;
}

/**
 * A release's own abbreviations, then those other loaded releases define for a long form it prints too
 * ("TPV" for "Total payment volume" where only another issuer's release says so); a short form the
 * release defines itself keeps its own meaning.
 */
export function withDefinedElsewhere(own: Map<string, string>, elsewhere: Map<string, string>): Map<string, string> {
  const shorts = new Set([...own.values()].map((s) => s.toUpperCase()));
  const out = new Map(own);
  for (const [long, short] of elsewhere) if (!shorts.has(short.toUpperCase()) && !out.has(long)) out.set(long, short);
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
