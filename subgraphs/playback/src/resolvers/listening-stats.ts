import type { ListeningStatsResolvers, SongPlaysResolvers } from '../__generated__/resolvers-types.js';
import { pageSize } from './arguments.js';

// Seconds come from sums of positions; three decimals keep float noise out of the answer.
const roundToMilliseconds = (seconds: number) => Math.round(seconds * 1000) / 1000;

export const ListeningStats: ListeningStatsResolvers = {
  totalPlays: async (stats, _args, context) => (await context.loaders.listenerTotals.load(stats.userId)).playCount,
  secondsListened: async (stats, _args, context) =>
    roundToMilliseconds((await context.loaders.listenerTotals.load(stats.userId)).secondsListened),
  distinctSongs: (stats, _args, context) => context.history.distinctSongs(stats.userId),
  topArtists: (stats, { first }, context) => context.history.topArtists(stats.userId, pageSize(first, 5)),
  topSongs: (stats, { first }, context) => context.history.topSongs(stats.userId, pageSize(first, 5)),
};

export const SongPlays: SongPlaysResolvers = {
  song: (plays) => ({ id: plays.song_id }),
};
