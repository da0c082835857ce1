import { notFound } from '../errors.js';
import { decodeId } from '../ids.js';
import { ANSWERED, type MethodContext, type MethodGroup } from '../method.js';
import { SubsonicAlbumCoverDocument, SubsonicPlaylistCoverDocument, SubsonicSongMediaDocument } from '../operations.js';
import { songById } from './browsing.js';

/** Subsonic's format=raw is the original; the others name a transcode. */
const FORMATS = ['raw', 'mp3', 'opus', 'aac'] as const;

/**
 * The signed link for the song with Subsonic's format and maxBitRate (0 = no limit). Until
 * Song.streamUrl(format:, maxBitRate:) lands (TRANSCODE), every stream is the original: the one
 * function to switch when it does.
 */
async function streamUrlOf(context: MethodContext, id: string, _choice: { format?: string; maxBitRate?: number }) {
  const decoded = decodeId(id);
  if (decoded?.kind !== 'song') throw notFound('Song');
  const { song } = await context.query(SubsonicSongMediaDocument, { id: decoded.id });
  if (!song) throw notFound('Song');
  return song.streamUrl;
}

function formatOf(context: MethodContext): string | undefined {
  const format = context.params.string('format')?.toLowerCase();
  if (format === undefined) return undefined;
  // An unknown format (flv, wav...) gets the original, as Navidrome does with formats it has no transcoder for.
  return (FORMATS as readonly string[]).includes(format) ? format : 'raw';
}

async function coverUrlOf(context: MethodContext, raw: string, _size: number | undefined): Promise<string> {
  const decoded = decodeId(raw);
  let url: string | null | undefined;
  if (decoded?.kind === 'song')
    url = (await context.query(SubsonicSongMediaDocument, { id: decoded.id })).song?.coverUrl;
  else if (decoded?.kind === 'album')
    url = (await context.query(SubsonicAlbumCoverDocument, { id: decoded.id })).album?.coverUrl;
  else if (decoded?.kind === 'playlist') {
    url = (await context.query(SubsonicPlaylistCoverDocument, { id: decoded.id })).playlist?.coverUrl;
  }
  if (!url) throw notFound('Cover art');
  return url;
}

export const media: MethodGroup = {
  /**
   * Served here, not redirected: the client gets the bytes (with Range and HEAD) at the URL it
   * asked for, so players that do not follow redirects, or that cache by URL, work too.
   */
  stream: {
    async run(context) {
      const id = context.params.required('id');
      const maxBitRate = context.params.int('maxBitRate', { min: 0 });
      context.serveMedia(await streamUrlOf(context, id, { format: formatOf(context), maxBitRate }));
      return ANSWERED;
    },
  },

  download: {
    async run(context) {
      const song = await songById(context, context.params.required('id'));
      context.serveMedia(await streamUrlOf(context, song.id, { format: 'raw' }));
      return ANSWERED;
    },
  },

  getCoverArt: {
    async run(context) {
      const id = context.params.required('id');
      const size = context.params.int('size', { min: 1 });
      context.serveMedia(await coverUrlOf(context, id, size));
      return ANSWERED;
    },
  },

  // No lyrics are stored yet: an empty answer, as the API allows.
  getLyrics: { run: async () => ({ lyrics: {} }) },

  getLyricsBySongId: {
    async run(context) {
      await songById(context, context.params.required('id'));
      return { lyricsList: {} };
    },
  },
};
