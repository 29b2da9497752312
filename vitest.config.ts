import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Each test file opens its own database file, so files can run in parallel safely.
    pool: 'forks',
    testTimeout: 20_000,
    // Some files generate a newsroom before their tests (10 s alone on a busy shared machine).
    hookTimeout: 60_000,
    // In CI a JSON report lets .ci/run print the plain "N passed, N failed" closing line.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: '.ci/results/vitest.json' },
  },
});
