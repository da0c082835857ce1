import { composeServices } from '@apollo/composition';
import { typeDefs as catalog } from '@sp0t1fy/catalog/schema';
import { typeDefs as playback } from '@sp0t1fy/playback/schema';
import { typeDefs as users } from '@sp0t1fy/users/schema';
import { printSchema } from 'graphql';

/** Every subgraph, with the address it has on `npm start`; the gateway overrides them from its configuration. */
export const subgraphs = [
  { name: 'users', url: 'http://127.0.0.1:4001/graphql', typeDefs: users },
  { name: 'catalog', url: 'http://127.0.0.1:4002/graphql', typeDefs: catalog },
  { name: 'playback', url: 'http://127.0.0.1:4003/graphql', typeDefs: playback },
];

export interface ComposedSchemas {
  supergraph: string;
  api: string;
}

export function composeSupergraph(): ComposedSchemas {
  const result = composeServices(subgraphs);
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((error) => `  ${error.message}`).join('\n')}`);
  }
  return {
    supergraph: `${result.supergraphSdl.trim()}\n`,
    api: `${printSchema(result.schema.toAPISchema().toGraphQLJSSchema()).trim()}\n`,
  };
}
