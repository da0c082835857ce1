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
    // Integration tests start real services and stores (three embedded databases per stack), which on
    // a loaded 2-core CI machine can take minutes; these are ceilings for hangs, not timing asserts.
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // Suites start whole stacks; two at a time suit this project's 2-core machines.
    maxWorkers: 2,
  },
});
