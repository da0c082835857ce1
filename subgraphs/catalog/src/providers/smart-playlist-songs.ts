import type { CatalogRule, SmartSongsAnswerJson } from '@sp0t1fy/platform';
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { CatalogDatabase } from '../database.js';

type SmartSongsQuery = {
  rule: CatalogRule;
  sort: { field: string; direction: 'asc' | 'desc' };
  limit: number;
  afterId?: string | undefined;
};

/**
 * A smart playlist's songs as far as the catalog decides them: its conditions and the id sets the
 * library put in their place, in one statement, sorted and limited there. Text compares folded
 * (case and accents ignored), genre through songs_genre (case ignored).
 */
export function createSmartPlaylistSongs(db: Kysely<CatalogDatabase>) {
  return async function smartSongs({ rule, sort, limit, afterId }: SmartSongsQuery): Promise<SmartSongsAnswerJson> {
    const after = afterId === undefined ? sql`true` : sql`songs.id > ${afterId}::uuid`;
    const { rows } = await sql<{ id: string; duration_seconds: number }>`
      select songs.id, songs.duration_seconds from songs
      where ${matches(rule)} and ${after}
      order by ${orderBy(sort)}
      limit ${limit}
    `.execute(db);
    return { songs: rows.map((row) => ({ id: row.id, durationSeconds: Number(row.duration_seconds) })) };
  };
}

const TEXT_COLUMNS: Record<string, RawBuilder<string>> = {
  title: sql`songs.title_folded`,
  artist: sql`songs.artist_folded`,
  album: sql`songs.album_folded`,
  albumArtist: sql`songs.album_artist_folded`,
  genre: sql`lower(coalesce(songs.genre, ''))`,
};

function matches(rule: CatalogRule): RawBuilder<boolean> {
  if ('all' in rule) return sql`(${sql.join(rule.all.map(matches), sql` and `)})`;
  if ('any' in rule) return sql`(${sql.join(rule.any.map(matches), sql` or `)})`;
  if ('ids' in rule) {
    if (rule.ids.length === 0) return rule.except ? sql`true` : sql`false`;
    // One text parameter cast to uuid[] reads the same on PostgreSQL and PGlite; the ids are checked UUIDs.
    const ids = sql`cast(${`{${rule.ids.join(',')}}`} as uuid[])`;
    return rule.except ? sql`not (songs.id = any(${ids}))` : sql`songs.id = any(${ids})`;
  }
  switch (rule.field) {
    case 'title':
    case 'artist':
    case 'album':
    case 'albumArtist':
    case 'genre': {
      const column = TEXT_COLUMNS[rule.field] as RawBuilder<string>;
      const value = rule.field === 'genre' ? sql`lower(${rule.value})` : sql`catalog_fold(${rule.value})`;
      // lower(genre) alone is what songs_genre indexes: a null genre is no genre, which "is" nothing.
      if (rule.op === 'is' && rule.field === 'genre') return sql`lower(songs.genre) = ${value}`;
      if (rule.op === 'is') return sql`${column} = ${value}`;
      if (rule.op === 'isNot') return sql`${column} <> ${value}`;
      if (rule.op === 'contains') return sql`strpos(${column}, ${value}) > 0`;
      return sql`strpos(${column}, ${value}) = 0`;
    }
    case 'year':
    case 'durationSeconds': {
      // A duration "is" a whole number of seconds: songs are seldom an exact number of them.
      const column = rule.field === 'year' ? sql`songs.release_year` : sql`round(songs.duration_seconds)`;
      if (rule.op === 'between') return sql`${column} between ${rule.value[0]} and ${rule.value[1]}`;
      const operator = rule.op === 'is' ? '=' : rule.op === 'greaterThan' ? '>' : '<';
      return sql`${column} ${sql.raw(operator)} ${rule.value}`;
    }
    case 'addedAt':
      return rule.op === 'onOrAfter'
        ? sql`songs.created_at >= ${rule.value}::timestamptz`
        : sql`songs.created_at < ${rule.value}::timestamptz`;
    default:
      throw new Error(`Not a catalog condition: ${JSON.stringify(rule)}`);
  }
}

const SORT_COLUMNS: Record<string, RawBuilder<unknown>> = {
  title: sql`songs.title_folded`,
  artist: sql`songs.artist_folded`,
  album: sql`songs.album_folded`,
  year: sql`songs.release_year`,
  addedAt: sql`songs.seq`,
  durationSeconds: sql`songs.duration_seconds`,
  id: sql`songs.id`,
};

function orderBy(sort: SmartSongsQuery['sort']): RawBuilder<unknown> {
  if (sort.field === 'random') return sql`random()`;
  const direction = sql.raw(sort.direction === 'desc' ? 'desc' : 'asc');
  const column = SORT_COLUMNS[sort.field] as RawBuilder<unknown>;
  if (sort.field === 'id') return sql`songs.id ${direction}`;
  // Songs without a year go last either way; equal keys go by title, then keep one order (the id).
  return sql`${column} ${direction} nulls last, songs.title_folded, songs.id`;
}
