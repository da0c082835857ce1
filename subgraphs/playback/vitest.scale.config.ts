import { defineConfig, mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared.js';

export default mergeConfig(
  shared,
  defineConfig({ test: { include: ['test/scale/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 600_000 } }),
);
