import type { UserResolvers } from '../__generated__/resolvers-types.js';

export const User: UserResolvers = {
  __resolveReference: (reference, context) => context.userById.load(reference.id),
  displayName: (user) => user.display_name,
  createdAt: (user) => user.created_at,
  async email(user, _args, context) {
    if (context.signedInUserId === user.id) return user.email;
    const viewer = await context.auth.viewer().catch(() => null);
    return viewer?.userId === user.id ? user.email : null;
  },
};
