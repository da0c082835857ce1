import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ConfigError, commonEnv, env, loadConfig } from '../src/config.js';

const schema = z.object({ ...commonEnv, EXAMPLE_PORT: env.port(4100), EXAMPLE_URL: env.optionalUrl() });

describe('loadConfig', () => {
  it('applies defaults, treating empty variables as unset', () => {
    const config = loadConfig(schema, { EXAMPLE_PORT: '', LOG_LEVEL: '' });
    expect(config).toMatchObject({
      EXAMPLE_PORT: 4100,
      LOG_LEVEL: 'info',
      DATA_DIR: './data',
      HOST: '127.0.0.1',
      EMBEDDED_DATABASE_OPTIMIZE: false,
    });
    expect(config.EXAMPLE_URL).toBeUndefined();
  });

  it('names every bad variable in one message', () => {
    const load = () => loadConfig(schema, { EXAMPLE_PORT: 'eighty', EXAMPLE_URL: 'not a url', JWT_SECRET: 'short' });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(/EXAMPLE_PORT/);
    expect(load).toThrow(/EXAMPLE_URL/);
    expect(load).toThrow(/JWT_SECRET: must be at least 32 characters/);
  });
});
