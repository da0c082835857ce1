import type { Migration } from 'kysely';
import * as createSongs from './0001-create-songs.js';
import * as createSongEvents from './0002-create-song-events.js';
import * as searchFoldedFields from './0003-search-folded-fields.js';
import * as songTrackDetails from './0004-song-track-details.js';
import * as albumAndArtistIds from './0005-album-and-artist-ids.js';
import * as albumAndArtistSummaries from './0006-album-and-artist-summaries.js';
import * as playFeedCursor from './0007-play-feed-cursor.js';
import * as songFormats from './0008-song-formats.js';
import * as loudnessGaplessLyrics from './0009-loudness-gapless-lyrics.js';

export const migrations: Record<string, Migration> = {
  '0001-create-songs': createSongs,
  '0002-create-song-events': createSongEvents,
  '0003-search-folded-fields': searchFoldedFields,
  '0004-song-track-details': songTrackDetails,
  '0005-album-and-artist-ids': albumAndArtistIds,
  '0006-album-and-artist-summaries': albumAndArtistSummaries,
  '0007-play-feed-cursor': playFeedCursor,
  '0008-song-formats': songFormats,
  '0009-loudness-gapless-lyrics': loudnessGaplessLyrics,
};
