import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql 16 ships CommonJS and ESM builds; Apollo loads the CommonJS one, so tests must too, or
    // schema objects from the two copies are refused as coming "from another module or realm".
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    // Integration tests start real services and stores; their hooks get time for that.
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Suites start whole stacks; two at a time suit this project's 2-core machines.
    maxWorkers: 2,
  },
});
