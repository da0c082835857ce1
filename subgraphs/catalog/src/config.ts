import { commonEnv, env, loadConfig } from '@sp0t1fy/platform';
import { z } from 'zod';

/** Song.sizeBytes is a GraphQL Int, so no stored file may exceed 2 GiB - 1 bytes. */
const MAX_STORABLE_BYTES = 2 ** 31 - 1;

export const catalogEnv = z.object({
  ...commonEnv,
  CATALOG_PORT: env.port(4002),
  /** PostgreSQL for the catalog service; without it, an embedded PGlite under DATA_DIR/catalog. */
  CATALOG_DATABASE_URL: env.optionalUrl(),
  /** The users service, asked whether a token was signed out when there is no shared Redis. */
  USERS_URL: env.url().default('http://127.0.0.1:4001'),
  /** Largest audio file accepted, in bytes (the gateway enforces the same variable). */
  MAX_UPLOAD_BYTES: env.positiveInt(100 * 1024 * 1024).pipe(z.number().max(MAX_STORABLE_BYTES)),
  /** HMAC key for the signed audio and cover URLs; generated into DATA_DIR when unset. */
  AUDIO_URL_SECRET: env.secret(),
  /** How long a streamUrl keeps working: long enough for a listening session to keep seeking. */
  AUDIO_URL_TTL_SECONDS: env.positiveInt(6 * 60 * 60),
});

export type CatalogConfig = z.infer<typeof catalogEnv>;

export const loadCatalogConfig = (source?: Record<string, string | undefined>) => loadConfig(catalogEnv, source);
