import type { Logger, RequestAuth } from '@sp0t1fy/platform';
import type { Kysely } from 'kysely';
import type { CatalogDatabase } from './database.js';

/** Built once per process. */
export interface CatalogProviders {
  db: Kysely<CatalogDatabase>;
}

/** Built once per request. */
export interface CatalogContext extends CatalogProviders {
  auth: RequestAuth;
  log: Logger;
}
