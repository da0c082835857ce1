import { isUuid } from '@sp0t1fy/platform';
import { type Kysely, sql } from 'kysely';
import type { ArtistRow, CatalogDatabase, SongRow } from '../database.js';
import { containsEveryWord, LIST_SIZE } from './albums-repository.js';
import { keysetPage, type Page } from './keyset-page.js';
import { listFingerprint, pageOffset, pageSize } from './list-cursor.js';
import { queryWords } from './song-search.js';
import { SONG_COLUMNS } from './songs-repository.js';

export interface ArtistListArgs {
  query?: string | null;
  first?: number | null;
  after?: string | null;
  offset?: number | null;
}

/** By sort name (the index artists_by_name), the id breaking ties. */
const KEYS = ['name_sort', 'id'] as const;

export const TOP_SONGS = { fallback: 10, max: 100 } as const;

export function createArtistsRepository(db: Kysely<CatalogDatabase>) {
  return {
    async list(args: ArtistListArgs, options: { count: boolean }): Promise<Page<ArtistRow>> {
      const first = pageSize(args.first, LIST_SIZE, 'artists');
      const offset = pageOffset(args.offset, args.after, 'artists');
      return keysetPage(db, {
        table: 'artists',
        conditions: containsEveryWord(sql.ref('search_text'), args.query),
        keys: KEYS,
        descending: false,
        first,
        after: args.after,
        offset,
        list: listFingerprint(['artists', queryWords(args.query)]),
        listName: 'list of artists',
        count: options.count,
      });
    },

    async findByIds(ids: readonly string[]): Promise<ArtistRow[]> {
      const valid = [...new Set(ids.filter(isUuid).map((id) => id.toLowerCase()))];
      return valid.length ? db.selectFrom('artists').selectAll().where('id', 'in', valid).execute() : [];
    },

    /**
     * Each artist's `first` most played songs (as track or album artist), then by title, in one
     * statement for every artist asked about.
     */
    async topSongs(artistIds: readonly string[], first: number): Promise<Array<{ artistId: string; song: SongRow }>> {
      if (artistIds.length === 0) return [];
      const { rows } = await sql<SongRow & { top_of: string; top_plays: number; top_title: string }>`
        select top.*, artist.id as top_of
        from unnest(${sql.val([...artistIds])}::uuid[]) as artist(id)
        cross join lateral (
          select ${sql.join(SONG_COLUMNS.map((column) => sql.ref(`songs.${column}`)))},
            coalesce(plays.play_count, 0) as top_plays, songs.title_folded as top_title
          from songs left join song_play_counts plays on plays.song_id = songs.id
          where songs.artist_id = artist.id or songs.album_artist_id = artist.id
          order by top_plays desc, top_title, songs.seq
          limit ${first}
        ) as top
        order by artist.id, top.top_plays desc, top.top_title, top.seq
      `.execute(db);
      return rows.map(({ top_of, top_plays: _plays, top_title: _title, ...song }) => ({ artistId: top_of, song }));
    },
  };
}

export type ArtistsRepository = ReturnType<typeof createArtistsRepository>;
