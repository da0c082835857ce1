import { defineConfig } from 'vitest/config';

/** Integration tests start real services and stores; their hooks get time for that. */
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Suites start whole stacks; two at a time suit this project's 2-core machines.
    maxWorkers: 2,
    fileParallelism: true,
  },
});
