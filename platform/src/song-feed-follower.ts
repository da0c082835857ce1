import { SONG_FEED_PAGE_SIZE, SONG_FEED_PATH, type SongFeedEvent, songFeedPage } from './contracts/song-feed.js';
import {
  createFeedFollower,
  type FeedFollower,
  type FeedOptions,
  type FeedReplica,
  FeedUnavailableError,
} from './feed-follower.js';

/** The catalog did not answer, or answered something that is not its feed. */
export class SongFeedUnavailableError extends FeedUnavailableError {
  override readonly name = 'SongFeedUnavailableError';
}

/** What a follower keeps its copy of the catalog's songs in (see FeedReplica). */
export type SongFeedReplica = FeedReplica<SongFeedEvent>;

export type SongFeedOptions = Omit<FeedOptions<SongFeedEvent>, 'source' | 'unavailable'> & { catalogUrl: string };

export type SongFeedFollower = FeedFollower;

/**
 * Follows the catalog's song feed into a replica, so a service knows which songs exist without
 * reading the catalog's tables.
 */
export function createSongFeedFollower({ catalogUrl, ...options }: SongFeedOptions): SongFeedFollower {
  return createFeedFollower({
    ...options,
    source: {
      url: () => catalogUrl,
      path: SONG_FEED_PATH,
      name: "the catalog's song feed",
      page: songFeedPage,
      defaultPageSize: SONG_FEED_PAGE_SIZE.default,
    },
    unavailable: (message, cause) => new SongFeedUnavailableError(message, { cause }),
  });
}
