import type { SongResolvers } from '../__generated__/resolvers-types.js';
import type { PlaybackContext } from '../context.js';
import type { SongParent } from './parents.js';

const stats = (song: SongParent, context: PlaybackContext) => song.stats ?? context.loaders.songStats.load(song.id);

export const Song: SongResolvers = {
  // The gateway asks for a page of songs at once: the loader answers them all from one cache round
  // and at most one statement.
  async __resolveReference(reference, context) {
    return { id: reference.id, stats: await context.loaders.songStats.load(reference.id) };
  },
  playCount: async (song, _args, context) => (await stats(song, context)).playCount,
  lastPlayedAt: async (song, _args, context) => (await stats(song, context)).lastPlayedAt,
  myPlayCount: (song, _args, context) => context.loaders.myPlayCounts.load(song.id),
};
