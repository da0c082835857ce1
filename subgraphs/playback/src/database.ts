import type { ColumnType, Generated } from 'kysely';

export interface PlaybackEventsTable {
  id: Generated<string>;
  song_id: string;
  user_id: string;
  action: string;
  position_seconds: number;
  occurred_at: ColumnType<Date, never, never>;
}

export interface PlaybackDatabase {
  playback_events: PlaybackEventsTable;
}
