import { SMART_SONGS_PATH, servePost, smartSongsRequest } from '@sp0t1fy/platform';
import type { Express } from 'express';
import type { Kysely } from 'kysely';
import type { CatalogDatabase } from '../database.js';
import { createSmartPlaylistSongs } from '../providers/smart-playlist-songs.js';

/** The songs a smart playlist's catalog conditions match (platform/src/contracts/smart-playlist-catalog.ts), for the library. */
export function smartPlaylistSongsRoute(app: Express, db: Kysely<CatalogDatabase>): void {
  const smartSongs = createSmartPlaylistSongs(db);
  servePost(app, SMART_SONGS_PATH, smartSongsRequest, 'The catalog', smartSongs);
}
