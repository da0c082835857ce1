import { configDefaults, defineConfig, mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared.js';

/** test/scale seeds a million events (about a minute): `npm run test:scale`, not part of `npm test`. */
export default mergeConfig(shared, defineConfig({ test: { exclude: [...configDefaults.exclude, 'test/scale/**'] } }));
