// A change word inside a flow line's name ("change in cash", the release's net increase line) is the
// question's own cue where it asks since or against a date: a flow has no figure at a date, so "change in
// cash & equivalents since YE23" is the balance's change between the two dates, not the flow line.
import type { PeriodRef } from '../../knowledge/period-grammar.js';
import type { Lexicon } from '../lexicon.js';
import { blank } from '../text.js';
import type { MetricMatch } from './metrics.js';
import { OPERATION_CUES } from './operations.js';

const CHANGE = OPERATION_CUES.find((c) => c.op === 'change')!.cues;

const atDate = (p: PeriodRef) => p.kind === 'period' && p.period.kind === 'instant';
const isFlow = (lex: Lexicon, id: string) => !id.startsWith('formula:') && !lex.kb.isStock(id);

/** The matches, each flow line named with a change word re-read as that word and the balance the rest of its name names. */
export function changeAtDate(lex: Lexicon, bare: string, periods: PeriodRef[], matches: MetricMatch[]): MetricMatch[] {
  if (!periods.some(atDate)) return matches;
  const flows = matches.filter((m) => m.ids.every((id) => isFlow(lex, id)) && CHANGE.test(bare.slice(m.start, m.end)));
  if (!flows.length) return matches;
  const cue = (m: MetricMatch) => {
    const c = CHANGE.exec(bare.slice(m.start, m.end))!;
    return { start: m.start + c.index, end: m.start + c.index + c[0].length };
  };
  const again = lex.matcher.match(blank(bare, flows.map(cue)));
  // Only a balance read where the flow's name stood replaces it: else the flow line, and its decline, stay.
  const inPlace = (f: MetricMatch) => again.filter((m) => m.start < f.end && m.end > f.start);
  return flows.every((f) => inPlace(f).length > 0 && inPlace(f).every((m) => m.ids.every((id) => lex.kb.isStock(id)))) ? again : matches;
}
