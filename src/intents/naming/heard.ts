// The names a line is heard by, besides its labels: every form the naming rules derive from each
// label, its parent line and the release's own defined abbreviations.
import { NAMING_RULES, type NamingContext } from './rules.js';

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
