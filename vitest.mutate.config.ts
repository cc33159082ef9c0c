// The suite Stryker runs against each mutant (npm run mutate). It is the in-process part of the test
// suite: tests that start servers or spawn the CLI (which runs dist/, not the mutated source) are left
// out, since they cannot see a mutant and would only slow each run. A mutant only they would notice
// counts as surviving, so the score can only be understated by this.
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config';

export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: [
        'node_modules/**',
        'test/cli.test.ts',
        'test/cli-args.test.ts',
        'test/knowledge-cli.test.ts',
        'test/slack-app.test.ts',
        'test/slack-socket.test.ts',
        'test/discord-adapter.test.ts',
        'test/discord-reconnect.test.ts',
        'test/discord-register.test.ts',
      ],
      reporters: ['default'],
      testTimeout: 60_000,
    },
  }),
);
