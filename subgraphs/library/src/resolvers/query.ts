import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { exportM3u } from '../providers/m3u.js';
import { readablePlaylist } from './access.js';
import { smartPlaylistQueries } from './smart-playlist.js';

export const Query: QueryResolvers = {
  ...smartPlaylistQueries,
  playlist: (_parent, { id }, context) => readablePlaylist(context, id),

  async exportPlaylist(_parent, { id }, context) {
    const playlist = await readablePlaylist(context, id);
    return exportM3u(await context.entries.all(playlist.id));
  },
};
