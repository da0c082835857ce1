import { randomUUID } from 'node:crypto';
import type { SongFeedEvent } from '@sp0t1fy/platform';

/** Builds feed events as the catalog sends them (parsed), numbering them in order. */
export function feedEvents() {
  let seq = 0;
  return {
    event(type: SongFeedEvent['type'], fields: Partial<SongFeedEvent> & { songId: string }): SongFeedEvent {
      seq += 1;
      return {
        seq,
        type,
        title: 'Untitled',
        artist: 'Someone',
        album: null,
        durationSeconds: 100,
        albumId: null,
        artistIds: [],
        occurredAt: new Date('2026-12-01T00:00:00Z'),
        ...fields,
      };
    },
  };
}

export const newId = (): string => randomUUID();
