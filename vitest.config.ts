import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The browser tests drive the built desk: built here, once, when its sources changed. The PostgreSQL
    // tests share one throwaway cluster, started here for the run; each file makes its own database in it.
    globalSetup: ['tests/support/build-desk.ts', 'tests/support/postgres.ts'],
    // Each test file opens its own database file, so files can run in parallel safely.
    pool: 'forks',
    // Tests that generate a document or drive a real server take seconds alone and several times that on a
    // machine shared with other suites (a 12 s browser test ran out at 20 s in CI): time out on hangs, not on load.
    testTimeout: 60_000,
    // Seeding, generating a newsroom or building fixtures through the API in beforeAll takes seconds,
    // several times that on a machine shared with other suites: time out on hangs, not on load.
    hookTimeout: 60_000,
    // In CI a JSON report lets .ci/run print the plain "N passed, N failed" closing line.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: '.ci/results/vitest.json' },
  },
});
