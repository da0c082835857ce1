import { notFound } from '../errors.js';
import { decodeId } from '../ids.js';
import type { MethodGroup } from '../method.js';
import { SubsonicLyricsSearchDocument, SubsonicSongLyricsDocument } from '../operations.js';
import type { StructuredLyrics, SubsonicLyrics } from '../shapes.js';

/** ISO 639 "undetermined": the catalog does not know the lyrics' language. */
const UNKNOWN_LANGUAGE = 'xxx';

/** Case and accents ignored, as the catalog's search does. */
const folded = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

/** OpenSubsonic songLyrics (getLyricsBySongId) and Subsonic's getLyrics by artist and title. */
export const lyrics: MethodGroup = {
  getLyricsBySongId: {
    async run(context) {
      const decoded = decodeId(context.params.required('id'));
      if (decoded?.kind !== 'song') throw notFound('Song');
      const { song } = await context.query(SubsonicSongLyricsDocument, { id: decoded.id });
      if (!song) throw notFound('Song');
      const structured: StructuredLyrics[] = song.lyrics
        ? [
            {
              displayArtist: song.artist,
              displayTitle: song.title,
              lang: UNKNOWN_LANGUAGE,
              synced: song.lyrics.synced,
              offset: 0,
              line: song.lyrics.synced
                ? song.lyrics.lines.map((line) => ({ start: line.timeMs, value: line.text }))
                : song.lyrics.plain.split('\n').map((value) => ({ value })),
            },
          ]
        : [];
      return { lyricsList: { structuredLyrics: structured } };
    },
  },

  // The first song of that artist and title that has lyrics; an empty <lyrics/> when none has.
  getLyrics: {
    async run(context) {
      const artist = context.params.string('artist');
      const title = context.params.string('title');
      const words = [artist, title].filter((word) => word !== undefined).join(' ');
      if (words.trim() === '') return { lyrics: {} satisfies SubsonicLyrics };
      const { songs } = await context.query(SubsonicLyricsSearchDocument, { query: words });
      const match = songs.edges
        .map((edge) => edge.node)
        .find(
          (song) =>
            song.lyrics &&
            (artist === undefined || folded(song.artist) === folded(artist)) &&
            (title === undefined || folded(song.title) === folded(title)),
        );
      const found: SubsonicLyrics = match?.lyrics
        ? { artist: match.artist, title: match.title, value: match.lyrics.plain }
        : {};
      return { lyrics: found };
    },
  },
};
