import { z } from 'zod';

/** Thrown when the environment does not describe a runnable service; names every bad variable. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * Reads a service's configuration once, at start, from environment variables.
 * The schema's keys are the variable names; a bad or missing value fails with a message naming it.
 */
export function loadConfig<Schema extends z.ZodObject>(
  schema: Schema,
  env: Record<string, string | undefined> = process.env,
): z.infer<Schema> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const variable = issue.path.join('.') || '(environment)';
    return `  ${variable}: ${issue.message}`;
  });
  throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
}

/** Empty strings count as unset, so `FOO=` in an .env file means "use the default". */
export const unsetIfEmpty = (value: unknown) => (value === '' ? undefined : value);

export const env = {
  string: () => z.preprocess(unsetIfEmpty, z.string()),
  optionalString: () => z.preprocess(unsetIfEmpty, z.string().optional()),
  url: () => z.preprocess(unsetIfEmpty, z.url()),
  optionalUrl: () => z.preprocess(unsetIfEmpty, z.url().optional()),
  port: (fallback: number) => z.preprocess(unsetIfEmpty, z.coerce.number().int().min(0).max(65535).default(fallback)),
  positiveInt: (fallback: number) => z.preprocess(unsetIfEmpty, z.coerce.number().int().positive().default(fallback)),
  boolean: (fallback: boolean) =>
    z.preprocess(
      unsetIfEmpty,
      z
        .enum(['true', 'false', '1', '0'])
        .default(fallback ? 'true' : 'false')
        .transform((value) => value === 'true' || value === '1'),
    ),
  secret: () => z.preprocess(unsetIfEmpty, z.string().min(32, 'must be at least 32 characters').optional()),
};

/** Variables every service understands. */
export const commonEnv = {
  NODE_ENV: z.preprocess(unsetIfEmpty, z.enum(['development', 'production', 'test']).default('development')),
  LOG_LEVEL: z.preprocess(
    unsetIfEmpty,
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ),
  /** pretty: human-readable lines for `npm start`; json: one JSON object per line for log shippers. */
  LOG_FORMAT: z.preprocess(unsetIfEmpty, z.enum(['pretty', 'json']).default('pretty')),
  DATA_DIR: z.preprocess(unsetIfEmpty, z.string().default('./data')),
  /**
   * Let V8 optimise the embedded database's hot code: heavy queries on PGlite take ~40 % less CPU, but
   * each service starts with ~1.5 s more CPU and holds ~50 MB more. Off: embedded is for small installs.
   */
  EMBEDDED_DATABASE_OPTIMIZE: env.boolean(false),
  REDIS_URL: env.optionalUrl(),
  /** Prefix of every Redis key, so several deployments (or test runs) can share one Redis. */
  CACHE_NAMESPACE: z.preprocess(
    unsetIfEmpty,
    z
      .string()
      .regex(/^[\w.-]+$/)
      .default('sp0t1fy'),
  ),
  JWT_SECRET: env.secret(),
  HOST: z.preprocess(unsetIfEmpty, z.string().default('127.0.0.1')),
  /**
   * Which peers may set X-Forwarded-For (express "trust proxy"): the client address that sign-in
   * throttling counts. loopback suits one machine; uniquelocal a container network behind the gateway.
   */
  TRUST_PROXY: z.preprocess(unsetIfEmpty, z.string().default('loopback')),
};

/** Variables of every subgraph but users itself. */
export const usersUrlEnv = {
  /** The users service, asked whether a token was signed out when there is no shared Redis. */
  USERS_URL: env.url().default('http://127.0.0.1:4001'),
};
