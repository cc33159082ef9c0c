import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';

// Files that assert on the process itself (which modules are loaded, how large the heap is) need a fresh
// module graph; the rest share one per worker, which saves about a third of the suite's CPU (measured:
// 91 s → 62 s of user+sys on 2 cores), most of it spent importing the same engine and releases again.
// Session 39, measured back to back on a machine loaded by other sessions (so CPU, not wall): 267 s of
// user+sys at 03aa83a, 219 s once the fixed-width row reader stopped backtracking exponentially over header
// lines and reading each line again (text-figures.ts); loading every document of eval/*/docs and
// ../shared/releases in one process: 20.4 s → 18.2 s CPU.
// Session 40 (cold cache, load 15-30): 224 s user + 14 s sys, 834 s wall. Heaviest files by time: engine-property
// (~1,500 asks, ~21 s CPU alone), knowledge-cli, intents-corpora, chart-bundle (children parsing cold), knowledge-malformed,
// ops-property. The CLI children (dist/) and the workers (src/) overwrote each other's cache entry for a release, so a
// `qfin` child after a test file parsed it again: 1.39 s CPU instead of 0.35 s; entries are now per code tree (cache.ts).
const ISOLATED = ['test/discord-config.test.ts', 'test/slack-config.test.ts', 'test/ops-property.test.ts'];

export default defineConfig({
  test: {
    reporters: ['default', './test/support/summary-line.ts'],
    // Compiles dist/ once for the tests that run the CLI in a child process.
    globalSetup: ['test/support/build.ts'],
    // The end-to-end tests start real servers on loopback; give slow machines room.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Vitest's default leaves one core to its main process, which only waits: on this 2-core machine that
    // is one worker, and the suite ran file after file (61.5 s idle) while the CLI tests' children ran
    // alone. A worker per core (each imports the engine once: about 7 s more CPU in all).
    maxWorkers: Math.max(2, availableParallelism()),
    projects: [
      // Worker threads, not forks, for the shared files: a file's results and module calls go over a message port
      // instead of a child's pipe. Session 41, 75 answers-* files back to back on this 2-core machine under load
      // (CPU, user+sys): 21.1 s and 21.4 s with forks, 18.7 s and 19.4 s with threads. The isolated files keep
      // forks: --expose-gc and a fresh heap per file are a process's.
      { extends: true, test: { name: 'shared', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, ...ISOLATED], isolate: false, pool: 'threads',
        // Import order the bot has in production: see the file.
        setupFiles: ['test/support/load-order.ts'] } },
      // --expose-gc: the heap bound is asserted on the live heap, after a full collection.
      { extends: true, test: { name: 'isolated', include: ISOLATED, isolate: true, pool: 'forks', execArgv: ['--expose-gc'] } },
    ],
  },
});
