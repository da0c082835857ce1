import { albumsPage, randomSongs, songsPage } from '../catalog.js';
import { invalidParameter, missingParameter } from '../errors.js';
import { albumOf, artistOf, childOfSong } from '../mappers.js';
import type { MethodContext, MethodGroup } from '../method.js';
import {
  type AlbumSort,
  SubsonicAlbumDocument,
  SubsonicNowPlayingDocument,
  SubsonicRecentlyPlayedDocument,
  SubsonicStarredAlbumsDocument,
  SubsonicStarredArtistsDocument,
  SubsonicStarredSongsDocument,
} from '../operations.js';
import { byCursor, type Page } from '../paging.js';
import type { AlbumID3 } from '../shapes.js';
import { checkMusicFolder } from './browsing.js';

/** Navidrome's caps: larger sizes are cut to these, not refused. */
const MAX_LIST_SIZE = 500;
/** getStarred2 answers everything starred, up to this many of each kind. */
const MAX_STARRED = 5000;

const SORTED_TYPES: Record<string, AlbumSort> = {
  newest: 'NEWEST',
  frequent: 'MOST_PLAYED',
  alphabeticalByName: 'NAME',
  alphabeticalByArtist: 'ARTIST',
};

type Favourites<K extends 'songs' | 'albums' | 'artists', N> = {
  me?: {
    favourites?: Partial<
      Record<
        K,
        { edges: Array<{ starredAt: string; node: N }>; pageInfo: { hasNextPage: boolean; endCursor?: string | null } }
      >
    > | null;
  } | null;
};

/** A favourites connection as a page of (node, starredAt), the date Subsonic's starred shows. */
function favouritesPage<K extends 'songs' | 'albums' | 'artists', N>(
  data: Favourites<K, N>,
  kind: K,
): Page<{ node: N; starredAt: string }> {
  const connection = data.me?.favourites?.[kind];
  if (!connection) return { nodes: [], hasNextPage: false };
  return {
    nodes: connection.edges.map(({ node, starredAt }) => ({ node, starredAt })),
    hasNextPage: connection.pageInfo.hasNextPage,
    endCursor: connection.pageInfo.endCursor,
  };
}

const starredAlbums = (context: MethodContext, offset: number, size: number) =>
  byCursor(
    async (first, after) =>
      favouritesPage(await context.query(SubsonicStarredAlbumsDocument, { first, after: after ?? null }), 'albums'),
    offset,
    size,
  );

/** The albums of the user's recently played songs, most recent first, each once. */
async function recentAlbums(context: MethodContext, offset: number, size: number) {
  const { me } = await context.query(SubsonicRecentlyPlayedDocument, { first: 100 });
  const ids = [...new Set((me?.recentlyPlayed ?? []).map((song) => song.albumId).filter((id) => id != null))];
  const albums = await Promise.all(
    ids.slice(offset, offset + size).map(async (id) => (await context.query(SubsonicAlbumDocument, { id })).album),
  );
  return albums.filter((album) => album != null);
}

async function albumList(context: MethodContext): Promise<AlbumID3[]> {
  const albums = await albumListOf(context);
  return albums.map((album) => ('node' in album ? albumOf(album.node, album.starredAt) : albumOf(album)));
}

async function albumListOf(context: MethodContext) {
  const { params } = context;
  checkMusicFolder(context);
  const type = params.required('type');
  const size = params.int('size', { fallback: 10, max: MAX_LIST_SIZE });
  const offset = params.offset();
  const sort = SORTED_TYPES[type];
  if (sort) return albumsPage(context, { sort, offset, size });
  switch (type) {
    case 'random':
      return albumsPage(context, { sort: 'RANDOM', offset: 0, size });
    case 'recent':
      return recentAlbums(context, offset, size);
    case 'starred':
      return starredAlbums(context, offset, size);
    case 'byYear': {
      const fromYear = params.requiredInt('fromYear', { min: -9999 });
      const toYear = params.requiredInt('toYear', { min: -9999 });
      return albumsPage(context, { sort: 'YEAR', fromYear, toYear, offset, size });
    }
    case 'byGenre': {
      const genre = params.string('genre');
      if (genre === undefined) throw missingParameter('genre');
      return albumsPage(context, { genre, offset, size });
    }
    default:
      throw invalidParameter('type', `${JSON.stringify(type.slice(0, 40))} is not a list type`);
  }
}

export const lists: MethodGroup = {
  getAlbumList2: {
    async run(context) {
      return { albumList2: { album: await albumList(context) } };
    },
  },

  getRandomSongs: {
    async run(context) {
      const { params } = context;
      checkMusicFolder(context);
      const songs = await randomSongs(context, {
        size: params.int('size', { fallback: 10, max: MAX_LIST_SIZE }),
        genre: params.string('genre'),
        fromYear: params.int('fromYear', { min: -9999 }),
        toYear: params.int('toYear', { min: -9999 }),
      });
      return { randomSongs: { song: songs.map((song) => childOfSong(song)) } };
    },
  },

  getSongsByGenre: {
    async run(context) {
      const { params } = context;
      checkMusicFolder(context);
      const songs = await songsPage(context, {
        genre: params.required('genre'),
        offset: params.offset(),
        size: params.int('count', { fallback: 10, max: MAX_LIST_SIZE }),
      });
      return { songsByGenre: { song: songs.map((song) => childOfSong(song)) } };
    },
  },

  getStarred2: {
    async run(context) {
      checkMusicFolder(context);
      const [artists, albums, songs] = await Promise.all([
        byCursor(
          async (first, after) =>
            favouritesPage(
              await context.query(SubsonicStarredArtistsDocument, { first, after: after ?? null }),
              'artists',
            ),
          0,
          MAX_STARRED,
        ),
        starredAlbums(context, 0, MAX_STARRED),
        byCursor(
          async (first, after) =>
            favouritesPage(await context.query(SubsonicStarredSongsDocument, { first, after: after ?? null }), 'songs'),
          0,
          MAX_STARRED,
        ),
      ]);
      return {
        starred2: {
          artist: artists.map(({ node, starredAt }) => artistOf(node, starredAt)),
          album: albums.map(({ node, starredAt }) => albumOf(node, starredAt)),
          song: songs.map(({ node, starredAt }) => childOfSong(node, starredAt)),
        },
      };
    },
  },

  getNowPlaying: {
    async run(context) {
      const { nowPlaying } = await context.query(SubsonicNowPlayingDocument, {});
      const now = Date.now();
      return {
        nowPlaying: {
          entry: nowPlaying.flatMap(({ user, song, playerName, startedAt }, index) =>
            song
              ? [
                  {
                    ...childOfSong(song),
                    // Subsonic's username is an email, which only its owner may see: others get the display name.
                    username: user?.displayName ?? 'Someone',
                    minutesAgo: Math.max(0, Math.floor((now - Date.parse(startedAt)) / 60_000)),
                    playerId: index + 1,
                    playerName: playerName ?? undefined,
                  },
                ]
              : [],
          ),
        },
      };
    },
  },
};
