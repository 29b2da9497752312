import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * The suite runs twice: every file on SQLite, then again on PostgreSQL every file whose app comes from
 * `useSeededApp()` (tests/support/app.ts gives it a fresh PostgreSQL database when DATELINE_TEST_STORE
 * is `postgres`). Files that play both stores themselves (`useBothStores()`) already run on each, and files
 * about SQLite itself or the generator's SQLite file have no app to move. Inside a file, a test about
 * SQLite's own behaviour says so with `skipIf(TEST_STORE === 'postgres')`.
 */
const testFiles = readdirSync('tests', { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.test.ts'))
  .map((file) => join('tests', file));
// Files about SQLite itself: its query plans, and copying a SQLite newsroom into PostgreSQL.
const ABOUT_SQLITE = new Set(['tests/core/db/query-plans.test.ts', 'tests/core/db/postgres-copy.test.ts']);
const onPostgresToo = testFiles.filter((file) => {
  if (ABOUT_SQLITE.has(file)) return false;
  const source = readFileSync(file, 'utf8');
  return source.includes('useSeededApp(') && !source.includes('useBothStores(');
});

export default defineConfig({
  test: {
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
    projects: [
      { extends: true, test: { name: 'sqlite', include: ['tests/**/*.test.ts'] } },
      {
        extends: true,
        test: { name: 'postgres', include: onPostgresToo, env: { DATELINE_TEST_STORE: 'postgres' } },
      },
    ],
  },
});
