import { isUuid, notFound } from '@sp0t1fy/platform';
import type {
  AlbumResolvers,
  ArtistResolvers,
  FavouriteAlbumConnectionResolvers,
  FavouriteKind,
  FavouritesResolvers,
  SongResolvers,
} from '../__generated__/resolvers-types.js';
import type { LibraryContext } from '../context.js';
import { decodeCursor, encodeCursor, pageInfoOf } from '../providers/cursor.js';
import type { FavouriteRow } from '../providers/favourites.js';
import { pageSize } from './arguments.js';
import type { FavouritePage, FavouritesParent } from './parents.js';
import { catchUpWithCatalog, requireLiveSongs } from './songs.js';

const CURSOR = 'Favourite';
const favouriteCursor = (row: FavouriteRow) => encodeCursor(CURSOR, row.id);

// The gateway asks for a page of entities at once: each loader answers them all in one statement.
export const Song: SongResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  starred: async (song, _args, context) => (await context.loaders.starredSongs.load(song.id)) !== null,
  starredAt: (song, _args, context) => context.loaders.starredSongs.load(song.id),
};

export const Album: AlbumResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  starred: async (album, _args, context) => (await context.loaders.starredAlbums.load(album.id)) !== null,
  starredAt: (album, _args, context) => context.loaders.starredAlbums.load(album.id),
};

export const Artist: ArtistResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  starred: async (artist, _args, context) => (await context.loaders.starredArtists.load(artist.id)) !== null,
  starredAt: (artist, _args, context) => context.loaders.starredArtists.load(artist.id),
};

const page =
  (kind: FavouriteKind) =>
  async (parent: FavouritesParent, args: { first?: number | null; after?: string | null }, context: LibraryContext) => {
    const first = pageSize(args.first, 50);
    const { rows, hasNextPage } = await context.favourites.page(
      parent.userId,
      kind,
      decodeCursor(CURSOR, args.after),
      first,
    );
    return { userId: parent.userId, kind, rows, hasNextPage } satisfies FavouritePage;
  };

export const Favourites: FavouritesResolvers = {
  songs: page('SONG'),
  albums: page('ALBUM'),
  artists: page('ARTIST'),
};

/** The same for songs, albums and artists: only the node's type differs. */
export const FavouriteConnection: FavouriteAlbumConnectionResolvers = {
  edges: (connection) => connection.rows,
  pageInfo: (connection) => pageInfoOf(connection.rows, connection.hasNextPage, favouriteCursor),
  totalCount: (connection, _args, context) => context.favourites.count(connection.userId, connection.kind),
};

export const FavouriteEdge = {
  cursor: favouriteCursor,
  starredAt: (row: FavouriteRow) => row.starred_at,
  node: (row: FavouriteRow) => ({ id: row.target_id }),
};

/**
 * The id as stored, when it names a song, album or artist in the library. Albums and artists exist
 * while a song in the library has them. What the library does not know may have been uploaded a
 * moment ago, so the feed is asked once before refusing.
 */
export async function requireFavouriteTarget(
  context: LibraryContext,
  kind: FavouriteKind,
  id: string,
): Promise<string> {
  if (kind === 'SONG') return (await requireLiveSongs(context, [id]))[0] as string;
  const exists = kind === 'ALBUM' ? context.songs.albumExists : context.songs.artistExists;
  if (!(await exists(id)) && isUuid(id)) {
    await catchUpWithCatalog(context);
    if (await exists(id)) return id.toLowerCase();
  } else if (isUuid(id)) {
    return id.toLowerCase();
  }
  throw notFound(`There is no ${kind === 'ALBUM' ? 'album' : 'artist'} with this id`, { field: 'id' });
}
