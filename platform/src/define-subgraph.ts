import type { z } from 'zod';
import {
  type RunningSubgraph,
  type SubgraphConfig,
  type SubgraphDefinition,
  type SubgraphHostOptions,
  startSubgraph,
} from './subgraph.js';
import type { SubgraphService } from './subgraph-service.js';

/** The parts of a subgraph that do not depend on its configuration: its schema, rules and migrations. */
type SubgraphParts =
  | 'name'
  | 'typeDefs'
  | 'resolvers'
  | 'access'
  | 'migrations'
  | 'embeddedExtensions'
  | 'revocationLedger';

/** What a subgraph builds from its configuration and host: its providers, context and routes. */
export type SubgraphWiring<DB, Providers, Context extends object> = Omit<
  SubgraphDefinition<DB, Providers, Context>,
  SubgraphParts
>;

export interface SubgraphModule<Schema extends z.ZodObject, DB, Providers, Context extends object>
  extends Pick<SubgraphDefinition<DB, Providers, Context>, SubgraphParts> {
  /** Its environment variables; the registry and deployment checks read the names from here. */
  configSchema: Schema;
  wiring(config: z.infer<Schema>, host: SubgraphHostOptions | undefined): SubgraphWiring<DB, Providers, Context>;
}

/** A subgraph's `service`, whose `start` keeps the subgraph's own database and provider types. */
export interface DefinedSubgraph<Schema extends z.ZodObject, DB, Providers> extends SubgraphService<Schema> {
  start(config: z.infer<Schema>, host?: SubgraphHostOptions): Promise<RunningSubgraph<DB, Providers>>;
}

/**
 * Turns what a subgraph's service.ts says about itself into the `service` every host starts, so
 * each subgraph spells out only its own providers, context and routes.
 */
export function defineSubgraph<
  Schema extends z.ZodObject & z.ZodType<SubgraphConfig>,
  DB,
  Providers,
  Context extends object,
>(module: SubgraphModule<Schema, DB, Providers, Context>): DefinedSubgraph<Schema, DB, Providers> {
  const { configSchema, wiring, ...parts } = module;
  return {
    name: parts.name,
    typeDefs: parts.typeDefs,
    configSchema,
    start: (config, host) => startSubgraph<DB, Providers, Context>({ ...parts, ...wiring(config, host) }, config, host),
  };
}
