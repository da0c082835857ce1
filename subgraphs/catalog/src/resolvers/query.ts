import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { selectsField } from './selects-field.js';

export const Query: QueryResolvers = {
  async songs(_parent, args, context, info) {
    await context.auth.requireViewer();
    // Counting every match is a second statement; only run it for queries that show the total.
    const page = await context.songCache.list(args, { count: selectsField(info, 'totalCount') });
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
    return context.songCache.genres();
  },
};
