import { z } from 'zod';
import { isUuid } from '../ids.js';

/**
 * The catalog's song feed: its transactional outbox, served on the catalog's private port (the
 * gateway never serves /internal) as `GET SONG_FEED_PATH?after=<seq>&limit=<1..max>`, oldest first.
 * The catalog writes it and every service keeping a copy of songs (playback) follows it, both from
 * this one definition.
 */
export const SONG_FEED_PATH = '/internal/song-events';

export const SONG_FEED_PAGE_SIZE = { default: 500, max: 1000 } as const;

export const songFeedEventTypes = ['created', 'updated', 'deleted'] as const;

/**
 * One change to a song. Every event, a deletion too, carries the song's details as they were at the
 * change. Parsing turns the JSON into what a follower applies: the id lower-cased, the time a Date.
 */
const feedId = z
  .string()
  .refine(isUuid, 'not a UUID')
  .transform((id) => id.toLowerCase());

export const songFeedEvent = z.object({
  seq: z.number().int().positive(),
  type: z.enum(songFeedEventTypes),
  songId: feedId,
  title: z.string(),
  artist: z.string(),
  album: z.string().nullable(),
  durationSeconds: z.number().nonnegative(),
  /** The catalog's Album and Artist ids for the song (the track artist's and the album artist's). */
  albumId: feedId.nullable(),
  artistIds: z.array(feedId),
  occurredAt: z.iso.datetime({ offset: true }).transform((iso) => new Date(iso)),
});

export const songFeedPage = z.object({ events: z.array(songFeedEvent) });

export type SongFeedEventType = (typeof songFeedEventTypes)[number];
/** An event as the catalog sends it. */
export type SongFeedEventJson = z.input<typeof songFeedEvent>;
/** An event as a follower received and validated it. */
export type SongFeedEvent = z.output<typeof songFeedEvent>;
export type SongFeedPageJson = z.input<typeof songFeedPage>;

/** An event's song details as the tables keeping them name their columns: the catalog's outbox, the library's copy. */
export interface SongFeedColumns {
  song_id: string;
  title: string;
  artist: string;
  album: string | null;
  duration_seconds: number;
  /** The catalog's Album id; null when the song has no album. */
  album_id: string | null;
  /** The catalog's Artist ids for the song: the track artist's and the album artist's, once each. */
  artist_ids: string[];
}
