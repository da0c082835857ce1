import { type RunningSubgraph, type SubgraphSettings, startSubgraph } from '@sp0t1fy/platform';
import type { CatalogConfig } from './config.js';
import type { CatalogContext, CatalogProviders } from './context.js';
import type { CatalogDatabase } from './database.js';
import { migrations } from './migrations/index.js';
import { typeDefs } from './module.graphql.js';
import { resolvers } from './resolvers/index.js';

export { type CatalogConfig, loadCatalogConfig } from './config.js';

export type RunningCatalogService = RunningSubgraph<CatalogDatabase, CatalogProviders>;

export function startCatalogService(config: CatalogConfig): Promise<RunningCatalogService> {
  const settings: SubgraphSettings = {
    ...config,
    port: config.CATALOG_PORT,
    databaseUrl: config.CATALOG_DATABASE_URL,
    usersUrl: config.USERS_URL,
  };
  return startSubgraph<CatalogDatabase, CatalogProviders, CatalogContext>(
    {
      name: 'catalog',
      typeDefs,
      resolvers,
      migrations,
      createProviders: (runtime) => ({ db: runtime.db }),
      createContext: (req, providers, runtime) => ({
        ...providers,
        auth: runtime.authenticate(req.get('authorization')),
        log: req.log,
      }),
    },
    settings,
  );
}
