import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Each test file opens its own database file, so files can run in parallel safely.
    pool: 'forks',
    testTimeout: 20_000,
  },
});
