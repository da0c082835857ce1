import type { SongResolvers } from '../__generated__/resolvers-types.js';
import { REFERENCE_LUFS } from '../providers/audio/upload-loudness.js';

/** Song.lyrics, Song.loudness and Song.gapless (issue #15). */
export const SongListening: Pick<SongResolvers, 'lyrics' | 'loudness' | 'gapless'> = {
  async lyrics(song, _args, context) {
    const row = await context.listening.lyricsOfSong.load(song.id);
    return row && { synced: row.synced, lines: row.synced ? row.lines : [], plain: row.plain, source: row.source };
  },

  async loudness(song, _args, context) {
    // `== null`: a row cached before migration 0009 lacks the columns altogether.
    if (song.loudness_source == null || song.track_gain_db == null || song.track_peak == null) return null;
    let albumGainDb = song.album_gain_db ?? null;
    let albumPeak = song.album_peak ?? null;
    // Measured songs' album gain comes from their album's measured songs, computed when asked (an
    // album's songs arrive one upload at a time, so it cannot be fixed at upload).
    if (albumGainDb === null && song.album_id && song.integrated_lufs != null) {
      const album = await context.listening.loudnessOfAlbum.load(song.album_id);
      if (album) {
        albumGainDb = REFERENCE_LUFS - album.integratedLufs;
        albumPeak = album.peak;
      }
    }
    return {
      trackGainDb: song.track_gain_db,
      trackPeak: song.track_peak,
      albumGainDb,
      albumPeak: albumGainDb === null ? null : albumPeak,
      source: song.loudness_source,
      integratedLufs: song.integrated_lufs ?? null,
    };
  },

  gapless(song) {
    if (song.encoder_delay_samples == null || song.padding_samples == null) return null;
    return {
      encoderDelaySamples: song.encoder_delay_samples,
      paddingSamples: song.padding_samples,
      totalSamples: song.total_samples == null ? null : Number(song.total_samples),
    };
  },
};
