// A standard measure named ("book value per share", "net debt", "basic EPS", "cost of sales", "interest income")
// is answered only by a line that means it (naming/standard-measures.ts): a name found inside its words that fits
// lines sharing a word with it ("share" → "Basic earnings per share", "debt" → "Debt", "costs" → "Net finance
// costs") keeps only the lines that are the measure; failing those, the release's lines that are it (its own
// wording: "Interest earned" for interest income); failing those, or where no name reached the measure's words
// and the release prints no line of it, the question is declined naming the measure.
import type { Answer } from '../answer.js';
import type { Lexicon } from '../lexicon.js';
import type { Intent } from '../recognisers/index.js';
import type { MetricMatch } from '../recognisers/metrics.js';
import { measuresAsked, meansMeasure, type MeasureAsked, type StandardMeasure } from '../naming/standard-measures.js';
import { otherLines } from './standard-names.js';
import { notGiven } from './qualifiers.js';
import { FIGURE_OPS } from '../recognisers/operations.js';
import { OTHER_MEASURE_RULES } from '../naming/other-measure.js';

/**
 * The names, each inside a standard measure's name turned to the lines that mean it, or the decline naming the
 * measure (and the lines its words reached). Only a figure asked is held to the measure: a definition or a reason
 * is looked up by the name's words.
 */
export function measureMeant(lex: Lexicon, intent: Intent, names: MetricMatch[] | Answer): MetricMatch[] | Answer {
  const asked = FIGURE_OPS.includes(intent.ops[0]!) ? measuresAsked(intent.text) : [];
  if (!asked.length) return names;
  // A decline already ("basic" said of a release that prints no basic line) names the lines the measure's words reached.
  // (A question whose words reached no line at all, "market cap", names the measure alone: its lines, where printed.)
  if (!Array.isArray(names)) {
    if (names.status === 'unknown' && !intent.metrics.length) return asked.every((a) => printedAs(lex, a.measure, intent.text).length) ? measureMeant(lex, intent, []) : names;
    const named = names.status === 'unknown' ? linesMeant(lex, intent.text, intent.metrics, asked) : null;
    return named && !Array.isArray(named) ? named : names;
  }
  // A measure no name reached is the release's lines that are it ("Net interest-bearing debt" for net debt); where it
  // prints none, it is declined by its name: never a family's lines by its words.
  const unreached = asked.filter((a) => !names.some((m) => m.start < a.end && a.start < m.end));
  const missing = unreached.find((a) => !printedAs(lex, a.measure, intent.text).length);
  if (missing) return notGiven(lex, missing.said);
  // (Only for its own figure or change: a ratio or sum of it is another's to work out, from the lines the question names.)
  if (unreached.length && !['value', 'change'].includes(intent.ops[0]!)) return linesMeant(lex, intent.text, names, asked) ?? names;
  const reached = unreached.map((a) => ({ ids: printedAs(lex, a.measure, intent.text), name: a.said, start: a.start, end: a.end, exact: true }));
  return linesMeant(lex, intent.text, [...names, ...reached].sort((a, b) => a.start - b.start), asked) ?? names;
}

/** Each name inside a measure's name with only the lines that are the measure (the release's own, where the name reached none), or the decline; null where no name is inside one. */
function linesMeant(lex: Lexicon, text: string, names: MetricMatch[], asked: MeasureAsked[]): MetricMatch[] | Answer | null {
  if (!names.some((m) => asked.some((a) => a.start <= m.start && m.end <= a.end))) return null;
  const out: MetricMatch[] = [];
  for (const m of names) {
    const within = asked.find((a) => a.start <= m.start && m.end <= a.end);
    const ids = within ? m.ids.filter((id) => isMeasure(lex, within.measure, id)) : m.ids;
    const printed = ids.length || !within ? ids : printedAs(lex, within.measure, text);
    if (!printed.length) return otherLines(lex, within!.said, within!.measure.name, m.ids);
    out.push({ ...m, ids: within ? wholeFirst(lex, within.measure, printed, text) : printed });
  }
  return out;
}

/**
 * The measure's whole where the lines found are only a part it stands for otherwise ("Shareholders' equity (owners of
 * parent)" beside "Total net assets": total equity includes non-controlling interests), else the lines found.
 */
function wholeFirst(lex: Lexicon, measure: StandardMeasure, ids: string[], text: string): string[] {
  const part = measure.part;
  if (!part || !ids.some((id) => part.test(lex.matcher.label(id)))) return ids;
  const wholes = printedAs(lex, measure, text).filter((id) => !part.test(lex.matcher.label(id)));
  return wholes.length ? wholes : ids;
}

/** Whether a line is the measure: by its label and its kind. */
const isMeasure = (lex: Lexicon, measure: StandardMeasure, id: string): boolean => (!measure.kind || lex.kindOf(id) === measure.kind) && meansMeasure(measure, lex.matcher.label(id));

/** A line on another basis ("Non-GAAP diluted EPS", "Underlying NPAT"): named only when asked. */
const OTHER_BASIS = OTHER_MEASURE_RULES.find((r) => r.name === 'other-basis')!.pattern;

/** The release's lines that are the measure, whatever their own wording, on the basis the question asks. */
const printedAs = (lex: Lexicon, measure: StandardMeasure, text: string): string[] =>
  [...lex.kb.metrics.keys()].filter((id) => isMeasure(lex, measure, id) && (OTHER_BASIS.test(text) || !OTHER_BASIS.test(lex.matcher.label(id))));
