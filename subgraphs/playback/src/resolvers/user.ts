import type { UserResolvers } from '../__generated__/resolvers-types.js';
import { decodeCursor } from '../providers/cursor.js';
import { requireSelf } from './access.js';
import { pageSize } from './arguments.js';

export const User: UserResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),

  async history(user, { first, after }, context) {
    await requireSelf(context, user.id);
    const size = pageSize(first, 50, 'first', 0);
    const afterId = decodeCursor(after);
    const { events, hasNextPage } = await context.history.page(user.id, afterId, size);
    return { userId: user.id, events, hasNextPage };
  },

  async recentlyPlayed(user, { first }, context) {
    await requireSelf(context, user.id);
    const songIds = await context.history.recentlyPlayed(user.id, pageSize(first, 20));
    return songIds.map((id) => ({ id }));
  },

  async listeningStats(user, _args, context) {
    await requireSelf(context, user.id);
    return { userId: user.id };
  },
};
