import type { CodegenConfig } from '@graphql-codegen/cli';

export interface SubgraphResolverTypes {
  /** The subgraph's per-request context, as `<module>#<Type>` relative to src/__generated__. */
  contextType: string;
  /** GraphQL types resolved from the subgraph's own rows or view objects. */
  mappers: Record<string, string>;
  scalars: Record<string, string>;
}

/**
 * GraphQL Code Generator's configuration for a subgraph's resolver types, the same for every subgraph:
 * from its SDL (src/module.graphql.ts) into src/__generated__/resolvers-types.ts, with federation's
 * __resolveReference.
 */
export function subgraphResolverTypes({ contextType, mappers, scalars }: SubgraphResolverTypes): CodegenConfig {
  return {
    schema: './src/module.graphql.ts',
    generates: {
      './src/__generated__/resolvers-types.ts': {
        plugins: ['typescript', 'typescript-resolvers'],
        config: {
          federation: true,
          useIndexSignature: true,
          useTypeImports: true,
          enumsAsTypes: true,
          contextType,
          mappers,
          scalars,
        },
      },
    },
  };
}
