import { albumsPage, artistsPage, songsPage } from '../catalog.js';
import { albumOf, artistOf, childOfSong } from '../mappers.js';
import type { MethodContext, MethodGroup } from '../method.js';
import { checkMusicFolder } from './browsing.js';

/** Navidrome's cap on each of search3's counts. */
const MAX_SEARCH_COUNT = 500;

/**
 * The words to search for. Clients that sync the whole library send an empty query or "" (quotes
 * included): that lists everything, as Navidrome does.
 */
function searchQuery(context: MethodContext): string | undefined {
  const raw = context.params.string('query') ?? '';
  const words = raw
    .replace(/^"(.*)"$/, '$1')
    .replace(/\*/g, ' ')
    .trim();
  return words === '' ? undefined : words;
}

function counts(context: MethodContext, kind: 'artist' | 'album' | 'song') {
  return {
    size: context.params.int(`${kind}Count`, { fallback: 20, max: MAX_SEARCH_COUNT }),
    offset: context.params.offset(`${kind}Offset`),
  };
}

export const search: MethodGroup = {
  search3: {
    async run(context) {
      checkMusicFolder(context);
      const query = searchQuery(context);
      const artistPaging = counts(context, 'artist');
      const albumPaging = counts(context, 'album');
      const songPaging = counts(context, 'song');
      const [artists, albums, songs] = await Promise.all([
        artistPaging.size > 0 ? artistsPage(context, { query, ...artistPaging }) : [],
        albumPaging.size > 0 ? albumsPage(context, { query, sort: 'NAME', ...albumPaging }) : [],
        songPaging.size > 0 ? songsPage(context, { query, ...songPaging }) : [],
      ]);
      return {
        searchResult3: {
          artist: artists.map((artist) => artistOf(artist)),
          album: albums.map((album) => albumOf(album)),
          song: songs.map((song) => childOfSong(song)),
        },
      };
    },
  },
};
