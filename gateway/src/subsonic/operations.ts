export * from './__generated__/graphql.js';
