import { notFound } from '../errors.js';
import { decodeId } from '../ids.js';
import { ANSWERED, type MethodContext, type MethodGroup } from '../method.js';
import {
  type StreamFormat,
  SubsonicAlbumCoverDocument,
  SubsonicPlaylistCoverDocument,
  SubsonicSongCoverDocument,
  SubsonicStreamUrlDocument,
} from '../operations.js';
import { songById } from './browsing.js';

/** Subsonic's format names as the contract's StreamFormat; raw (or one we do not make) is the original. */
const FORMATS: Record<string, StreamFormat> = { raw: 'ORIGINAL', mp3: 'MP3', opus: 'OPUS', aac: 'AAC', m4a: 'AAC' };

/** The contract's bounds for a cover's size: smaller or larger asks are brought within them. */
const COVER_SIZES = { min: 16, max: 2048 };

/** The signed link for the song in Subsonic's format with its maxBitRate (kbit/s, 0 = no limit). */
async function streamUrlOf(context: MethodContext, id: string, choice: { format: StreamFormat; maxBitRate?: number }) {
  const decoded = decodeId(id);
  if (decoded?.kind !== 'song') throw notFound('Song');
  const { song } = await context.query(SubsonicStreamUrlDocument, {
    id: decoded.id,
    format: choice.format,
    maxBitRate: choice.maxBitRate ? choice.maxBitRate : null,
  });
  if (!song) throw notFound('Song');
  return song.streamUrl;
}

function formatOf(context: MethodContext): StreamFormat {
  const format = context.params.string('format')?.toLowerCase();
  return (format && FORMATS[format]) || 'ORIGINAL';
}

async function coverUrlOf(context: MethodContext, raw: string, size: number | undefined): Promise<string> {
  const decoded = decodeId(raw);
  const scaled = size === undefined ? null : Math.max(COVER_SIZES.min, size);
  let url: string | null | undefined;
  if (decoded?.kind === 'song') {
    url = (await context.query(SubsonicSongCoverDocument, { id: decoded.id, size: scaled })).song?.coverUrl;
  } else if (decoded?.kind === 'album') {
    url = (await context.query(SubsonicAlbumCoverDocument, { id: decoded.id, size: scaled })).album?.coverUrl;
  } else if (decoded?.kind === 'playlist') {
    // A playlist's cover is its first song's, unscaled: Playlist.coverUrl takes no size.
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
      const maxBitRate = context.params.int('maxBitRate', { min: 0, max: 10_000 });
      context.serveMedia(await streamUrlOf(context, id, { format: formatOf(context), maxBitRate }));
      return ANSWERED;
    },
  },

  download: {
    async run(context) {
      const song = await songById(context, context.params.required('id'));
      context.serveMedia(await streamUrlOf(context, song.id, { format: 'ORIGINAL' }));
      return ANSWERED;
    },
  },

  getCoverArt: {
    async run(context) {
      const id = context.params.required('id');
      const size = context.params.int('size', { min: 1, max: COVER_SIZES.max });
      context.serveMedia(await coverUrlOf(context, id, size));
      return ANSWERED;
    },
  },
};
