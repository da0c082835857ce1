import type { UserResolvers } from '../__generated__/resolvers-types.js';
import { decodeIdCursor } from '../providers/cursor.js';
import { requireSelf } from './access.js';
import { pageSize } from './arguments.js';
import { PLAYLIST_CURSOR } from './playlist.js';

export const User: UserResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),

  async favourites(user, _args, context) {
    await requireSelf(context, user.id);
    return { userId: user.id };
  },

  async playlists(user, { first, after }, context) {
    const viewer = await context.auth.requireViewer();
    // Everyone sees a user's public playlists; only the user themself sees their private ones.
    const includePrivate = viewer.userId === user.id;
    const size = pageSize(first, 50);
    const page = await context.playlists.page(user.id, includePrivate, decodeIdCursor(PLAYLIST_CURSOR, after), size);
    return { ownerId: user.id, includePrivate, ...page };
  },

  async smartPlaylists(user, _args, context) {
    await requireSelf(context, user.id, 'smart playlists');
    return context.smartPlaylists.list(user.id);
  },
};
