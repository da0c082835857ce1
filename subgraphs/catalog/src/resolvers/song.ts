import type { SongResolvers } from '../__generated__/resolvers-types.js';
import { chooseStream } from '../providers/transcoding/stream-choice.js';
import { streamSourceOf } from '../providers/transcoding/stream-source.js';
import { signedCoverUrl } from './signed-cover-url.js';
import { SongListening } from './song-listening.js';

export const Song: SongResolvers = {
  async __resolveReference(reference, context) {
    await context.auth.requireViewer();
    return context.songById.load(reference.id);
  },
  releaseYear: (song) => song.release_year,
  albumArtist: (song) => song.album_artist ?? song.artist,
  trackNumber: (song) => song.track_number,
  trackTotal: (song) => song.track_total,
  discNumber: (song) => song.disc_number,
  discTotal: (song) => song.disc_total,
  titleSort: (song) => song.title_sort,
  artistSort: (song) => song.artist_sort,
  albumArtistSort: (song) => song.album_artist_sort,
  durationSeconds: (song) => song.duration_seconds,
  bitrateKbps: (song) => song.bitrate_kbps,
  sampleRateHz: (song) => song.sample_rate_hz,
  mimeType: (song) => song.mime_type,
  bitDepth: (song) => song.bit_depth,
  fileExtension: (song) => song.file_extension,
  sizeBytes: (song) => Number(song.size_bytes),
  async streamUrl(song, args, context) {
    const viewer = await context.auth.requireViewer();
    const choice = chooseStream(streamSourceOf(song), args.format, args.maxBitRate);
    return context.mediaUrls.sign(
      'audio',
      song.id,
      viewer.userId,
      choice.kind === 'original' ? undefined : { format: choice.format, bitrate: choice.bitrate },
    );
  },
  coverUrl: (song, args, context) => signedCoverUrl(song.cover_sha256 ? song.id : null, context, args.size),
  uploadedBy: (song) => ({ __typename: 'User', id: song.uploaded_by }),
  createdAt: (song) => song.created_at,
  albumId: (song) => song.album_id,
  artistId: (song) => song.artist_id,
  albumArtistId: (song) => song.album_artist_id,
  ...SongListening,
};
