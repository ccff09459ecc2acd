// `npm run fuzz`: only the long campaign, no time limit, output as it happens.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/fuzz/campaign.fuzz.ts'],
    testTimeout: 24 * 60 * 60 * 1000,
    disableConsoleIntercept: true,
    reporters: ['default'],
  },
});
