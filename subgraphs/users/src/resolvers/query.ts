import type { QueryResolvers } from '../__generated__/resolvers-types.js';

export const Query: QueryResolvers = {
  async me(_parent, _args, context) {
    const viewer = await context.auth.viewer();
    return viewer ? context.userById.load(viewer.userId) : null;
  },
};
