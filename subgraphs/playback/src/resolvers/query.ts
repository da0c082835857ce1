import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { pageSize } from './arguments.js';
import { nowPlayingQuery } from './now-playing.js';

export const Query: QueryResolvers = {
  ...nowPlayingQuery,
  async topSongs(_parent, { first, since }, context) {
    // The library is for signed-in users; its charts too.
    await context.auth.requireViewer();
    const songIds = await context.playStats.topSongs(pageSize(first, 10), since ?? null);
    return songIds.map((id) => ({ id }));
  },
};
