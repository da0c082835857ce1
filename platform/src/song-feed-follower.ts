import { env } from './config.js';
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

/** Variables of a service that follows the song feed (playback, the library). */
export const songFeedEnv = {
  /** The catalog, whose song feed tells the service which songs (with their albums and artists) exist. */
  CATALOG_URL: env.url().default('http://127.0.0.1:4002'),
  /** How often the song feed is polled; a song the service does not know yet is also asked for at once. */
  SONG_FEED_POLL_MS: env.positiveInt(2_000),
};

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
