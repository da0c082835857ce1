import { badUserInput, isUuid, notFound, readSmartPlaylistRules } from '@sp0t1fy/platform';
import type {
  MutationResolvers,
  QueryResolvers,
  SmartPlaylistPreviewResolvers,
  SmartPlaylistResolvers,
} from '../__generated__/resolvers-types.js';
import type { LibraryContext } from '../context.js';
import { COVER_SONG_COUNT } from '../providers/limits.js';
import type { SmartPlaylistRow } from '../providers/smart-playlists.js';
import { pageSize } from './arguments.js';
import { smartPlaylistDetails, smartPlaylistRules } from './smart-playlist-input.js';

/** A smart playlist id as stored (lower case), or NOT_FOUND for anything that cannot be one. */
function smartPlaylistId(id: string): string {
  if (!isUuid(id)) throw notFound('There is no smart playlist with this id', { field: 'id' });
  return id.toLowerCase();
}

/** The rules a stored row holds; they were validated when saved. */
function storedRules(row: SmartPlaylistRow) {
  const reading = readSmartPlaylistRules(row.rules);
  if (!reading.ok) throw new Error(`Stored rules of smart playlist ${row.id} no longer read: ${reading.problem.path}`);
  return reading.rules;
}

/** Songs of a row, evaluated once per request however many of its fields are asked for. */
const songsOf = (row: SmartPlaylistRow, context: LibraryContext) =>
  context.loaders.smartPlaylistSongs(row.id, () =>
    context.smartPlaylistEvaluator.evaluate(row.owner_id, storedRules(row)),
  );

export const SmartPlaylist: SmartPlaylistResolvers = {
  // The catalog's coverUrl comes back for it: the viewer's own, as smartPlaylist(id) reads it.
  async __resolveReference(reference, context) {
    const viewer = await context.auth.requireViewer();
    return context.smartPlaylists.owned(smartPlaylistId(reference.id), viewer.userId);
  },
  owner: (row) => ({ id: row.owner_id }),
  rules: (row) => row.rules,
  async songs(row, { first, offset }, context) {
    const size = pageSize(first, 50);
    const start = offset ?? 0;
    if (!Number.isInteger(start) || start < 0) throw badUserInput('offset must be 0 or more', { field: 'offset' });
    return (await songsOf(row, context)).slice(start, start + size).map((song) => ({ id: song.id }));
  },
  songCount: async (row, _args, context) => (await songsOf(row, context)).length,
  durationSeconds: async (row, _args, context) =>
    (await songsOf(row, context)).reduce((total, song) => total + song.durationSeconds, 0),
  coverSongIds: async (row, _args, context) =>
    (await songsOf(row, context)).slice(0, COVER_SONG_COUNT).map((song) => song.id),
  createdAt: (row) => row.created_at,
  updatedAt: (row) => row.updated_at,
};

export const SmartPlaylistPreview: SmartPlaylistPreviewResolvers = {
  songCount: (preview) => preview.songs.length,
  songs: (preview) => preview.songs.slice(0, preview.first).map((song) => ({ id: song.id })),
};

export const smartPlaylistQueries: Pick<QueryResolvers, 'smartPlaylist' | 'previewSmartPlaylist'> = {
  async smartPlaylist(_parent, { id }, context) {
    const viewer = await context.auth.requireViewer();
    return context.smartPlaylists.owned(smartPlaylistId(id), viewer.userId);
  },

  async previewSmartPlaylist(_parent, { rules, first }, context) {
    const viewer = await context.auth.requireViewer();
    const size = pageSize(first, 20);
    const read = smartPlaylistRules(rules);
    return { first: size, songs: await context.smartPlaylistEvaluator.evaluate(viewer.userId, read) };
  },
};

export const smartPlaylistMutations: Pick<
  MutationResolvers,
  'createSmartPlaylist' | 'updateSmartPlaylist' | 'deleteSmartPlaylist'
> = {
  async createSmartPlaylist(_parent, { input }, context) {
    const viewer = await context.auth.requireViewer();
    return context.smartPlaylists.create(viewer.userId, smartPlaylistDetails(input));
  },

  async updateSmartPlaylist(_parent, { id, input, expectedVersion }, context) {
    const viewer = await context.auth.requireViewer();
    const target = smartPlaylistId(id);
    // The playlist is looked up first: only its owner learns what is wrong with the input.
    await context.smartPlaylists.owned(target, viewer.userId);
    return context.smartPlaylists.update(
      target,
      { actorId: viewer.userId, expectedVersion },
      smartPlaylistDetails(input),
    );
  },

  async deleteSmartPlaylist(_parent, { id }, context) {
    const viewer = await context.auth.requireViewer();
    await context.smartPlaylists.delete(smartPlaylistId(id), viewer.userId);
    return true;
  },
};
