import { commonEnv, env, loadConfig } from '@sp0t1fy/platform';
import { z } from 'zod';

export const catalogEnv = z.object({
  ...commonEnv,
  CATALOG_PORT: env.port(4002),
  /** PostgreSQL for the catalog service; without it, an embedded PGlite under DATA_DIR/catalog. */
  CATALOG_DATABASE_URL: env.optionalUrl(),
  /** The users service, asked whether a token was signed out when there is no shared Redis. */
  USERS_URL: env.url().default('http://127.0.0.1:4001'),
});

export type CatalogConfig = z.infer<typeof catalogEnv>;

export const loadCatalogConfig = (source?: Record<string, string | undefined>) => loadConfig(catalogEnv, source);
