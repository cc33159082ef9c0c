// Mutation testing (npm run mutate): a measurement, like the benchmark, not part of `npm test`.
// Stryker plants small bugs (a flipped sign, a dropped branch, an emptied string) in the modules that
// compute, format and render figures, and counts how many the test suite notices.
// Narrow a run while working: `npm run mutate -- --mutate src/knowledge/derive.ts`.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts' },
  // perTest: each mutant runs only the tests that reach its code.
  coverageAnalysis: 'perTest',
  mutate: [
    // knowledge: derived metrics, period arithmetic, number parsing, load checks
    'src/knowledge/derive.ts',
    'src/knowledge/formulas.ts',
    'src/knowledge/period.ts',
    'src/knowledge/numbers.ts',
    'src/knowledge/checks.ts',
    'src/knowledge/table-sums.ts',
    'src/knowledge/number-style.ts',
    // the one history per metric (which release's figure a period is answered from)
    'src/knowledge/history.ts',
    // intents: the handlers that build answers, the reply they assemble (citations, the load-check
    // warning), and the formatter
    'src/intents/handlers/*.ts',
    'src/intents/reply.ts',
    'src/intents/format.ts',
    // intents outside the handlers that compute a figure: a figure looked up (USD fallback), a ratio a
    // follow-up names, arithmetic between companies, a chart's values
    'src/intents/lookup.ts',
    'src/intents/rates.ts',
    'src/intents/across.ts',
    'src/intents/chart.ts',
    // adapters: both renderers (and the Slack escaping they rely on)
    'src/adapters/slack/render.ts',
    'src/adapters/slack/layout.ts',
    'src/adapters/slack/escape.ts',
    'src/adapters/discord/render.ts',
  ],
  // The machine is shared: two workers at most.
  concurrency: 2,
  // The first, unmutated run of the whole suite measures coverage; on a loaded machine it takes more
  // than Stryker's default five minutes.
  dryRunTimeoutMinutes: 20,
  // A mutant that loops is stopped after the test's usual time plus this.
  timeoutMS: 5_000,
  reporters: ['clear-text', 'progress', 'json'],
  // scripts/mutate.mjs names a report file per run, so runs side by side do not read each other's.
  jsonReporter: { fileName: process.env.QFIN_STRYKER_REPORT ?? 'reports/stryker/report.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: true },
  // A mutant whose code and tests are unchanged since the last run keeps its result (the file is local).
  // Give each narrowed run its own file: `-- --mutate src/knowledge/*.ts --incrementalFile reports/stryker/knowledge.json`.
  incremental: true,
  incrementalFile: 'reports/stryker/incremental.json',
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
