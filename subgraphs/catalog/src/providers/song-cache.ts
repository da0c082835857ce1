import { createHash, randomUUID } from 'node:crypto';
import type { Cache, CacheStats, Logger } from '@sp0t1fy/platform';
import { isUuid } from '@sp0t1fy/platform';
import DataLoader from 'dataloader';
import type { SongRow } from '../database.js';
import { PAGE_SIZE, type SongListArgs, type SongPage, type SongSearch } from './song-search.js';
import type { SongsRepository } from './songs-repository.js';

/**
 * Entries live under the library's generation, a random id every committed write replaces: one write
 * retires every cached song, first page and genre list, on every catalog instance sharing Redis. A
 * reader takes the generation before it reads the database, so a read racing a write files what it
 * read under the generation that write retired, where nobody looks. The TTL bounds what a write that
 * Redis never heard of (it was unreachable, and this process has not retried yet) leaves behind.
 */
export const SONG_CACHE_TTL_SECONDS = 60;
const GENERATION_KEY = 'library:generation';
const GENERATION_TTL_SECONDS = 24 * 60 * 60;

/** Only rows are cached: streamUrl and coverUrl are signed per viewer and expire, so they are signed per request. */
const parse = <T>(json: string): T =>
  JSON.parse(json, (key, value) =>
    (key === 'created_at' || key === 'updated_at') && typeof value === 'string' ? new Date(value) : value,
  );

const digest = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 22);

export interface SongCacheOptions {
  cache: Cache;
  stats: CacheStats;
  logger: Logger;
  songs: SongsRepository;
  search: SongSearch;
}

/** Songs by id, the library's first pages and the genres (with their counts), read through the platform cache. */
export function createSongCache({ cache, stats, logger, songs, search }: SongCacheOptions) {
  /** A write Redis was not told about: until it is, this process reads past the cache. */
  let unannounced = false;

  async function retire(): Promise<boolean> {
    try {
      await cache.strict.set(GENERATION_KEY, randomUUID(), GENERATION_TTL_SECONDS);
      if (unannounced) logger.info('cached songs retired after a write Redis missed');
      unannounced = false;
      return true;
    } catch (error) {
      if (!unannounced) logger.warn({ err: error }, 'could not retire cached songs; reading past the cache');
      unannounced = true;
      return false;
    }
  }

  /** null: the cache is unreachable or cannot be trusted, so the database answers and nothing is kept. */
  async function generation(): Promise<string | null> {
    if (unannounced && !(await retire())) return null;
    try {
      const current = await cache.strict.get(GENERATION_KEY);
      if (current) return current;
      const fresh = randomUUID();
      await cache.strict.set(GENERATION_KEY, fresh, GENERATION_TTL_SECONDS);
      return fresh;
    } catch {
      return null;
    }
  }

  function counted(lookup: 'song' | 'page' | 'genres', hits: number, misses: number): void {
    stats.hits += hits;
    stats.misses += misses;
    logger.debug({ cache: lookup, hits, misses }, 'song cache');
  }

  async function cached<T>(lookup: 'page' | 'genres', key: string, load: () => Promise<T>): Promise<T> {
    const version = await generation();
    const fullKey = version && `library:${version}:${key}`;
    const hit = fullKey ? await cache.get(fullKey) : null;
    counted(lookup, hit === null ? 0 : 1, hit === null ? 1 : 0);
    if (hit !== null) return parse<T>(hit);
    const value = await load();
    if (fullKey) await cache.set(fullKey, JSON.stringify(value), SONG_CACHE_TTL_SECONDS);
    return value;
  }

  return {
    /** Per request: every song it names in one cache round and at most one statement. */
    createLoader(): DataLoader<string, SongRow | null> {
      return new DataLoader(async (ids) => {
        const wanted = [...new Set(ids.filter(isUuid).map((id) => id.toLowerCase()))];
        const version = wanted.length > 0 ? await generation() : null;
        const songKey = (id: string) => `library:${version}:song:${id}`;
        const found = new Map<string, SongRow>();
        if (version) {
          const hits = await Promise.all(wanted.map((id) => cache.get(songKey(id))));
          wanted.forEach((id, index) => {
            const hit = hits[index];
            if (hit) found.set(id, parse<SongRow>(hit));
          });
        }
        const missing = wanted.filter((id) => !found.has(id));
        if (wanted.length > 0) counted('song', found.size, missing.length);
        if (missing.length > 0) {
          const rows = await songs.findByIds(missing);
          for (const row of rows) found.set(row.id, row);
          // Unknown ids are not remembered: anyone can ask for any number of them.
          if (version)
            await Promise.all(
              rows.map((row) => cache.set(songKey(row.id), JSON.stringify(row), SONG_CACHE_TTL_SECONDS)),
            );
        }
        return ids.map((id) => found.get(id.toLowerCase()) ?? null);
      });
    },

    /** The library's first page (no query, no cursor) per genre and size; searches and later pages go to SQL. */
    list(args: SongListArgs, options: { count: boolean }): Promise<SongPage> {
      const first = args.first ?? PAGE_SIZE.default;
      const firstPage =
        !args.query && !args.after && !args.offset && Number.isInteger(first) && first >= 1 && first <= PAGE_SIZE.max;
      if (!firstPage) return search.list(args, options);
      // The genre as given (trimmed, as the search does): PostgreSQL, not this key, decides what matches it.
      const genre = args.genre?.trim() || null;
      const key = `page:${genre === null ? '*' : digest(genre)}:${first}:${options.count ? 'counted' : 'uncounted'}`;
      return cached('page', key, () => search.list(args, options));
    },

    genres: () => cached('genres', 'genres', () => songs.genres()),

    genreSummaries: () => cached('genres', 'genre-summaries', () => songs.genreSummaries()),

    /** After a write to songs commits, before it is answered: every cached answer is retired. */
    async changed(): Promise<void> {
      await retire();
    },
  };
}

export type SongCache = ReturnType<typeof createSongCache>;
