import type {
  PlaybackEventConnectionResolvers,
  PlaybackEventEdgeResolvers,
  PlaybackEventResolvers,
} from '../__generated__/resolvers-types.js';
import { encodeCursor } from '../providers/cursor.js';

// A song the replica never knew cannot be recorded, so these fallbacks only cover a deletion that
// arrived without the song's details.
const UNKNOWN_TITLE = 'Unknown title';
const UNKNOWN_ARTIST = 'Unknown artist';

export const PlaybackEvent: PlaybackEventResolvers = {
  id: (event) => String(event.id),
  positionSeconds: (event) => event.position_seconds,
  occurredAt: (event) => event.occurred_at,
  song: (event) => (event.song_deleted_at ? null : { id: event.song_id }),
  songTitle: (event) => event.song_title ?? UNKNOWN_TITLE,
  songArtist: (event) => event.song_artist ?? UNKNOWN_ARTIST,
  songRemoved: (event) => event.song_deleted_at !== null,
  user: (event) => ({ id: event.user_id }),
};

export const PlaybackEventEdge: PlaybackEventEdgeResolvers = {
  cursor: (event) => encodeCursor(event.id),
  node: (event) => event,
};

export const PlaybackEventConnection: PlaybackEventConnectionResolvers = {
  edges: (page) => page.events,
  pageInfo: (page) => {
    const last = page.events.at(-1);
    return { hasNextPage: page.hasNextPage, endCursor: last ? encodeCursor(last.id) : null };
  },
  totalCount: async (page, _args, context) => (await context.loaders.listenerTotals.load(page.userId)).eventCount,
};
