import type { SubgraphService } from '@sp0t1fy/platform';

/**
 * One subgraph of the supergraph. Adding a subgraph is one entry here plus its own folder under
 * subgraphs/: composition, the gateway, `npm start`, `npm run start:services`, the test stacks and the
 * bench read this list, and a test checks the deployment files (compose, router, database script,
 * Dockerfile) against it.
 */
export interface SubgraphEntry {
  /** The supergraph's name for it; also its DATA_DIR folder and its variables' prefix (CATALOG_URL). */
  name: string;
  /** The module that exports its `service`: a workspace package, or a file URL (test fixtures). */
  module: string;
  /** Its port when it runs in a process of its own. */
  port: number;
  /** Paths the public edge routes to it besides /graphql (the catalog's audio and covers). */
  publicPaths: readonly string[];
}

/** In start order: a subgraph comes after those it calls at start-up (everyone asks users about sign-outs). */
export const subgraphs: readonly SubgraphEntry[] = [
  { name: 'users', module: '@sp0t1fy/users', port: 4001, publicPaths: [] },
  { name: 'catalog', module: '@sp0t1fy/catalog', port: 4002, publicPaths: ['/media'] },
  { name: 'playback', module: '@sp0t1fy/playback', port: 4003, publicPaths: [] },
  { name: 'library', module: '@sp0t1fy/library', port: 4004, publicPaths: [] },
];

/** The environment variables that configure a subgraph's place in a deployment. */
export function variablesOf(entry: Pick<SubgraphEntry, 'name'>) {
  const prefix = entry.name.toUpperCase();
  return {
    /** Where the gateway and the other subgraphs reach it; unset means "host it in the gateway's process". */
    url: `${prefix}_URL`,
    port: `${prefix}_PORT`,
    databaseUrl: `${prefix}_DATABASE_URL`,
  };
}

/** The subgraph's service, imported only when a process hosts it. */
export async function loadService(entry: SubgraphEntry): Promise<SubgraphService> {
  const loaded = (await import(entry.module)) as { service?: SubgraphService };
  if (!loaded.service || loaded.service.name !== entry.name) {
    throw new Error(`${entry.module} does not export the service of the ${entry.name} subgraph`);
  }
  return loaded.service;
}
