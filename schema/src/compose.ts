import { composeServices } from '@apollo/composition';
import { printSchema } from 'graphql';
import { loadService, type SubgraphEntry, subgraphs } from './registry.js';

export interface ComposedSchemas {
  supergraph: string;
  api: string;
}

/** The registry's subgraphs composed; each keeps the address it has on its own port (the gateway overrides it). */
export async function composeSupergraph(entries: readonly SubgraphEntry[] = subgraphs): Promise<ComposedSchemas> {
  const services = await Promise.all(
    entries.map(async (entry) => ({
      name: entry.name,
      url: `http://127.0.0.1:${entry.port}/graphql`,
      typeDefs: (await loadService(entry)).typeDefs,
    })),
  );
  const result = composeServices(services);
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((error) => `  ${error.message}`).join('\n')}`);
  }
  return {
    supergraph: `${result.supergraphSdl.trim()}\n`,
    api: `${printSchema(result.schema.toAPISchema().toGraphQLJSSchema()).trim()}\n`,
  };
}
