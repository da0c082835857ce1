import { type Expression, type Kysely, type SqlBool, sql } from 'kysely';
import type { CatalogDatabase, SongRow } from '../database.js';
import { pageSize } from './list-cursor.js';
import { SONG_COLUMNS } from './songs-repository.js';
import { type YearRangeArgs, yearRange } from './year-range.js';

export interface RandomSongsArgs extends YearRangeArgs {
  first?: number | null;
  genre?: string | null;
}

export const RANDOM_SONGS = { fallback: 10, max: 500 } as const;

/**
 * Below this many seq values between the first song and the last, shuffling them all is as cheap as
 * seeking, and seeking would mostly draw the same songs again.
 */
export const SHUFFLE_EVERY_SONG_UP_TO = 5_000;

export interface RandomSongsOptions {
  /** Up to this span of seqs, shuffle every song instead of seeking (tests lower it). */
  shuffleEverySongUpTo?: number;
}

/**
 * Random songs without ordering the library by random(): on 100,000 songs that sorted every row
 * (0.3 s on PostgreSQL, 0.5-0.8 s embedded, test/scale/random-choice.test.ts), where drawing random
 * points between the lowest and highest seq and taking the first song at or after each is one index
 * probe per draw (~20 ms for 500). A song right after deleted ones is that much likelier to be drawn;
 * for a shuffle that is fine. A genre or years filter shuffles only the matching songs' seqs (a genre
 * through songs_genre), which is what reading them costs.
 */
export function createRandomSongs(
  db: Kysely<CatalogDatabase>,
  { shuffleEverySongUpTo = SHUFFLE_EVERY_SONG_UP_TO }: RandomSongsOptions = {},
) {
  /** Every matching song's seq, shuffled, the first `first`. */
  async function shuffle(conditions: Expression<SqlBool>[], first: number): Promise<string[]> {
    const { rows } = await sql<{ seq: string | number }>`
      select seq from songs
      where ${conditions.length ? sql.join(conditions, sql` and `) : sql`true`}
      order by random()
      limit ${first}
    `.execute(db);
    return rows.map(({ seq }) => String(seq));
  }

  /** Distinct seqs of songs at or after random points; null for a span too small to seek in. */
  async function seek(first: number): Promise<string[] | null> {
    // The points are drawn before the probes: random() inside a probe's condition would be drawn
    // again for every row it reads, and no index could serve it.
    const { rows } = await sql<{ seq: string | number | null }>`
      with bounds as (select min(seq) as low, max(seq) - min(seq) + 1 as span from songs),
      points as materialized (
        select low + floor(random() * span)::bigint as point
        from bounds cross join generate_series(1, ${first * 2})
        where span > ${shuffleEverySongUpTo}
      )
      select picked.seq
      from points
      cross join lateral (select seq from songs where seq >= points.point order by seq limit 1) as picked
    `.execute(db);
    if (rows.length === 0) return null;
    return [...new Set(rows.map(({ seq }) => String(seq)))].slice(0, first);
  }

  return {
    async pick(args: RandomSongsArgs): Promise<SongRow[]> {
      const first = pageSize(args.first, RANDOM_SONGS, 'random songs');
      const genre = args.genre?.trim() || null;
      const conditions = [
        ...(genre ? [sql<SqlBool>`lower(genre) = lower(${genre})`] : []),
        ...yearRange(sql.ref('release_year'), args),
      ];
      let seqs = conditions.length ? null : await seek(first);
      // A small library, or one so full of gaps that draws repeat: shuffle it whole.
      if (seqs === null || seqs.length < first) seqs = await shuffle(conditions, first);
      if (seqs.length === 0) return [];
      const rows = await db.selectFrom('songs').select(SONG_COLUMNS).where('seq', 'in', seqs.map(Number)).execute();
      const bySeq = new Map(rows.map((row) => [String(row.seq), row]));
      return seqs.flatMap((seq) => bySeq.get(seq) ?? []);
    },
  };
}

export type RandomSongs = ReturnType<typeof createRandomSongs>;
