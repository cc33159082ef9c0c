// An operand of a formula said by a word of a line the thread just showed ("so FCF = ops minus capex?" after
// "cash from ops" and "capex?"): "ops" alone names no line of the release, but of the lines shown exactly one
// goes by it, which is the operand meant. Never a line the thread did not show: elsewhere the word still names
// nothing, and the formula is declined for the side it cannot read.
import { shownLines, type Turn } from './context.js';
import type { Lexicon } from './lexicon.js';
import type { Intent } from './recognisers/index.js';
import type { MetricMatch } from './recognisers/metrics.js';
import { NEUTRAL } from './catalog.js';
import { blank, tokens, type Token } from './text.js';

/** An operator between an operand and a name: "ops minus capex", "capex less ops", "ops + capex". */
const OPERATOR = /^\s*(?:minus|less(?!\s+than)|plus|\+)\s*$/;

/** The runs of name words no name claims, each with its span. */
function runs(lex: Lexicon, intent: Intent): Token[][] {
  const isCue = lex.isCue(intent.text);
  const claimed = (t: Token) => intent.metrics.some((m) => t.start < m.end && m.start < t.end);
  const out: Token[][] = [];
  let run: Token[] = [];
  for (const t of tokens(intent.bare)) {
    const word = !claimed(t) && lex.matcher.isNameWord(t.word) && !isCue(t) && !NEUTRAL.has(t.stem);
    if (word && (!run.length || /^\s*$/.test(intent.bare.slice(run.at(-1)!.end, t.start)))) run.push(t);
    else {
      if (run.length) out.push(run);
      run = word ? [t] : [];
    }
  }
  return run.length ? [...out, run] : out;
}

/** Whether a run stands beside a name with only an operator between them. */
const besideName = (intent: Intent, run: Token[]) =>
  intent.metrics.some((m) => OPERATOR.test(intent.bare.slice(run.at(-1)!.end, m.start)) || OPERATOR.test(intent.bare.slice(m.end, run[0]!.start)));

/** The question with each such operand read as the one line of the thread's last turn it fits. */
export function threadOperands(lex: Lexicon, intent: Intent, last: Turn | undefined): Intent {
  if (!last || !intent.metrics.length) return intent;
  const shown = shownLines(last).filter((id) => !intent.metrics.some((m) => m.ids.includes(id)));
  const found: MetricMatch[] = [];
  for (const run of runs(lex, intent).filter((r) => besideName(intent, r))) {
    const fits = shown.filter((id) => run.every((t) => lex.matcher.labelStems(id).includes(t.stem)));
    const [start, end] = [run[0]!.start, run.at(-1)!.end];
    if (fits.length === 1) found.push({ ids: fits, name: intent.bare.slice(start, end), start, end, exact: true });
  }
  if (!found.length) return intent;
  return { ...intent, metrics: [...intent.metrics, ...found].sort((a, b) => a.start - b.start), rest: blank(intent.rest, found) };
}
