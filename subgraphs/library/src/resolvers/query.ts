import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { exportM3u } from '../providers/m3u.js';
import { readablePlaylist } from './access.js';

export const Query: QueryResolvers = {
  playlist: (_parent, { id }, context) => readablePlaylist(context, id),

  async exportPlaylist(_parent, { id }, context) {
    const playlist = await readablePlaylist(context, id);
    return exportM3u(await context.entries.all(playlist.id));
  },
};
