import type {
  PlaylistConnectionResolvers,
  PlaylistEdgeResolvers,
  PlaylistEntryConnectionResolvers,
  PlaylistEntryEdgeResolvers,
  PlaylistEntryResolvers,
  PlaylistResolvers,
} from '../__generated__/resolvers-types.js';
import { decodeCursor, encodeCursor, encodeIdCursor, pageInfoOf } from '../providers/cursor.js';
import type { PlaylistEntryView } from '../providers/playlist-entries.js';
import { canRead, type PlaylistRow } from '../providers/playlists.js';
import { readablePlaylist } from './access.js';
import { pageSize } from './arguments.js';

const ENTRY_CURSOR = 'PlaylistEntry';
export const PLAYLIST_CURSOR = 'Playlist';

export const Playlist: PlaylistResolvers = {
  // Another subgraph's reference reads as playlist(id) does: the viewer's own or a public one.
  __resolveReference: (reference, context) => readablePlaylist(context, reference.id),
  owner: (playlist) => ({ id: playlist.owner_id }),
  songCount: async (playlist, _args, context) => (await context.loaders.playlistStats.load(playlist.id)).songCount,
  durationSeconds: async (playlist, _args, context) =>
    (await context.loaders.playlistStats.load(playlist.id)).durationSeconds,
  coverSongIds: (playlist, _args, context) => context.loaders.coverSongIds.load(playlist.id),
  createdAt: (playlist) => playlist.created_at,
  updatedAt: (playlist) => playlist.updated_at,
  async entries(playlist, { first, after }, context) {
    const viewer = await context.auth.requireViewer();
    // Reached only through a playlist the viewer may read; checked again for a row passed down stale.
    if (!canRead(playlist, viewer.userId)) return { playlistId: playlist.id, entries: [], hasNextPage: false };
    const size = pageSize(first, 100, 500);
    const page = await context.entries.page(playlist.id, decodeCursor(ENTRY_CURSOR, after), size);
    return { playlistId: playlist.id, ...page };
  },
};

export const PlaylistEntry: PlaylistEntryResolvers = {
  song: (entry) => (entry.deleted_at ? null : { id: entry.song_id }),
  songTitle: (entry) => entry.title,
  songArtist: (entry) => entry.artist,
  durationSeconds: (entry) => entry.duration_seconds,
  songRemoved: (entry) => entry.deleted_at !== null,
  addedAt: (entry) => entry.added_at,
};

const entryCursor = (entry: PlaylistEntryView) => encodeCursor(ENTRY_CURSOR, entry.position);
const playlistCursor = (playlist: PlaylistRow) => encodeIdCursor(PLAYLIST_CURSOR, playlist.id);

export const PlaylistEntryEdge: PlaylistEntryEdgeResolvers = {
  cursor: entryCursor,
  node: (entry) => entry,
};

export const PlaylistEntryConnection: PlaylistEntryConnectionResolvers = {
  edges: (page) => page.entries,
  pageInfo: (page) => pageInfoOf(page.entries, page.hasNextPage, entryCursor),
  totalCount: async (page, _args, context) => (await context.loaders.playlistStats.load(page.playlistId)).songCount,
};

export const PlaylistEdge: PlaylistEdgeResolvers = {
  cursor: playlistCursor,
  node: (playlist) => playlist,
};

export const PlaylistConnection: PlaylistConnectionResolvers = {
  edges: (page) => page.rows,
  pageInfo: (page) => pageInfoOf(page.rows, page.hasNextPage, playlistCursor),
  totalCount: (page, _args, context) => context.playlists.count(page.ownerId, page.includePrivate),
};
