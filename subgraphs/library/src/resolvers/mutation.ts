import { badUserInput, isUuid } from '@sp0t1fy/platform';
import type { MutationResolvers } from '../__generated__/resolvers-types.js';
import { PLAYLIST_LIMITS } from '../providers/limits.js';
import { readM3u } from '../providers/m3u.js';
import { playlistId } from './access.js';
import { requireFavouriteTarget } from './favourites.js';
import { newPlaylistDetails, playlistDetails, playlistName } from './playlist-input.js';
import { smartPlaylistMutations } from './smart-playlist.js';
import { requireLiveSongs } from './songs.js';

export const Mutation: MutationResolvers = {
  ...smartPlaylistMutations,
  async star(_parent, { kind, id }, context) {
    const viewer = await context.auth.requireViewer();
    const targetId = await requireFavouriteTarget(context, kind, id);
    await context.favourites.star(viewer.userId, kind, targetId);
    return true;
  },

  async unstar(_parent, { kind, id }, context) {
    const viewer = await context.auth.requireViewer();
    // Nothing is starred under an id that cannot be one: already unstarred.
    if (isUuid(id)) await context.favourites.unstar(viewer.userId, kind, id.toLowerCase());
    return true;
  },

  async createPlaylist(_parent, { input }, context) {
    const viewer = await context.auth.requireViewer();
    return context.playlists.create(viewer.userId, newPlaylistDetails(input));
  },

  async updatePlaylist(_parent, { id, input, expectedVersion }, context) {
    const viewer = await context.auth.requireViewer();
    const details = playlistDetails(input);
    return context.playlists.update(playlistId(id), { actorId: viewer.userId, expectedVersion }, details);
  },

  async deletePlaylist(_parent, { id }, context) {
    const viewer = await context.auth.requireViewer();
    await context.playlists.delete(playlistId(id), { actorId: viewer.userId });
    return true;
  },

  async addToPlaylist(_parent, { id, songIds, position, expectedVersion }, context) {
    const viewer = await context.auth.requireViewer();
    const target = playlistId(id);
    if (songIds.length === 0) throw badUserInput('Name at least one song to add', { field: 'songIds' });
    // The playlist is checked first: songs are looked up only for someone who may change it.
    await context.playlists.readable(target, viewer.userId);
    const songs = await requireLiveSongs(context, songIds);
    return context.playlists.add(target, { actorId: viewer.userId, expectedVersion }, songs, position);
  },

  async removeFromPlaylist(_parent, { id, entryIds, expectedVersion }, context) {
    const viewer = await context.auth.requireViewer();
    if (entryIds.length === 0 || entryIds.length > PLAYLIST_LIMITS.songIdsPerCall) {
      throw badUserInput(`Name 1 to ${PLAYLIST_LIMITS.songIdsPerCall} entries to remove`, { field: 'entryIds' });
    }
    const guard = { actorId: viewer.userId, expectedVersion };
    return context.playlists.remove(
      playlistId(id),
      guard,
      entryIds.map((entryId) => entryId.toLowerCase()),
    );
  },

  async movePlaylistEntry(_parent, { id, entryId, toPosition, expectedVersion }, context) {
    const viewer = await context.auth.requireViewer();
    return context.playlists.move(
      playlistId(id),
      { actorId: viewer.userId, expectedVersion },
      entryId.toLowerCase(),
      toPosition,
    );
  },

  async importPlaylist(_parent, { name, m3u }, context) {
    const viewer = await context.auth.requireViewer();
    const details = { name: playlistName(name), description: null, public: false };
    const entries = readM3u(m3u);
    const matches = await context.songs.match(entries);
    const songIds = matches.flatMap((songId) => (songId ? [songId] : []));
    const unmatched = entries.flatMap((entry, index) =>
      matches[index] ? [] : [{ line: entry.line, text: entry.text }],
    );
    const playlist = await context.playlists.create(viewer.userId, details, songIds);
    return { playlist, matched: songIds.length, unmatched };
  },
};
