import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    reporters: ['default', './test/support/summary-line.ts'],
    // The end-to-end tests start real servers on loopback; give slow machines room.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
