import { albumArtists, genreSummaries } from '../catalog.js';
import { notFound, SubsonicCode, SubsonicError } from '../errors.js';
import { decodeId, decodeIdOf, type IdKind } from '../ids.js';
import { groupByIndex, IGNORED_ARTICLES } from '../indexes.js';
import { albumAsChild, albumOf, artistOf, childOfSong } from '../mappers.js';
import type { MethodContext, MethodGroup } from '../method.js';
import { SubsonicAlbumDocument, SubsonicArtistDocument, SubsonicSongDocument } from '../operations.js';

/** The one music folder: the whole library. */
export const MUSIC_FOLDER = { id: 1, name: 'Music' };

/** musicFolderId, where a method takes it: ours or nothing. */
export function checkMusicFolder(context: MethodContext) {
  const folder = context.params.string('musicFolderId');
  if (folder !== undefined && folder !== String(MUSIC_FOLDER.id)) throw notFound('Music folder');
}

/** The item `raw` names, read by `load`: an id of another kind, or of no such item, is 70 not found. */
async function itemById<T>(
  raw: string,
  kind: IdKind,
  label: string,
  load: (id: string) => Promise<T | null | undefined>,
): Promise<T> {
  const id = decodeIdOf(raw, kind);
  const item = id === undefined ? undefined : await load(id);
  if (!item) throw notFound(label);
  return item;
}

const artistById = (context: MethodContext, raw: string) =>
  itemById(raw, 'artist', 'Artist', async (id) => (await context.query(SubsonicArtistDocument, { id })).artist);

const albumById = (context: MethodContext, raw: string) =>
  itemById(raw, 'album', 'Album', async (id) => (await context.query(SubsonicAlbumDocument, { id })).album);

export const songById = (context: MethodContext, raw: string) =>
  itemById(raw, 'song', 'Song', async (id) => (await context.query(SubsonicSongDocument, { id })).song);

export const browsing: MethodGroup = {
  getMusicFolders: { run: async () => ({ musicFolders: { musicFolder: [MUSIC_FOLDER] } }) },

  getIndexes: {
    async run(context) {
      checkMusicFolder(context);
      const artists = await albumArtists(context);
      return {
        indexes: {
          // No change feed to compare ifModifiedSince with: every answer is current.
          lastModified: Date.now(),
          ignoredArticles: IGNORED_ARTICLES,
          index: groupByIndex(artists, (artist) => {
            const { id, name, starred } = artistOf(artist);
            return { id, name, starred };
          }),
        },
      };
    },
  },

  getArtists: {
    async run(context) {
      checkMusicFolder(context);
      const artists = await albumArtists(context);
      return {
        artists: { ignoredArticles: IGNORED_ARTICLES, index: groupByIndex(artists, (artist) => artistOf(artist)) },
      };
    },
  },

  getArtist: {
    async run(context) {
      const artist = await artistById(context, context.params.required('id'));
      return { artist: { ...artistOf(artist), album: artist.albums.map((album) => albumOf(album)) } };
    },
  },

  getAlbum: {
    async run(context) {
      const album = await albumById(context, context.params.required('id'));
      return { album: { ...albumOf(album), song: album.songs.map((song) => childOfSong(song)) } };
    },
  },

  getSong: {
    async run(context) {
      return { song: childOfSong(await songById(context, context.params.required('id'))) };
    },
  },

  // Artists are the top directories, their albums the folders inside, songs the files.
  getMusicDirectory: {
    async run(context) {
      const raw = context.params.required('id');
      const kind = decodeId(raw)?.kind;
      if (kind === 'artist') {
        const artist = await artistById(context, raw);
        const { id, name, starred } = artistOf(artist);
        return { directory: { id, name, starred, child: artist.albums.map(albumAsChild) } };
      }
      if (kind === 'album') {
        const album = await albumById(context, raw);
        const { id, name, artistId, starred, playCount } = albumOf(album);
        return {
          directory: {
            id,
            parent: artistId,
            name,
            starred,
            playCount,
            child: album.songs.map((song) => childOfSong(song)),
          },
        };
      }
      throw new SubsonicError(SubsonicCode.NOT_FOUND, 'Directory not found');
    },
  },

  getGenres: {
    async run(context) {
      const genres = await genreSummaries(context);
      return {
        genres: {
          genre: genres.map(({ name, songCount, albumCount }) => ({ songCount, albumCount, value: name })),
        },
      };
    },
  },
};
