export * from './client-operations.js';
export * from './subgraph-resolvers.js';
