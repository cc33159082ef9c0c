// qfin-bot chart benchmark: a measurement, not a test. Asks the compiled engine (dist/) for a chart of
// a breakdown and renders it as a PNG: the first render (which loads vega, vega-lite and resvg) and the
// median and worst of warm renders, against the 200 ms target. Writes bench/chart-results.json.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));
const TARGET_MS = 200;
const RUNS = 20;
const QUESTION = 'chart the breakdown of total net revenue';

const { loadBot } = await import(new URL('../dist/bot.js', import.meta.url).href);
const { renderChart } = await import(new URL('../dist/adapters/chart/render.js', import.meta.url).href);
const { chart } = loadBot().engine.ask(QUESTION, 'bench-chart');
if (!chart) throw new Error(`no chart in the answer to "${QUESTION}"`);

const time = async () => {
  const t0 = performance.now();
  const png = await renderChart(chart);
  if (png.length < 1000) throw new Error(`a ${png.length}-byte PNG`);
  return performance.now() - t0;
};
const firstMs = await time();
const warm = [];
for (let i = 0; i < RUNS; i++) warm.push(await time());
warm.sort((a, b) => a - b);
const results = { question: QUESTION, kind: chart.kind, firstMs, warmMedianMs: warm[Math.floor(RUNS / 2)], warmMaxMs: warm.at(-1), runs: RUNS, targetMs: TARGET_MS };
const verdict = results.warmMedianMs < TARGET_MS ? 'under' : 'NOT under';
process.stdout.write(
  `chart "${QUESTION}" (${chart.kind}) to PNG: first ${firstMs.toFixed(0)} ms (loads vega, vega-lite, resvg), warm median ${results.warmMedianMs.toFixed(1)} ms, max ${results.warmMaxMs.toFixed(1)} ms of ${RUNS} — ${verdict} the ${TARGET_MS} ms target\n`,
);
writeFileSync(new URL('chart-results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
if (verdict !== 'under') process.exitCode = 1;
