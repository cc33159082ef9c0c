// A tax measure named ("income tax", "tax expense", "profit before tax", "pretax profit", "EBT") is answered only by a
// line that is it (naming/tax-measures.ts): a name over its words that reached another line ("Income before taxes"
// for income tax expense, "Net earnings" for profit before tax, "Profit after tax" for income tax) keeps only the
// lines that are the measure; failing those, the release's own lines that are it; failing those, or where no name
// reached the words and the release prints no such line, the question is declined naming the measure.
import type { Answer } from '../answer.js';
import type { Lexicon } from '../lexicon.js';
import type { Intent } from '../recognisers/index.js';
import type { MetricMatch } from '../recognisers/metrics.js';
import { FIGURE_OPS } from '../recognisers/operations.js';
import { unknown } from '../reply.js';
import { normalise } from '../text.js';
import { isMeasure, taxMeasuresAsked, type TaxAsked, type TaxMeasure } from '../naming/tax-measures.js';
import { othersSaid } from './standard-names.js';

/** The names over a tax measure's words turned to the lines that are it, or the decline naming the measure. A definition or reason asked keeps its names. */
export function taxMeant(lex: Lexicon, intent: Intent, names: MetricMatch[] | Answer): MetricMatch[] | Answer {
  const asked = FIGURE_OPS.includes(intent.ops[0]!) ? taxMeasuresAsked(intent.text) : [];
  if (!asked.length) return names;
  // A decline already ("income before income tax expense", as catalog.ts spells "pretax profit") names the measure the release lacks.
  const lacking = asked.filter((a) => !printedAs(lex, a.measure).length);
  if (!Array.isArray(names)) return names.status === 'unknown' && lacking.length ? notPrinted(lex, lacking[0]!, []) : names;
  const out: MetricMatch[] = [];
  for (const m of names) {
    const over = asked.find((a) => a.start < m.end && m.start < a.end);
    // A name reaching past the measure's words qualifies it ("adjusted PBT"): its lines need only say the measure's words.
    const within = over && over.start <= m.start && m.end <= over.end;
    const ids = over ? m.ids.filter((id) => (within ? isMeasure(over.measure, lex.matcher.label(id)) : saysMeasure(over.measure, lex.matcher.label(id)))) : m.ids;
    const lines = ids.length || !within ? ids : printedAs(lex, over.measure);
    if (!lines.length) return notPrinted(lex, over!, m.ids);
    out.push({ ...m, ids: lines });
  }
  const unreached = lacking.find((a) => !names.some((m) => a.start < m.end && m.start < a.end));
  return unreached ? notPrinted(lex, unreached, []) : out;
}

/** Whether a label's tax words read as the measure, whatever qualifies it ("Adjusted profit before tax"). */
const saysMeasure = (measure: TaxMeasure, label: string): boolean => taxMeasuresAsked(normalise(label)).some((t) => t.measure === measure);

/** The release's lines that are the measure, whatever their own wording. */
const printedAs = (lex: Lexicon, measure: TaxMeasure): string[] => [...lex.kb.metrics.values()].filter((m) => isMeasure(measure, m.label)).map((m) => m.id);

/** The decline: the measure is not printed; the lines its words reached are named as other lines. */
function notPrinted(lex: Lexicon, asked: TaxAsked, reached: string[]): Answer {
  const said = othersSaid(lex, reached, 2);
  const others = said ? ` (${said})` : '';
  return unknown(`The release doesn't give the ${asked.measure.name}: it prints no such line${others}. Say "help" for what I can answer.`);
}
