import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Each test file builds its own database; files run in parallel workers, tests inside a file in order.
    pool: 'forks',
    testTimeout: 20_000,
  },
});
