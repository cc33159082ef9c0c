// The suite Stryker runs against each mutant (npm run mutate): the in-process tests. Left out: tests that
// start servers or spawn the CLI (which runs dist/, not the mutated source), so cannot see a mutant, and
// the two property suites that assert only that nothing crashes (engine-property, knowledge-malformed:
// ten seconds each, per surviving mutant), and the terminal chat's (it only prints answers). A mutant only they would notice counts as surviving, so the
// score can only be understated by this.
import { readdirSync } from 'node:fs';
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config';

// A knowledge module is reached by nearly every test (each loads a release), so each of its mutants would
// run the whole suite: QFIN_MUTATE_TESTS="test/a.test.ts,test/b.test.ts" keeps only those files (every other
// is excluded, as the projects' include cannot be narrowed here). A mutant only the other tests would notice
// then counts as surviving: the score is understated, never overstated.
const only = process.env.QFIN_MUTATE_TESTS?.split(',').filter(Boolean);
const others = only ? readdirSync('test').map((f) => `test/${f}`).filter((f) => f.endsWith('.test.ts') && !only.includes(f)) : [];

export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: [
        'node_modules/**',
        'test/cli.test.ts',
        'test/cli-args.test.ts',
        'test/chart-cli.test.ts',
        'test/knowledge-cli.test.ts',
        'test/slack-app.test.ts',
        'test/slack-socket.test.ts',
        'test/discord-adapter.test.ts',
        'test/discord-reconnect.test.ts',
        'test/discord-register.test.ts',
        'test/discord-shards.test.ts',
        'test/redis.test.ts',
        'test/engine-property.test.ts',
        'test/knowledge-malformed.test.ts',
        'test/terminal-chat.test.ts',
        // Bounds on input size and memory, not figures: 600 long questions per mutant, and its live-heap
        // measure needs --expose-gc, which the worker threads Stryker runs tests in cannot take.
        'test/ops-property.test.ts',
        ...others,
      ],
      reporters: ['default'],
      // The parsed-release cache is keyed by the code's files, which under Stryker hold every mutant at
      // once: a cached reading would hide a mutant in the readers. Parse afresh, unless no knowledge
      // module is mutated (scripts/mutate.mjs says so).
      env: { QFIN_CACHE: process.env.QFIN_MUTATE_CACHE === '1' ? '1' : '0' },
      testTimeout: 60_000,
    },
  }),
);
