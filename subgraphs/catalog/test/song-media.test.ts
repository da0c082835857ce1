import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger, createMemoryCache, type Database, openDatabase } from '@sp0t1fy/platform';
import { testBackends } from '@sp0t1fy/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CatalogDatabase } from '../src/database.js';
import { createSongCache } from '../src/providers/song-cache.js';
import { createSongChanges } from '../src/providers/song-changes.js';
import { createSongMedia, SONG_MEDIA_TTL_MS } from '../src/providers/song-media.js';
import { createSongSearch } from '../src/providers/song-search.js';
import { createSongsRepository } from '../src/providers/songs-repository.js';
import { LocalBlobStore } from '../src/providers/storage/local-blob-store.js';
import { insertSongs, openCatalogDatabase } from './support/database.js';

const UPLOADER = '00000000-0000-4000-8000-000000000001'; // insertSongs' uploader
const logger = createLogger({ service: 'catalog-test', level: 'silent', format: 'json' });

/**
 * What one catalog instance holds for the media route: its own SongMedia and the deletion path that
 * forgets a song. Two of them on one database are two catalog processes sharing PostgreSQL.
 */
function instance(database: Database<CatalogDatabase>, blobs: LocalBlobStore, now: () => number) {
  const songs = createSongsRepository(database.db);
  const songMedia = createSongMedia({ songs, now });
  const songCache = createSongCache({
    cache: createMemoryCache(),
    stats: { hits: 0, misses: 0 },
    logger,
    songs,
    search: createSongSearch(database.db),
  });
  const changes = createSongChanges({ songs, songCache, songMedia, blobs, logger });
  return { songMedia, changes, stats: database.stats };
}

describe.each(await testBackends())('song media lookups ($name)', (backend) => {
  let database: Awaited<ReturnType<typeof openCatalogDatabase>>;
  /** The second instance's own connection (the same PGlite on the embedded backend: it has one). */
  let otherDatabase: Database<CatalogDatabase>;
  let blobs: LocalBlobStore;
  let blobDir: string;
  let clock = 1_000_000;
  const now = () => clock;

  beforeAll(async () => {
    database = await openCatalogDatabase(backend);
    otherDatabase = database.url
      ? await openDatabase<CatalogDatabase>({ url: database.url, embeddedDir: 'memory://' })
      : database;
    blobDir = await mkdtemp(join(tmpdir(), 'song-media-'));
    blobs = new LocalBlobStore(blobDir);
  });

  afterAll(async () => {
    if (otherDatabase !== database) await otherDatabase?.close();
    await database?.close();
    await blobs?.close();
    if (blobDir) await rm(blobDir, { recursive: true, force: true });
  });

  async function newSong(title: string): Promise<string> {
    await insertSongs(database, [{ title, artist: 'Media' }]);
    const row = await database.db.selectFrom('songs').select('id').where('title', '=', title).executeTakeFirstOrThrow();
    return row.id;
  }

  it('serves repeated requests for a song from memory: one query per song per TTL', async () => {
    const { songMedia, stats } = instance(database, blobs, now);
    const id = await newSong('Repeated');
    const before = stats.statements;
    const found = await Promise.all(Array.from({ length: 20 }, () => songMedia.find(id, 'audio')));
    expect(found[19]).toMatchObject({ key: '0'.repeat(64), sizeBytes: 1000, contentType: 'audio/mpeg' });
    expect(stats.statements - before).toBe(1);

    clock += SONG_MEDIA_TTL_MS + 1;
    await songMedia.find(id, 'audio');
    expect(stats.statements - before).toBe(2);
  });

  it('answers null for a song without a cover, and for an unknown song', async () => {
    const { songMedia } = instance(database, blobs, now);
    expect(await songMedia.find(await newSong('No cover'), 'cover')).toBeNull();
    expect(await songMedia.find('00000000-0000-4000-8000-00000000dead', 'audio')).toBeNull();
  });

  it('stops serving a deleted song at once on the instance that deleted it, and within the TTL on another', async () => {
    const deleting = instance(database, blobs, now);
    const other = instance(otherDatabase, blobs, now);
    const id = await newSong('Doomed');
    expect(await deleting.songMedia.find(id, 'audio')).not.toBeNull();
    expect(await other.songMedia.find(id, 'audio')).not.toBeNull();

    await deleting.changes.delete(id, UPLOADER);

    expect(await deleting.songMedia.find(id, 'audio')).toBeNull();
    // The other instance has not heard of the deletion: it may serve the song for up to the TTL...
    clock += SONG_MEDIA_TTL_MS - 1;
    expect(await other.songMedia.find(id, 'audio')).not.toBeNull();
    // ...and no longer.
    clock += 2;
    expect(await other.songMedia.find(id, 'audio')).toBeNull();
    expect(SONG_MEDIA_TTL_MS).toBeLessThanOrEqual(5000);
  });

  it('does not remember a failed lookup', async () => {
    const id = await newSong('Flaky');
    let failures = 1;
    const songs = createSongsRepository(database.db);
    const songMedia = createSongMedia({
      songs: {
        findById: (songId) => (failures-- > 0 ? Promise.reject(new Error('database down')) : songs.findById(songId)),
      },
      now,
    });
    await expect(songMedia.find(id, 'audio')).rejects.toThrow('database down');
    expect(await songMedia.find(id, 'audio')).not.toBeNull();
  });
});
