import {
  SubsonicAddToPlaylistDocument,
  SubsonicCreatePlaylistDocument,
  SubsonicDeletePlaylistDocument,
  type SubsonicPlaylistFragment,
  SubsonicPlaylistsDocument,
  SubsonicPlaylistWithEntriesDocument,
  SubsonicRemoveFromPlaylistDocument,
  SubsonicSmartPlaylistSongsDocument,
  SubsonicSmartPlaylistsDocument,
  type SubsonicSongFragment,
  SubsonicUpdatePlaylistDocument,
} from '../__generated__/graphql.js';
import { invalidParameter, notFound, SubsonicCode, SubsonicError } from '../errors.js';
import { requireAll } from '../exists.js';
import { decodeIdOf } from '../ids.js';
import { childOfSong } from '../mappers.js';
import type { MethodContext, MethodGroup } from '../method.js';
import { playlistOf, smartPlaylistOf } from '../playlist-shapes.js';

// The library's limits: 100 playlists and 500 entries a page, 500 songs per add or remove, 10,000
// entries per playlist. Reading stops at these many pages, so a loop can never run away.
const PLAYLISTS_PAGE = 100;
const MAX_PLAYLIST_PAGES = 50;
const ENTRIES_PAGE = 500;
const MAX_ENTRY_PAGES = 20;
const CHANGE_BATCH = 500;
// A smart playlist holds at most 1,000 songs (its limit), read 100 at a time (SmartPlaylist.songs' most).
const SMART_SONGS_PAGE = 100;
const MAX_SMART_SONG_PAGES = 10;

interface Entry {
  id: string;
  song: SubsonicSongFragment | null;
}

interface LoadedPlaylist {
  playlist: SubsonicPlaylistFragment;
  entries: Entry[];
}

function playlistIdParam(context: MethodContext, name: string): string {
  const raw = context.params.required(name);
  // Smart playlists are read-only here, as in Navidrome: their rules are edited in the web app.
  if (decodeIdOf(raw, 'smartPlaylist'))
    throw new SubsonicError(SubsonicCode.NOT_AUTHORIZED, 'A smart playlist cannot be changed over the Subsonic API');
  const id = decodeIdOf(raw, 'playlist');
  if (!id) throw notFound('Playlist');
  return id;
}

/** The songIds, all checked before anything changes: an id that is no song id is 70 not found. */
function songIdsParam(context: MethodContext, name: string): string[] {
  return context.params.list(name).map((raw) => {
    const id = decodeIdOf(raw, 'song');
    if (!id) throw notFound(`Song ${raw.slice(0, 60)}`);
    return id;
  });
}

async function loadPlaylist(context: MethodContext, id: string): Promise<LoadedPlaylist> {
  let after: string | null | undefined;
  let playlist: SubsonicPlaylistFragment | undefined;
  const entries: Entry[] = [];
  for (let page = 0; page < MAX_ENTRY_PAGES; page++) {
    const data = await context.query(SubsonicPlaylistWithEntriesDocument, { id, first: ENTRIES_PAGE, after });
    if (!data.playlist) throw notFound('Playlist');
    playlist = data.playlist;
    for (const edge of data.playlist.entries.edges) entries.push({ id: edge.node.id, song: edge.node.song ?? null });
    if (!data.playlist.entries.pageInfo.hasNextPage) break;
    after = data.playlist.entries.pageInfo.endCursor;
  }
  if (!playlist) throw notFound('Playlist');
  return { playlist, entries };
}

/**
 * What a client sees of a playlist: the entries whose song is still in the library. songIndexToRemove
 * counts in this list, so it is the list the indexes are read against too.
 */
const visibleEntries = (entries: Entry[]) =>
  entries.filter((entry): entry is Entry & { song: SubsonicSongFragment } => entry.song !== null);

function playlistWithSongs({ playlist, entries }: LoadedPlaylist) {
  const visible = visibleEntries(entries);
  return { ...playlistOf(playlist, visible.length), entry: visible.map((entry) => childOfSong(entry.song)) };
}

/**
 * Applies a change to a playlist in the library's batches of ids; each batch carries the version the
 * one before returned, and the version after the last is returned.
 */
async function inBatches(
  ids: string[],
  version: number,
  change: (batch: string[], expectedVersion: number) => Promise<number>,
): Promise<number> {
  let current = version;
  for (let start = 0; start < ids.length; start += CHANGE_BATCH) {
    current = await change(ids.slice(start, start + CHANGE_BATCH), current);
  }
  return current;
}

const addSongs = (context: MethodContext, id: string, songIds: string[], version: number) =>
  inBatches(songIds, version, async (batch, expectedVersion) => {
    const data = await context.query(SubsonicAddToPlaylistDocument, { id, songIds: batch, expectedVersion });
    return data.addToPlaylist.version;
  });

const removeEntries = (context: MethodContext, id: string, entryIds: string[], version: number) =>
  inBatches(entryIds, version, async (batch, expectedVersion) => {
    const data = await context.query(SubsonicRemoveFromPlaylistDocument, { id, entryIds: batch, expectedVersion });
    return data.removeFromPlaylist.version;
  });

async function createPlaylist(context: MethodContext) {
  const { params } = context;
  const songIds = songIdsParam(context, 'songId');
  if (params.has('playlistId')) return replacePlaylist(context, playlistIdParam(context, 'playlistId'), songIds);
  const name = params.required('name');
  const created = await context.query(SubsonicCreatePlaylistDocument, { input: { name } });
  const id = created.createPlaylist.id;
  try {
    await addSongs(context, id, songIds, created.createPlaylist.version);
  } catch (error) {
    // An unknown song refuses the whole request: the playlist made for it goes too.
    await context.query(SubsonicDeletePlaylistDocument, { id }).catch(() => undefined);
    throw error;
  }
  return { playlist: playlistWithSongs(await loadPlaylist(context, id)) };
}

/**
 * createPlaylist with playlistId: the playlist's songs become songId's. The new songs go in first (an
 * unknown one refuses the whole request before anything changed), then the old entries go; every step
 * carries the version it read, so a change made meanwhile elsewhere is refused rather than lost.
 */
async function replacePlaylist(context: MethodContext, id: string, songIds: string[]) {
  const before = await loadPlaylist(context, id);
  const name = context.params.string('name');
  let version = await addSongs(context, id, songIds, before.playlist.version);
  version = await removeEntries(
    context,
    id,
    before.entries.map((entry) => entry.id),
    version,
  );
  if (name !== undefined)
    await context.query(SubsonicUpdatePlaylistDocument, { id, input: { name }, expectedVersion: version });
  return { playlist: playlistWithSongs(await loadPlaylist(context, id)) };
}

async function updatePlaylist(context: MethodContext) {
  const { params } = context;
  const id = playlistIdParam(context, 'playlistId');
  const songIds = songIdsParam(context, 'songIdToAdd');
  const indexes = params.list('songIndexToRemove').map((raw) => {
    if (!/^\d{1,6}$/.test(raw))
      throw invalidParameter('songIndexToRemove', `${JSON.stringify(raw.slice(0, 40))} is not an index`);
    return Number(raw);
  });
  const name = params.string('name');
  const comment = params.string('comment');
  const isPublic = params.bool('public');
  const before = await loadPlaylist(context, id);
  await requireAll(
    context,
    songIds.map((songId) => ({ kind: 'song', id: songId })),
  );
  const visible = visibleEntries(before.entries);
  const outOfRange = indexes.find((index) => index >= visible.length);
  if (outOfRange !== undefined)
    throw invalidParameter('songIndexToRemove', `${outOfRange} is past the playlist's ${visible.length} songs`);
  const entryIds = [...new Set(indexes)].map((index) => visible[index]?.id as string);

  // Metadata first: a name or comment the library refuses stops the request before any song moved;
  // the songs are known to exist, so the steps after it fail only on a change made meanwhile.
  let version = before.playlist.version;
  if (name !== undefined || comment !== undefined || isPublic !== undefined) {
    const input = {
      ...(name !== undefined ? { name } : {}),
      ...(comment !== undefined ? { description: comment } : {}),
      ...(isPublic !== undefined ? { public: isPublic } : {}),
    };
    const updated = await context.query(SubsonicUpdatePlaylistDocument, { id, input, expectedVersion: version });
    version = updated.updatePlaylist.version;
  }
  // Appended songs leave the indexes read above where they were.
  version = await addSongs(context, id, songIds, version);
  await removeEntries(context, id, entryIds, version);
  return {};
}

async function deletePlaylist(context: MethodContext) {
  const id = playlistIdParam(context, 'id');
  const data = await context.query(SubsonicDeletePlaylistDocument, { id });
  if (!data.deletePlaylist) throw notFound('Playlist');
  return {};
}

async function getPlaylists(context: MethodContext) {
  const username = context.params.string('username');
  // Subsonic lets an admin list another user's playlists; Sp0t1fy has no such role.
  if (username !== undefined && username.toLowerCase() !== context.user.email.toLowerCase())
    throw new SubsonicError(SubsonicCode.NOT_AUTHORIZED, 'Only your own playlists can be listed');
  const playlists: ReturnType<typeof playlistOf>[] = [];
  let after: string | null | undefined;
  for (let page = 0; page < MAX_PLAYLIST_PAGES; page++) {
    const data = await context.query(SubsonicPlaylistsDocument, { first: PLAYLISTS_PAGE, after });
    const connection = data.me?.playlists;
    if (!connection) break;
    for (const edge of connection.edges) playlists.push(playlistOf(edge.node));
    if (!connection.pageInfo.hasNextPage) break;
    after = connection.pageInfo.endCursor;
  }
  const smart = await context.query(SubsonicSmartPlaylistsDocument, {});
  for (const playlist of smart.me?.smartPlaylists ?? []) playlists.push(smartPlaylistOf(playlist));
  return { playlists: { playlist: playlists } };
}

/** A smart playlist with the songs its rules match now. */
async function getSmartPlaylist(context: MethodContext, id: string) {
  const songs: SubsonicSongFragment[] = [];
  let playlist: Parameters<typeof smartPlaylistOf>[0] | undefined;
  for (let page = 0; page < MAX_SMART_SONG_PAGES; page++) {
    const data = await context.query(SubsonicSmartPlaylistSongsDocument, {
      id,
      first: SMART_SONGS_PAGE,
      offset: page * SMART_SONGS_PAGE,
    });
    if (!data.smartPlaylist) throw notFound('Playlist');
    playlist = data.smartPlaylist;
    songs.push(...data.smartPlaylist.songs);
    if (data.smartPlaylist.songs.length < SMART_SONGS_PAGE) break;
  }
  if (!playlist) throw notFound('Playlist');
  return {
    playlist: { ...smartPlaylistOf(playlist), songCount: songs.length, entry: songs.map((song) => childOfSong(song)) },
  };
}

async function getPlaylist(context: MethodContext) {
  const smartId = decodeIdOf(context.params.required('id'), 'smartPlaylist');
  if (smartId) return getSmartPlaylist(context, smartId);
  const id = playlistIdParam(context, 'id');
  return { playlist: playlistWithSongs(await loadPlaylist(context, id)) };
}

export const playlists: MethodGroup = {
  getPlaylists: { run: getPlaylists },
  getPlaylist: { run: getPlaylist },
  createPlaylist: { run: createPlaylist },
  updatePlaylist: { run: updatePlaylist },
  deletePlaylist: { run: deletePlaylist },
};
