import { SONG_FEED_PAGE_SIZE, SONG_FEED_PATH, type SongFeedEventJson, serveFeed } from '@sp0t1fy/platform';
import type { Express } from 'express';
import type { Kysely } from 'kysely';
import type { CatalogDatabase } from '../database.js';
import { readSongEvents } from '../providers/song-events.js';

/**
 * The catalog's song feed (SONG_FEED_PATH?after=<seq>&limit=<1..max>), for services that keep their
 * own copy of song details (playback). Only on the catalog's private port: the gateway never
 * proxies /internal.
 */
export function songEventsRoute(app: Express, db: Kysely<CatalogDatabase>): void {
  serveFeed<SongFeedEventJson>(app, {
    path: SONG_FEED_PATH,
    pageSize: SONG_FEED_PAGE_SIZE,
    serviceName: 'The catalog',
    read: (after, limit) => readSongEvents(db, after, limit),
  });
}
