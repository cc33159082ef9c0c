// `qfin chart "QUESTION" [-o FILE]`: the answer, and its chart written as a PNG (to FILE, else a name
// from the chart's title in the current directory); the command itself asks for the chart. A question whose answer has no chart is an error
// that says why, with the answer (or the decline) printed; nothing is written.
import { writeFileSync } from 'node:fs';
import { chartFileName } from '../adapters/attachments.js';
import { renderChart } from '../adapters/chart/render.js';
import { renderAnswer, styleFor } from '../adapters/terminal/render.js';
import type { Engine } from '../intents/answer.js';
import { modifiersOf } from '../intents/recognisers/modifiers.js';
import { normalise } from '../intents/text.js';

const NO_CHART_HINT = 'Ask for the parts of a total ("chart the revenue breakdown") or a figure over several periods ("chart net income each quarter").';

/** The command is the chart request: a question that does not say "chart" (or "plot" ...) is asked with it. */
const asChart = (question: string) => (modifiersOf(normalise(question)).has('chart') ? question : `chart ${question}`);

export async function chartCommand(engine: Engine, question: string, output: string | undefined): Promise<number> {
  const answer = engine.ask(asChart(question), 'cli');
  if (!answer.chart) {
    process.stderr.write(`${renderAnswer(answer)}\nqfin: no chart for "${question}": its answer is ${answer.status === 'answer' ? 'not a series or a breakdown' : 'not a figure'}. ${NO_CHART_HINT}\n`);
    return 1;
  }
  const path = output ?? chartFileName(answer.chart);
  try {
    writeFileSync(path, await renderChart(answer.chart));
  } catch (err) {
    process.stderr.write(`qfin: could not write the chart to ${path}: ${(err as Error).message}\n`);
    return 1;
  }
  process.stdout.write(`${renderAnswer(answer, styleFor(process.stdout))}\nSaved the chart to ${path}\n`);
  return 0;
}
