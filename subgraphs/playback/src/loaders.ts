import type { RequestAuth } from '@sp0t1fy/platform';
import DataLoader from 'dataloader';
import type { PlaybackLoaders, PlaybackProviders } from './context.js';

export function createLoaders(providers: PlaybackProviders, auth: RequestAuth): PlaybackLoaders {
  let mine: DataLoader<string, number> | undefined;
  return {
    songStats: providers.playStats.createSongStatsLoader(),
    myPlayCounts: new DataLoader(async (songIds) => {
      // A bad token reads as signed out here: a play count is not worth failing a page of songs for.
      const viewer = await auth.viewer().catch(() => null);
      if (!viewer) return songIds.map(() => 0);
      mine ??= providers.playStats.createUserPlayCountsLoader(viewer.userId);
      return mine.loadMany(songIds) as Promise<number[]>;
    }),
    listenerTotals: new DataLoader(async (userIds) => Promise.all(userIds.map((id) => providers.history.totals(id)))),
  };
}
