import { type Expression, type Kysely, sql } from 'kysely';
import type { AlbumRow, ArtistRow, CatalogDatabase, SongRow } from '../database.js';
import { containsEveryWord } from './albums-repository.js';
import { pageSize } from './list-cursor.js';
import { escapeLike, queryWords, type SongSearch, TITLE_RANK } from './song-search.js';

export interface LibrarySearchArgs {
  query: string;
  first?: number | null;
}

export const SEARCH_SIZE = { fallback: 20, max: 100 } as const;

/** How well a name matches: it is the whole query, starts with it, or only contains every word. */
const TIER = { is: 3, starts: 2, contains: 1 } as const;

/** Albums and artists before songs when they tie, in this order. */
const KIND_ORDER = { Artist: 0, Album: 1, Song: 2 } as const;

type Found = { tier: number; kind: keyof typeof KIND_ORDER; index: number; row: SongRow | AlbumRow | ArtistRow };

/**
 * One list of songs, albums and artists, best first. Each kind is read best first and at most
 * `first` long (songs through the song search and its tiers), then merged by tier: the name (a
 * song's title, an album's title, an artist's name) is the whole query, starts with it, or contains
 * every word (a song's artist or album containing them counts as containing). Three statements.
 */
export function createLibrarySearch(db: Kysely<CatalogDatabase>, songs: SongSearch) {
  /** `name` is the grouped name (catalog_group_name: folded, single spaces) the tier is judged on. */
  const tierOf = (name: Expression<string>, whole: string) =>
    sql<number>`case when ${name} = catalog_fold(${whole}) then ${sql.lit(TIER.is)}
      when ${name} like catalog_fold(${escapeLike(whole)}) || '%' then ${sql.lit(TIER.starts)}
      else ${sql.lit(TIER.contains)} end`;

  return {
    async search(args: LibrarySearchArgs): Promise<Array<SongRow | AlbumRow | ArtistRow>> {
      const first = pageSize(args.first, SEARCH_SIZE, 'results');
      const words = queryWords(args.query);
      if (words.length === 0) return [];
      const whole = words.join(' ');
      const matches = containsEveryWord(sql.ref('search_text'), args.query);
      const [songPage, albums, artists] = await Promise.all([
        songs.list({ query: args.query, first }, { count: false }),
        db
          .selectFrom('albums')
          .selectAll()
          .select(tierOf(sql.ref('name_sort'), whole).as('tier'))
          .where((eb) => eb.and(matches))
          .orderBy('tier', 'desc')
          .orderBy('play_count', 'desc')
          .orderBy('newest_seq', 'desc')
          .limit(first)
          .execute(),
        db
          .selectFrom('artists')
          .selectAll()
          .select(tierOf(sql`catalog_group_name(name)`, whole).as('tier'))
          .where((eb) => eb.and(matches))
          .orderBy('tier', 'desc')
          .orderBy('song_count', 'desc')
          .orderBy('name_sort')
          .limit(first)
          .execute(),
      ]);
      const found: Found[] = [
        ...songPage.edges.map(({ node, rank }, index) => ({
          tier: rank === TITLE_RANK.is ? TIER.is : rank === TITLE_RANK.starts ? TIER.starts : TIER.contains,
          kind: 'Song' as const,
          index,
          row: node,
        })),
        ...albums.map(({ tier, ...row }, index) => ({ tier: Number(tier), kind: 'Album' as const, index, row })),
        ...artists.map(({ tier, ...row }, index) => ({ tier: Number(tier), kind: 'Artist' as const, index, row })),
      ];
      found.sort((a, b) => b.tier - a.tier || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.index - b.index);
      return found.slice(0, first).map(({ row }) => row);
    },
  };
}

export type LibrarySearch = ReturnType<typeof createLibrarySearch>;
