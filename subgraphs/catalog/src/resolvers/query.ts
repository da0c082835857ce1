import type { QueryResolvers } from '../__generated__/resolvers-types.js';

export const Query: QueryResolvers = {
  async songs(_parent, args, context) {
    await context.auth.requireViewer();
    const page = await context.search.list(args);
    for (const { node } of page.edges) context.songById.prime(node.id, node);
    return {
      edges: page.edges,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
      totalCount: page.totalCount,
    };
  },

  async song(_parent, { id }, context) {
    await context.auth.requireViewer();
    return context.songById.load(id);
  },

  async genres(_parent, _args, context) {
    await context.auth.requireViewer();
    return context.songs.genres();
  },
};
