import { defineConfig } from 'vitest/config';

// Each test file gets its own database (see src/platform/db/test-db.ts); files run in
// forked workers so a PGlite instance never outlives its file.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    reporters: ['default'],
  },
});
