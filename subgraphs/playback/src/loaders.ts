import type { RequestAuth } from '@sp0t1fy/platform';
import DataLoader from 'dataloader';
import type { PlaybackLoaders, PlaybackProviders } from './context.js';

export function createLoaders(providers: PlaybackProviders, auth: RequestAuth): PlaybackLoaders {
  return {
    songStats: providers.playStats.createSongStatsLoader(),
    myPlayCounts: new DataLoader(async (songIds) => {
      // A bad token reads as signed out here: a play count is not worth failing a page of songs for.
      const viewer = await auth.viewer().catch(() => null);
      return viewer ? providers.playStats.userPlayCounts(viewer.userId, songIds) : songIds.map(() => 0);
    }),
    // Only the listener themself reads these (user ids are checked before), so ids are valid UUIDs.
    listenerTotals: new DataLoader((userIds) => providers.history.totals(userIds)),
  };
}
