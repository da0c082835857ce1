import { z } from 'zod';
import { isUuid } from '../ids.js';

/**
 * Playback's play feed: every counted play, oldest first, served on playback's private port (the
 * gateway never serves /internal) as `GET PLAY_FEED_PATH?after=<seq>&limit=<1..max>`. Playback
 * writes it and the catalog follows it into its play counts (Album.playCount, Artist.topSongs, the
 * MOST_PLAYED sort), both from this one definition. A play is counted once and never uncounted, so
 * followers only add.
 */
export const PLAY_FEED_PATH = '/internal/play-events';

export const PLAY_FEED_PAGE_SIZE = { default: 1000, max: 1000 } as const;

export const playFeedEvent = z.object({
  seq: z.number().int().positive(),
  songId: z
    .string()
    .refine(isUuid, 'not a UUID')
    .transform((id) => id.toLowerCase()),
});

export const playFeedPage = z.object({ events: z.array(playFeedEvent) });

/** A play as playback sends it. */
export type PlayFeedEventJson = z.input<typeof playFeedEvent>;
/** A play as a follower received and validated it. */
export type PlayFeedEvent = z.output<typeof playFeedEvent>;
export type PlayFeedPageJson = z.input<typeof playFeedPage>;
