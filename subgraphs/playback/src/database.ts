import type { ColumnType, Generated, Selectable } from 'kysely';
import type { PlaybackAction } from './providers/listening.js';

/** The catalog's songs as its feed describes them; title and artist are null only for a song first seen deleted. */
export interface KnownSongsTable {
  song_id: string;
  title: string | null;
  artist: string | null;
  album: string | null;
  duration_seconds: number | null;
  deleted_at: Date | null;
  last_seq: number;
}

export interface SongFeedCursorTable {
  id: ColumnType<boolean, never, never>;
  last_seq: number;
}

export interface PlaybackEventsTable {
  /** bigserial; the platform reads int8 as a number. */
  id: Generated<number>;
  user_id: string;
  song_id: string;
  action: PlaybackAction;
  position_seconds: number;
  occurred_at: Date;
  counts_as_play: boolean;
  seconds_listened: number;
  /** Reported afterwards by scrobble (occurred_at is when it was played), not live by recordPlayback. */
  scrobbled: Generated<boolean>;
}

/** One row per user who is listening now (see providers/now-playing.ts). */
export interface NowPlayingTable {
  user_id: string;
  song_id: string;
  player_name: string | null;
  started_at: Date;
}

export interface ListenerStatesTable {
  user_id: string;
  song_id: string | null;
  duration_seconds: number | null;
  last_action: PlaybackAction | null;
  last_position: number | null;
  last_at: Date | null;
  stretch_position: number | null;
  stretch_started_at: Date | null;
  listen_seconds: Generated<number>;
  event_count: Generated<number>;
  play_count: Generated<number>;
  seconds_listened: Generated<number>;
}

export interface SongPlayCountsTable {
  song_id: string;
  play_count: number;
  last_played_at: Date;
}

export interface PlaybackDatabase {
  known_songs: KnownSongsTable;
  song_feed_cursor: SongFeedCursorTable;
  playback_events: PlaybackEventsTable;
  listener_states: ListenerStatesTable;
  song_play_counts: SongPlayCountsTable;
  now_playing: NowPlayingTable;
}

export type KnownSong = Selectable<KnownSongsTable>;
export type ListenerStateRow = Selectable<ListenerStatesTable>;
