// A line's twin on another basis: "and GAAP?" after non-GAAP operating margin, "the non-GAAP one", "and per
// ordinary share?" after a per-ADS figure. What the dialogue's pointing rules take when a follow-up switches it.
import type { Turn } from './context.js';
import type { Said } from './dialogue.js';
import type { Lexicon } from './lexicon.js';
import { normalise } from './text.js';

/** A unit a per-unit line is counted in, as releases name it: "class A ordinary share", "ADS". */
const UNIT = '(?:class [a-z] )?(?:common |ordinary )?(share|ads|american depositary share)s?';

/** "per (ordinary) share", "per ADS": a per-unit basis a follow-up asks for, as the release's units name it. */
const PER_UNIT = new RegExp(`\\bper ${UNIT}\\b`);
const EVERY_PER_UNIT = new RegExp(PER_UNIT.source, 'g');

/** "per diluted ADS?", "and per share": a unit and nothing else a line is named by. */
const UNIT_ONLY = new RegExp(`^\\W*(?:(?:and|what about|how about|the|basic|diluted|fully)\\s+)*per (?:(?:basic|diluted|fully diluted) )?${UNIT}(?:\\s+(?:basic|diluted|fully diluted))?\\W*$`);

/**
 * A follow-up saying only a basis ("on a cash basis?", "and in constant currency terms"): the thread's lines on it, even
 * after a turn declined for its period, or a decline; never a line named by the word alone ("Cash and cash
 * equivalents" for same-store NOI on a cash basis, hl55 h55-087).
 */
const BASIS_ONLY = /^\W*(?:(?:and|what about|how about|now)\s+)?(?:on\s+an?\s+|in\s+)(cash|like[- ]for[- ]like|organic|comparable|underlying|constant[- ]currency)\s+(?:basis|terms)\W*$/;

/** The basis a follow-up says alone ("cash" of "on a cash basis?"), or undefined. */
export const basisOnly = (text: string): string | undefined => BASIS_ONLY.exec(normalise(text))?.[1];

/** Whether a question names only a per-unit basis, so it asks the thread's line per that unit. */
export const unitOnly = (text: string) => UNIT_ONLY.test(text.trim());

/** The per-unit basis a question asks for ("share" or "ADS"), or null. */
export function unitAsked(text: string): string | null {
  const m = PER_UNIT.exec(text);
  return m ? (m[1] === 'share' ? 'share' : 'ADS') : null;
}

/**
 * The line of the same kind, on the side asked, whose other words are most alike, by a margin; null where
 * none is. `strip` takes the basis words off a label, `named` prefers the twin whose label names the basis;
 * `least` is the likeness a twin needs (1: the same words).
 */
function twinOf(s: Said, id: string, onSide: (id: string) => boolean, strip: (label: string) => string, named: (label: string) => boolean, least = 0.6): string | null {
  const { lex } = s;
  const wordsOf = (label: string) => new Set(strip(lex.rename(label.toLowerCase())).split(/[^a-z0-9]+/).filter(Boolean));
  const own = wordsOf(lex.matcher.label(id));
  const scored = [...lex.kb.metrics.values()]
    .filter((m) => m.id !== id && onSide(m.id) && lex.kindOf(m.id) === lex.kindOf(id))
    .map((m) => {
      const theirs = wordsOf(m.label);
      const common = [...own].filter((w) => theirs.has(w)).length;
      return { id: m.id, score: common / (own.size + theirs.size - common), named: Number(named(m.label)) };
    })
    .sort((a, b) => b.score - a.score || b.named - a.named);
  const [best, next] = scored;
  // (Twins as alike that print the same figures are one line printed twice: either answers.)
  const apart = !next || best!.score - next.score >= 0.1 || best!.named > next.named || lex.kb.sameFigures(best!.id, next.id);
  return best && best.score >= least && apart ? best.id : null;
}

/**
 * The one line on the side asked that names the thread's line, or is named by it, once the basis words are off, as a
 * question would: "Adjusted diluted EPS" → "diluted eps", a name of "Net earnings per share Diluted" that no label word
 * shares ("EPS"), and back. Null where no line fits whole, or several do.
 */
function namedTwin(s: Said, id: string, onSide: (id: string) => boolean, strip: (label: string) => string): string | null {
  const { lex } = s;
  const named = (line: string) => {
    const text = strip(lex.rename(lex.matcher.label(line).toLowerCase())).trim();
    const found = lex.matcher.match(text);
    return found.length === 1 && found[0]!.start === 0 && found[0]!.end === text.length ? found[0]!.ids : [];
  };
  const own = named(id);
  const fits = [...lex.kb.metrics.keys()].filter((m) => m !== id && onSide(m) && lex.kindOf(m) === lex.kindOf(id) && (own.includes(m) || named(m).includes(id)));
  return fits.length === 1 ? fits[0]! : null;
}

/** The thread's line on the other basis: the likest label, else the line its own words name there. */
const basisTwin = (s: Said, id: string, onSide: (id: string) => boolean, toNonGaap: boolean) => {
  // (Its basis said first, or after it in brackets, "Adjusted diluted EPS (non-GAAP)", and its footnote marks: no words of the line's.)
  const strip = (l: string) => l.replace(/^(?:non-gaap|gaap|adjusted)\s+/, '').replace(/\s*\((?:non-)?gaap\)|[*†‡]+/g, '');
  return twinOf(s, id, onSide, strip, (l) => toNonGaap || /^gaap\b|\(gaap\)/i.test(l)) ?? namedTwin(s, id, onSide, strip);
};

/** Whether a label is on the non-GAAP basis: it says so first ("Adjusted Profit Per Share" too: the question's "adjusted" is non-GAAP). */
const ADJUSTED = (label: string) => /^(?:non-gaap|adjusted)\b/i.test(label);
const NON_GAAP = (s: Said, id: string) => ADJUSTED(s.lex.matcher.label(id));
/** Whether a line is on the one basis a question says, where it says one ("and the GAAP net income?"): any line where it says none. */
export const onBasisAsked = (lex: Lexicon, modifiers: ReadonlySet<string>) => (id: string) =>
  modifiers.has('gaap') === modifiers.has('non-gaap') || ADJUSTED(lex.matcher.label(id)) === modifiers.has('non-gaap');

/**
 * The lines a question's words fit, none where all are on the adjusted basis and it says no basis: "operating income?"
 * asks the reported line, never "Non-GAAP operating income" beside a "Loss from operations" its words do not name.
 * (Lines on both bases stay, to ask among.)
 */
export const onBasisSaid = (modifiers: ReadonlySet<string>, ids: string[], label: (id: string) => string): string[] =>
  modifiers.has('non-gaap') || !ids.every((id) => ADJUSTED(label(id))) ? ids : [];

/**
 * Whether a line's label states the other basis than the one a question says: "GAAP operating expenses" for "non-GAAP
 * operating expense guidance", "Adjusted EBITDA" for "GAAP EBITDA". A label stating no basis may be either.
 */
export function otherBasisStated(modifiers: ReadonlySet<string>, label: string): boolean {
  const gaap = /(?<!non-)\bgaap\b/i.test(label) && !ADJUSTED(label);
  return (modifiers.has('non-gaap') && gaap) || (modifiers.has('gaap') && !modifiers.has('non-gaap') && ADJUSTED(label));
}

/**
 * Whether a line a follow-up turns the thread to is on the thread's basis, where the follow-up says none: "margin?"
 * after EBITDA is EBITDA's margin, never "Adjusted EBITDA margin", another figure's; "adjusted margin?" may turn.
 */
export const onBasisOf = (lex: Lexicon, last: Turn, modifiers: ReadonlySet<string>) => {
  const bases = new Set(last.metrics.map((id) => ADJUSTED(lex.matcher.label(id))));
  return (id: string) => modifiers.has('gaap') || modifiers.has('non-gaap') || bases.has(ADJUSTED(lex.matcher.label(id)));
};

/**
 * The thread's lines on the other basis: "Non-GAAP operating margin" for "GAAP operating margin", and
 * back. One line per line of the thread (the same line twice where two turn to one twin).
 */
export function otherBasis(s: Said): string[] {
  const toNonGaap = s.intent.modifiers.has('non-gaap');
  // A line already on the one basis asked is its own twin ("the non-GAAP one" after non-GAAP net income).
  const one = s.intent.modifiers.has('gaap') !== toNonGaap;
  const onSide = (id: string) => NON_GAAP(s, id) === toNonGaap;
  return s.last!.metrics.flatMap((id) => {
    // (Its own twin only where its label says "non-GAAP": "what's adjusted out?" after adjusted PBT asks no figure again.)
    if (onSide(id)) return one && (!toNonGaap || /^non-gaap\b/i.test(s.lex.matcher.label(id))) ? [id] : [];
    const twin = basisTwin(s, id, onSide, toNonGaap);
    return twin ? [twin] : [];
  });
}

/** "adjusted EPS vs the GAAP one", "vs reported": a line set against its own twin on the basis named after "vs" (never a period). */
const VERSUS_BASIS = /\b(?:vs\.?|versus|compared\s+(?:with|to)|against)\s+(?:the\s+|its\s+)?(gaap|non-gaap|adjusted|reported|unadjusted)(?:\s+(?:one|figure|number|basis|measure|version|equivalent))?\s*[?.!]*$/;

/**
 * The one line named and its twin on the basis said after "vs" ("adjusted profit per share vs the GAAP one": both, compared);
 * [] where the release has no such twin, so the question is declined, never answered by the one side alone. Null: no such "vs".
 */
export function versusBasis(s: Said): string[] | null {
  const side = VERSUS_BASIS.exec(s.intent.text)?.[1];
  if (!side || s.ids.length !== 1) return null;
  const toNonGaap = side === 'non-gaap' || side === 'adjusted';
  const id = s.ids[0]!;
  if (NON_GAAP(s, id) === toNonGaap) return [];
  const twin = basisTwin(s, id, (m) => NON_GAAP(s, m) === toNonGaap, toNonGaap);
  return twin ? [id, twin] : [];
}

/**
 * "per diluted ADS?" after non-GAAP net income, no basis said: the lines named on the thread's basis, each the
 * non-GAAP line of exactly its words (never the GAAP twin unlabelled, nor basic for diluted); null where the
 * thread is not all non-GAAP, a basis is said, or the follow-up names more than a unit.
 */
export function onThreadBasis(s: Said): string[] | null {
  const { last, intent } = s;
  if (!last?.metrics.length || !unitOnly(intent.text) || intent.modifiers.has('gaap') || intent.modifiers.has('non-gaap')) return null;
  if (!last.metrics.every((id) => NON_GAAP(s, id)) || s.ids.every((id) => NON_GAAP(s, id))) return null;
  const strip = (l: string) => l.replace(/^non-gaap\s+/, '').replace(/\bfully\b/g, ' ');
  return s.ids.flatMap((id) => {
    if (NON_GAAP(s, id)) return [id];
    const twin = twinOf(s, id, (m) => NON_GAAP(s, m), strip, () => true, 1);
    return twin ? [twin] : [];
  });
}

/**
 * The thread's per-unit lines per the unit asked: "net income per ordinary share ... diluted" for "net income per
 * ADS ... diluted" (an ADS holds several shares: never one figure for the other). One line per line of the thread.
 */
export function otherUnit(s: Said): string[] {
  const asked = unitAsked(s.intent.text);
  const per = (id: string) => s.lex.perBasis(id);
  const strip = (label: string) => label.replace(EVERY_PER_UNIT, ' ');
  return s.last!.metrics.flatMap((id) => {
    if (!asked || per(id) === null) return [];
    if (per(id) === asked) return [id];
    const twin = twinOf(s, id, (m) => per(m) === asked, strip, () => false);
    return twin ? [twin] : [];
  });
}
