import type { DocumentNode } from 'graphql';
import type { z } from 'zod';
import { loadConfig } from './config.js';
import type { RunningSubgraph, SubgraphHostOptions } from './subgraph.js';

export type Environment = Record<string, string | undefined>;

/**
 * What every subgraph package exports as `service`: enough for a process to host it, on its own
 * (`node dist/main.js`) or beside the gateway and the other subgraphs (the one-process layout).
 */
export interface SubgraphService<Schema extends z.ZodObject = z.ZodObject> {
  name: string;
  typeDefs: DocumentNode;
  /** Its environment variables, validated; deployment checks read the names it accepts from here. */
  configSchema: Schema;
  start(config: z.infer<Schema>, host?: SubgraphHostOptions): Promise<RunningSubgraph>;
}

/** Reads a service's configuration from `env` (a bad variable fails with its name) and starts it. */
export function startService(service: SubgraphService, env: Environment, host?: SubgraphHostOptions) {
  return service.start(loadConfig(service.configSchema, env), host);
}
