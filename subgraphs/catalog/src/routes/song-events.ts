import { SONG_FEED_PAGE_SIZE, SONG_FEED_PATH, type SongFeedPageJson } from '@sp0t1fy/platform';
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
  app.get(SONG_FEED_PATH, async (req, res) => {
    const after = integerParameter(req.query.after, 0);
    const limit = integerParameter(req.query.limit, SONG_FEED_PAGE_SIZE.default);
    if (after === null || after < 0) {
      res.status(400).json({ error: 'after must be a sequence number (0 or more)' });
      return;
    }
    if (limit === null || limit < 1 || limit > SONG_FEED_PAGE_SIZE.max) {
      res.status(400).json({ error: `limit must be from 1 to ${SONG_FEED_PAGE_SIZE.max}` });
      return;
    }
    try {
      const page: SongFeedPageJson = { events: await readSongEvents(db, after, limit) };
      res.json(page);
    } catch (error) {
      req.log.error({ err: error }, 'could not read song events');
      res.status(503).json({ error: 'The catalog is unavailable' });
    }
  });
}

/** The parameter as a whole number, the fallback when absent, null when it is anything else. */
function integerParameter(value: unknown, fallback: number): number | null {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !/^\d{1,15}$/.test(value)) return null;
  return Number(value);
}
