// qfin-bot chart benchmark: a measurement, not a test. Against the 200 ms target of a chart, reports
//   1. `qfin chart "…" -o FILE` as a user runs it (bin/qfin.js, a child process each run, caches warm),
//      end to end, beside `qfin ask` of the same question and bare Node, in interleaved runs; the first
//      chart's own cost is the paired difference chart − ask (the same start, release load and answer;
//      then the chart libraries' load from the chart bundle's code cache, the first render, the write).
//      The first `qfin chart` after a build (no code cache for the chart bundle yet) is reported once.
//   2. In process, the libraries imported as installed (dist/, ES modules: what the tests and the Discord
//      shard processes use): the first render (which imports vega, vega-lite and resvg) and warm renders.
// Each figure is wall time with the CPU time (user + sys) beside it, and the load average: under load,
// wall time measures the machine as much as the code. What is compared with 200 ms: the first chart's own
// wall time in the CLI (1.), and the warm in-process median (2.); the end-to-end command is shown beside
// the bar, with bare Node's start, as what a user waits for. Writes bench/chart-results.json.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
process.chdir(ROOT);
const TARGET_MS = 200;
const RUNS = 20;
const CLI_RUNS = 7;
const QUESTION = 'chart the breakdown of total net revenue';
const CPU_AT_EXIT = fileURLToPath(new URL('cpu-at-exit.cjs', import.meta.url));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (x, digits = 0) => x.toFixed(digits);
const load = () => os.loadavg()[0].toFixed(1);
const cpuMs = (since) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
};

/** One child process: its wall time and its own CPU time (user + sys, printed by cpu-at-exit.cjs). */
function child(args, env) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--require', CPU_AT_EXIT, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 60_000 });
  const wall = performance.now() - t0;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr.slice(-500)}`);
  const cpu = Number(/^QFIN_BENCH_CPU_MS (\S+)$/m.exec(r.stderr)?.[1]);
  return { wall, cpu, load: os.loadavg()[0] };
}

/** 1. The CLI, end to end: caches filled by one `ask`, the first chart after a build, then paired runs. */
function benchCli() {
  const cache = mkdtempSync(join(os.tmpdir(), 'qfin-chart-bench-'));
  const out = join(cache, 'chart.png');
  const env = { QFIN_CACHE_DIR: cache };
  const chart = () => child(['bin/qfin.js', 'chart', QUESTION, '-o', out], env);
  const ask = () => child(['bin/qfin.js', 'ask', QUESTION], env);
  try {
    ask(); // parses the release and compiles the CLI: both kept in the cache
    const firstAfterBuild = chart();
    const runs = [];
    for (let i = 0; i < CLI_RUNS; i++) runs.push({ bare: child(['-e', '0'], {}), chart: chart(), ask: ask() });
    const of = (k, f) => median(runs.map((r) => f(r[k])));
    const diff = (f) => median(runs.map((r) => f(r.chart) - f(r.ask)));
    return {
      runs: CLI_RUNS,
      firstAfterBuild,
      chart: { wall: of('chart', (x) => x.wall), cpu: of('chart', (x) => x.cpu) },
      ask: { wall: of('ask', (x) => x.wall), cpu: of('ask', (x) => x.cpu) },
      bare: { wall: of('bare', (x) => x.wall), cpu: of('bare', (x) => x.cpu) },
      firstChart: { wall: diff((x) => x.wall), cpu: diff((x) => x.cpu) },
      loadAverage: [Math.min(...runs.map((r) => r.chart.load)), Math.max(...runs.map((r) => r.chart.load))],
    };
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
}

/** 2. In process, the libraries as installed: the first render and warm ones. */
async function benchInProcess() {
  const { loadBot } = await import(new URL('../dist/bot.js', import.meta.url).href);
  const { renderChart } = await import(new URL('../dist/adapters/chart/render.js', import.meta.url).href);
  const { chart } = loadBot().engine.ask(QUESTION, 'bench-chart');
  if (!chart) throw new Error(`no chart in the answer to "${QUESTION}"`);
  const time = async () => {
    const [t0, c0] = [performance.now(), process.cpuUsage()];
    const png = await renderChart(chart);
    if (png.length < 1000) throw new Error(`a ${png.length}-byte PNG`);
    return { wall: performance.now() - t0, cpu: cpuMs(c0) };
  };
  const first = await time();
  const warm = [];
  for (let i = 0; i < RUNS; i++) warm.push(await time());
  return { kind: chart.kind, first, warmMedian: { wall: median(warm.map((w) => w.wall)), cpu: median(warm.map((w) => w.cpu)) }, warmMaxWall: Math.max(...warm.map((w) => w.wall)), runs: RUNS, load: os.loadavg()[0] };
}

const verdict = (ms) => (ms < TARGET_MS ? 'under' : 'NOT under');
const both = (x) => `${fmt(x.wall)} ms wall / ${fmt(x.cpu)} ms cpu`;

const cli = benchCli();
const inProcess = await benchInProcess();
const lines = [
  `chart "${QUESTION}" (${inProcess.kind}), node ${process.version}, ${os.cpus().length} cpus, load average ${cli.loadAverage.map((x) => x.toFixed(1)).join('-')} during the CLI runs, ${inProcess.load.toFixed(1)} in process`,
  `  first chart in \`qfin chart\` (chart − ask of the same question, median of ${cli.runs} pairs): ${both(cli.firstChart)} vs ${TARGET_MS} ms — ${verdict(cli.firstChart.wall)} (cpu ${verdict(cli.firstChart.cpu)})`,
  `  \`qfin chart\` end to end (median): ${both(cli.chart)} (${verdict(cli.chart.wall)} ${TARGET_MS} ms; cpu ${verdict(cli.chart.cpu)}); \`qfin ask\` ${both(cli.ask)}; bare node ${both(cli.bare)}`,
  `  first \`qfin chart\` after a build (no code cache for the chart bundle yet): ${both(cli.firstAfterBuild)}, load ${cli.firstAfterBuild.load.toFixed(1)}`,
  `  in process, libraries imported as installed: first render ${both(inProcess.first)} (imports vega, vega-lite, resvg); warm median ${both(inProcess.warmMedian)}, max ${fmt(inProcess.warmMaxWall, 1)} ms wall of ${RUNS} — ${verdict(inProcess.warmMedian.wall)} the ${TARGET_MS} ms target`,
  `  load average now ${load()}`,
];
process.stdout.write(`${lines.join('\n')}\n`);
const results = { question: QUESTION, targetMs: TARGET_MS, date: new Date().toISOString(), cli, inProcess };
writeFileSync(new URL('chart-results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
if (cli.firstChart.wall >= TARGET_MS || inProcess.warmMedian.wall >= TARGET_MS) process.exitCode = 1;
