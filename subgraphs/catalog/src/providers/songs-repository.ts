import { isUuid } from '@sp0t1fy/platform';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { CatalogDatabase, SongRow, SongsTable } from '../database.js';
import { appendSongEvent } from './song-events.js';
import type { SongDetails } from './song-metadata.js';

export interface GenreSummary {
  name: string;
  songCount: number;
  albumCount: number;
}

export type NewSong = Omit<
  SongRow,
  'id' | 'seq' | 'created_at' | 'updated_at' | 'album_id' | 'artist_id' | 'album_artist_id'
>;

/** Every column but the generated search text. */
export const SONG_COLUMNS = [
  'id',
  'seq',
  'title',
  'artist',
  'album',
  'genre',
  'release_year',
  'duration_seconds',
  'bitrate_kbps',
  'sample_rate_hz',
  'channels',
  'mime_type',
  'codec',
  'bit_depth',
  'lossless',
  'file_extension',
  'size_bytes',
  'sha256',
  'cover_sha256',
  'cover_mime_type',
  'cover_size_bytes',
  'uploaded_by',
  'created_at',
  'updated_at',
  'track_number',
  'track_total',
  'disc_number',
  'disc_total',
  'album_artist',
  'composer',
  'title_sort',
  'artist_sort',
  'album_artist_sort',
  'album_id',
  'artist_id',
  'album_artist_id',
  'loudness_source',
  'track_gain_db',
  'track_peak',
  'album_gain_db',
  'album_peak',
  'integrated_lufs',
  'encoder_delay_samples',
  'padding_samples',
  'total_samples',
] as const satisfies ReadonlyArray<keyof SongsTable>;

export function createSongsRepository(db: Kysely<CatalogDatabase>) {
  return {
    async findById(id: string): Promise<SongRow | null> {
      if (!isUuid(id)) return null;
      return (await db.selectFrom('songs').select(SONG_COLUMNS).where('id', '=', id).executeTakeFirst()) ?? null;
    },

    /** One query for every song a request names (a page of play history names many); the found ones. */
    async findByIds(ids: readonly string[]): Promise<SongRow[]> {
      const valid = [...new Set(ids.filter(isUuid).map((id) => id.toLowerCase()))];
      return valid.length ? db.selectFrom('songs').select(SONG_COLUMNS).where('id', 'in', valid).execute() : [];
    },

    /** Songs whose file has one of these digests (lowercase hex), oldest first. */
    async findBySha256s(sha256s: readonly string[]): Promise<SongRow[]> {
      if (sha256s.length === 0) return [];
      return db.selectFrom('songs').select(SONG_COLUMNS).where('sha256', 'in', sha256s).orderBy('seq').execute();
    },

    /**
     * Each genre once, however it is capitalised (the genre filter ignores case too), spelt as it was
     * first uploaded; sorted without regard to case or accents, the same way on every database.
     */
    async genres(): Promise<string[]> {
      const { rows } = await sql<{ genre: string }>`
        select (array_agg(genre order by seq))[1] as genre
        from songs
        where genre is not null
        group by lower(genre)
        order by catalog_fold(lower(genre)) collate "C"
      `.execute(db);
      return rows.map((row) => row.genre);
    },

    /**
     * Each genre as genres() spells and sorts it, with its songs and the albums whose genre (their
     * songs' most common one) it is, in one statement.
     */
    async genreSummaries(): Promise<GenreSummary[]> {
      const { rows } = await sql<GenreSummary & { key: string }>`
        with song_genres as (
          select lower(genre) as key, (array_agg(genre order by seq))[1] as name, count(*)::int as "songCount"
          from songs
          where genre is not null
          group by lower(genre)
        ), album_genres as (
          select lower(genre) as key, count(*)::int as "albumCount"
          from albums
          where genre is not null
          group by lower(genre)
        )
        select song_genres.key, name, "songCount", coalesce("albumCount", 0)::int as "albumCount"
        from song_genres left join album_genres using (key)
        order by catalog_fold(song_genres.key) collate "C"
      `.execute(db);
      return rows.map(({ name, songCount, albumCount }) => ({ name, songCount, albumCount }));
    },

    transaction<T>(work: (trx: Transaction<CatalogDatabase>) => Promise<T>): Promise<T> {
      return db.transaction().execute(work);
    },

    /**
     * Runs `work` in a transaction holding the locks of these blobs. An upload checks its blobs are
     * present and inserts its row under them, a deletion checks a blob is unreferenced and deletes it
     * under them, so a blob is never deleted between an upload finding it present and that upload's
     * row being committed. Keep `work` short: no blob's bytes move while a connection is held.
     */
    withBlobsLocked<T>(keys: string[], work: (trx: Transaction<CatalogDatabase>) => Promise<T>): Promise<T> {
      return db.transaction().execute(async (trx) => {
        // A fixed order, so two transactions locking the same pair cannot deadlock.
        for (const key of [...new Set(keys)].sort()) {
          await sql`select pg_advisory_xact_lock(${blobLockKey(key)}::bigint)`.execute(trx);
        }
        return work(trx);
      });
    },

    async isBlobReferenced(trx: Transaction<CatalogDatabase>, key: string): Promise<boolean> {
      const row = await trx
        .selectFrom('songs')
        .select('id')
        .where((where) => where.or([where('sha256', '=', key), where('cover_sha256', '=', key)]))
        .limit(1)
        .executeTakeFirst();
      return row !== undefined;
    },

    async insert(trx: Transaction<CatalogDatabase>, song: NewSong): Promise<SongRow> {
      const created = await trx.insertInto('songs').values(song).returning(SONG_COLUMNS).executeTakeFirstOrThrow();
      await appendSongEvent(trx, 'created', created);
      return created;
    },

    async update(trx: Transaction<CatalogDatabase>, id: string, details: Partial<SongDetails>): Promise<SongRow> {
      const updated = await trx
        .updateTable('songs')
        .set({
          ...(details.title !== undefined && { title: details.title }),
          ...(details.artist !== undefined && { artist: details.artist }),
          ...(details.album !== undefined && { album: details.album }),
          ...(details.genre !== undefined && { genre: details.genre }),
          ...(details.releaseYear !== undefined && { release_year: details.releaseYear }),
          ...(details.trackNumber !== undefined && { track_number: details.trackNumber }),
          ...(details.trackTotal !== undefined && { track_total: details.trackTotal }),
          ...(details.discNumber !== undefined && { disc_number: details.discNumber }),
          ...(details.discTotal !== undefined && { disc_total: details.discTotal }),
          ...(details.albumArtist !== undefined && { album_artist: details.albumArtist }),
          ...(details.composer !== undefined && { composer: details.composer }),
          updated_at: sql<Date>`now()`,
        })
        .where('id', '=', id)
        .returning(SONG_COLUMNS)
        .executeTakeFirstOrThrow();
      await appendSongEvent(trx, 'updated', updated);
      return updated;
    },

    /** The row as it was, or null when it was already gone. */
    async delete(trx: Transaction<CatalogDatabase>, id: string): Promise<SongRow | null> {
      const deleted = await trx.deleteFrom('songs').where('id', '=', id).returning(SONG_COLUMNS).executeTakeFirst();
      if (deleted) await appendSongEvent(trx, 'deleted', deleted);
      return deleted ?? null;
    },

    /** Locks the row for a read-check-write (only the uploader may change a song). */
    async findForUpdate(trx: Transaction<CatalogDatabase>, id: string): Promise<SongRow | null> {
      if (!isUuid(id)) return null;
      const row = await trx
        .selectFrom('songs')
        .select(SONG_COLUMNS)
        .where('id', '=', id)
        .forUpdate()
        .executeTakeFirst();
      return row ?? null;
    },
  };
}

export type SongsRepository = ReturnType<typeof createSongsRepository>;

/** A blob's SHA-256 as an advisory lock key: its first 60 bits, a positive bigint. */
function blobLockKey(sha256: string): string {
  return BigInt(`0x${sha256.slice(0, 15)}`).toString();
}
