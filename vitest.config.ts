import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['./test/support/generate.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Browser-bound suites share two cores; running files one at a time keeps them stable.
    fileParallelism: false,
    reporters: ['default', './test/support/tally-reporter.ts'],
  },
});
